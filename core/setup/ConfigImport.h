#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Database;

// `config import`: a configuration file (the JSON of `config export`) checked
// against every rule the screens enforce (ConfigValidator), then stored by
// ConfigStore in one transaction — all or nothing. Every refusal names the
// file and where in it the problem is.
class ConfigImport
{
    Q_DECLARE_TR_FUNCTIONS(ConfigImport)

public:
    // A configuration with a logo and a signature is well under a megabyte;
    // anything larger is the wrong file.
    static constexpr qint64 maxFileBytes = 16 * 1024 * 1024;
    // Refusals listed at most, so that a wrong file does not flood the screen.
    static constexpr int maxProblemsShown = 20;

    enum class Outcome
    {
        Imported,
        Unchanged // the database already holds exactly this configuration
    };

    explicit ConfigImport(const Database& db)
        : m_db(db)
    {}

    // The bytes of a regular file of at most maxFileBytes (a device, a pipe
    // or a folder is refused before anything is read).
    static Result<QByteArray> readFile(const QString& path);

    // Checks `json` and stores it, or changes nothing and says why.
    // Importing what the database already holds writes nothing at all.
    Result<Outcome> importJson(const QByteArray& json, const QString& fileName) const;

private:
    const Database& m_db;
};
