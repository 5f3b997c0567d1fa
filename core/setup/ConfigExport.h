#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

class Database;

// `config export`: what ConfigStore writes (agency, programs, mail and
// recovery settings) plus the import settings, which live above storage
// (`import.fec`: how the agency's FEC is read, its defaults when never
// saved). ConfigImport reads the same sections back.
class ConfigExport
{
    Q_DECLARE_TR_FUNCTIONS(ConfigExport)

public:
    explicit ConfigExport(const Database& db)
        : m_db(db)
    {}

    Result<QJsonObject> exportConfig() const;
    // Indented UTF-8 text, keys sorted: the same configuration always gives
    // the same bytes.
    Result<QByteArray> exportJson() const;

    // The section of the import settings, and its FEC key inside it.
    static QString importSection() { return QStringLiteral("import"); }
    static QString fecKey() { return QStringLiteral("fec"); }

private:
    const Database& m_db;
};
