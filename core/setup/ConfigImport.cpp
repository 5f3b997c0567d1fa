#include "ConfigImport.h"

#include "ConfigExport.h"
#include "ConfigValidator.h"
#include "import/FecSettingsSave.h"
#include "storage/ConfigStore.h"
#include "storage/ProgramRepository.h"
#include "storage/TemplateRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <optional>

Result<QByteArray> ConfigImport::readFile(const QString& path)
{
    using R = Result<QByteArray>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(tr("%1 does not exist.").arg(path));
    // A device (/dev/zero) or a pipe never ends: refused before reading.
    if (!info.isFile())
        return R::failure(
            tr("%1 is not a regular file: give the JSON file written by config export.").arg(path));
    if (info.size() > maxFileBytes)
        return R::failure(tr("%1 is %2 MB: a configuration file is at most %3 MB. Is it the "
                             "right file?")
                              .arg(path)
                              .arg((info.size() + (1 << 20) - 1) >> 20)
                              .arg(maxFileBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    // The file may have grown since it was measured: read one byte more than
    // allowed to know.
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes)
        return R::failure(tr("%1 is larger than %2 MB: a configuration file is at most that. Is "
                             "it the right file?")
                              .arg(path)
                              .arg(maxFileBytes >> 20));
    if (file.error() != QFileDevice::NoError)
        return R::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return bytes;
}

Result<ConfigImport::Outcome> ConfigImport::importJson(const QByteArray& json,
                                                       const QString& fileName) const
{
    using R = Result<Outcome>;
    const QString nothing = tr("Nothing was imported.");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return R::failure(tr("%1 is not valid JSON: %2 at line %3, column %4. %5")
                              .arg(fileName, parseError.errorString())
                              .arg(line)
                              .arg(column)
                              .arg(nothing));
    }
    if (!doc.isObject())
        return R::failure(
            tr("%1: a Relance configuration is a JSON object. %2").arg(fileName, nothing));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(ConfigStore::formatName))
        return R::failure(tr("%1: this is not a Relance configuration file (no \"format\": "
                             "\"relance-config\"). %2")
                              .arg(fileName, nothing));
    if (root.value(QStringLiteral("version")) != QJsonValue(ConfigStore::formatVersion))
        return R::failure(
            tr("%1: version: this configuration format version is not supported (expected "
               "%2). %3")
                .arg(fileName)
                .arg(ConfigStore::formatVersion)
                .arg(nothing));

    auto programs = ProgramRepository(m_db).all();
    if (!programs)
        return R::failure(programs.error());
    auto templates = TemplateRepository(m_db).all();
    if (!templates)
        return R::failure(templates.error());
    const QList<ConfigValidator::Problem> problems =
        ConfigValidator(*programs, *templates).check(root);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const ConfigValidator::Problem& p : problems) {
            if (lines.size() == maxProblemsShown) {
                lines << tr("%1: and %n more problem(s).", nullptr,
                            int(problems.size()) - maxProblemsShown)
                             .arg(fileName);
                break;
            }
            QString message = p.message;
            if (!message.endsWith(u'.'))
                message += u'.';
            lines << (p.path.isEmpty() ? tr("%1: %2").arg(fileName, message)
                                       : tr("%1: %2: %3").arg(fileName, p.path, message));
        }
        lines << nothing;
        return R::failure(lines.join(u'\n'));
    }

    // The same configuration again changes nothing: no write, no audit row.
    auto current = ConfigExport(m_db).exportConfig();
    if (!current)
        return R::failure(current.error());
    if (*current == root)
        return Outcome::Unchanged;

    // The import settings live above storage: read here (the validator
    // accepted them), written by ConfigStore's transaction with the rest.
    QJsonObject stored = root;
    const QJsonObject importSection = stored.take(ConfigExport::importSection()).toObject();
    std::optional<FecSettings> fec;
    if (importSection.contains(ConfigExport::fecKey())) {
        auto read = FecSettings::fromJson(importSection.value(ConfigExport::fecKey()).toObject());
        if (!read)
            return R::failure(read.kind(), tr("%1: %2 %3").arg(fileName, read.error(), nothing));
        fec = *read;
    }
    const auto writeImportSettings = [&](QSqlDatabase& conn) -> Status {
        return fec ? FecSettingsSave::saveIn(conn, *fec) : Status();
    };
    if (Status s = ConfigStore(m_db).importConfig(stored, fileName, writeImportSettings); !s)
        return R::failure(s.error() + u' ' + nothing);
    return Outcome::Imported;
}
