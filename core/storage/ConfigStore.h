#pragma once

#include "recovery/RecoverySettings.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class Database;

// The agency's configuration as one JSON document: agency identity (logo and
// signature in base64), reminder programs with their levels and templates,
// the "smtp.*" settings — never a password or any other secret — and the
// recovery settings (`recovery`: GLI profile, rules turned off, grace days). It moves a
// configuration from one database to another (a new install, a test copy).
//
// Rows are written generically, column by column as the schema has them, so
// that a column another area adds travels without touching this file. Ids are
// not exported: programs are matched by name, levels by program and
// position, templates by level, language and name, so that importing updates
// rows in place and reminders already issued keep their level.
class ConfigStore
{
    Q_DECLARE_TR_FUNCTIONS(ConfigStore)

public:
    explicit ConfigStore(const Database& db)
        : m_db(db)
    {}

    Result<QJsonObject> exportConfig() const;
    // The document as indented UTF-8 text, keys sorted: the same
    // configuration always gives the same bytes.
    Result<QByteArray> exportJson() const;

    // Stores a document ConfigImport has checked against the rules: maps
    // every key to its column (refusing, with `fileName` and the key's path,
    // one the schema does not have or a value its column cannot hold), then
    // replaces the configuration in one transaction. Accounts, ledger and
    // history are not touched. It decides nothing about the values.
    // `alsoIn`, when given, writes in the same transaction what the layer
    // above carries itself (the import settings: ConfigImport).
    Status importConfig(const QJsonObject& root, const QString& fileName,
                        const std::function<Status(QSqlDatabase&)>& alsoIn = {}) const;

    static constexpr const char* formatName = "relance-config";
    static constexpr int formatVersion = 1;

    // True for a settings key that names a secret (password, token, …).
    static bool isSecretKey(const QString& key);

private:
    // The `recovery` object: the stored settings, RecoverySettingsJson's form.
    Status exportRecovery(QJsonObject* root) const;
    // The settings the file's `recovery` object makes of the stored ones (a
    // key left out keeps its value); none when the file has no such object
    // (a file of the first release), so that nothing of it is touched.
    Result<std::optional<RecoverySettings>> readRecovery(const QJsonObject& root,
                                                         const QString& fileName) const;

    const Database& m_db;
};
