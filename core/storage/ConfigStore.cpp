#include "ConfigStore.h"

#include "Database.h"
#include "RecoverySettingsRepository.h"
#include "recovery/RecoverySettingsJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSqlField>
#include <QSqlRecord>

#include <cmath>

namespace {

// The largest whole number a JSON number holds exactly: beyond it the
// writer's number was rounded, or overflowed.
constexpr double kMaxExactInteger = 9007199254740991.0;

enum class ColumnKind
{
    Integer,
    Text,
    Blob
};

struct Column
{
    QString name;
    ColumnKind kind = ColumnKind::Text;
    bool required = false; // NOT NULL
};

// The columns of a table as the database describes them, minus the ones
// that only make sense inside one database (ids and links between rows).
QList<Column> columnsOf(QSqlDatabase& conn, const QString& table)
{
    static const QStringList internal = {QStringLiteral("id"), QStringLiteral("program_id"),
                                         QStringLiteral("level_id")};
    QList<Column> columns;
    const QSqlRecord record = conn.record(table);
    for (int i = 0; i < record.count(); ++i) {
        const QSqlField field = record.field(i);
        if (internal.contains(field.name()))
            continue;
        Column c;
        c.name = field.name();
        c.required = field.requiredStatus() == QSqlField::Required;
        switch (field.metaType().id()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
        case QMetaType::Double:
            c.kind = ColumnKind::Integer;
            break;
        case QMetaType::QByteArray:
            c.kind = ColumnKind::Blob;
            break;
        default:
            c.kind = ColumnKind::Text;
            break;
        }
        columns.append(c);
    }
    return columns;
}

QString columnList(const QList<Column>& columns)
{
    QStringList names;
    for (const Column& c : columns)
        names << c.name;
    return names.join(QStringLiteral(", "));
}

// Values keep the type the database gives them: Qt's SQLite driver reports
// BIGINT columns as text, but returns their values as integers.
QJsonValue toJson(const QVariant& v, ColumnKind kind)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (kind == ColumnKind::Blob || v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toBase64());
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        break;
    }
    return v.toString();
}

QJsonObject rowToJson(const QSqlQuery& q, const QList<Column>& columns)
{
    QJsonObject o;
    for (const Column& c : columns)
        o.insert(c.name, toJson(q.value(c.name), c.kind));
    return o;
}

// One row read from the file, ready to bind.
struct Row
{
    QStringList columns;
    QVariantList values;
};

struct TemplateIn
{
    Row row;
    QString name;
    QString language;
};

struct LevelIn
{
    Row row;
    qint64 position = 0;
    QList<TemplateIn> templates;
};

struct ProgramIn
{
    Row row;
    QString name;
    QList<LevelIn> levels;
};

struct ConfigIn
{
    Row agency;
    QList<ProgramIn> programs;
    QList<std::pair<QString, QString>> settings;
};

// Turns the file into rows, checking every key and type against the schema;
// the first problem found is reported with where it is in the file.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigStore)

public:
    Reader(QSqlDatabase& conn, QString fileName)
        : m_conn(conn)
        , m_file(std::move(fileName))
    {}

    Result<ConfigIn> read(const QJsonObject& root)
    {
        ConfigIn in;
        static const QStringList known = {QStringLiteral("format"),   QStringLiteral("version"),
                                          QStringLiteral("agency"),   QStringLiteral("programs"),
                                          QStringLiteral("settings"), QStringLiteral("recovery")};
        for (auto it = root.begin(); it != root.end(); ++it)
            if (!known.contains(it.key()))
                return fail(it.key(), tr("unknown section"));

        if (root.contains(QStringLiteral("agency"))) {
            const QJsonValue agency = root.value(QStringLiteral("agency"));
            if (!agency.isObject())
                return fail(QStringLiteral("agency"), tr("expected an object"));
            if (!readRow(agency.toObject(), QStringLiteral("agency"), QStringLiteral("agency"), {},
                         &in.agency))
                return failure();
        }

        const QJsonValue programs = root.value(QStringLiteral("programs"));
        if (!programs.isUndefined() && !programs.isArray())
            return fail(QStringLiteral("programs"), tr("expected a list"));
        QStringList programNames;
        const QJsonArray programList = programs.toArray();
        for (int p = 0; p < programList.size(); ++p) {
            const QString path = QStringLiteral("programs[%1]").arg(p);
            if (!programList.at(p).isObject())
                return fail(path, tr("expected an object"));
            const QJsonObject po = programList.at(p).toObject();
            ProgramIn program;
            if (!readRow(po, QStringLiteral("programs"), path, {QStringLiteral("levels")},
                         &program.row))
                return failure();
            program.name = po.value(QStringLiteral("name")).toString().trimmed();
            if (program.name.isEmpty())
                return fail(path + QStringLiteral(".name"), tr("a program needs a name"));
            if (programNames.contains(program.name))
                return fail(path + QStringLiteral(".name"),
                            tr("the program “%1” appears twice").arg(program.name));
            programNames << program.name;

            const QJsonValue levels = po.value(QStringLiteral("levels"));
            if (!levels.isUndefined() && !levels.isArray())
                return fail(path + QStringLiteral(".levels"), tr("expected a list"));
            const QJsonArray levelList = levels.toArray();
            QList<qint64> positions;
            for (int l = 0; l < levelList.size(); ++l) {
                const QString lpath = path + QStringLiteral(".levels[%1]").arg(l);
                if (!levelList.at(l).isObject())
                    return fail(lpath, tr("expected an object"));
                const QJsonObject lo = levelList.at(l).toObject();
                LevelIn level;
                if (!readRow(lo, QStringLiteral("levels"), lpath, {QStringLiteral("templates")},
                             &level.row))
                    return failure();
                level.position = lo.value(QStringLiteral("position")).toInteger(0);
                if (level.position < 1)
                    return fail(lpath + QStringLiteral(".position"),
                                tr("a level needs a position of 1 or more"));
                if (positions.contains(level.position))
                    return fail(lpath + QStringLiteral(".position"),
                                tr("two levels have the position %1").arg(level.position));
                positions << level.position;

                const QJsonValue templates = lo.value(QStringLiteral("templates"));
                if (!templates.isUndefined() && !templates.isArray())
                    return fail(lpath + QStringLiteral(".templates"), tr("expected a list"));
                const QJsonArray templateList = templates.toArray();
                QStringList keys;
                for (int t = 0; t < templateList.size(); ++t) {
                    const QString tpath = lpath + QStringLiteral(".templates[%1]").arg(t);
                    if (!templateList.at(t).isObject())
                        return fail(tpath, tr("expected an object"));
                    const QJsonObject to = templateList.at(t).toObject();
                    TemplateIn tmpl;
                    if (!readRow(to, QStringLiteral("templates"), tpath, {}, &tmpl.row))
                        return failure();
                    tmpl.name = to.value(QStringLiteral("name")).toString();
                    tmpl.language =
                        to.value(QStringLiteral("language")).toString(QStringLiteral("fr"));
                    if (tmpl.name.trimmed().isEmpty())
                        return fail(tpath + QStringLiteral(".name"), tr("a template needs a name"));
                    const QString key = tmpl.language + u'\n' + tmpl.name;
                    if (keys.contains(key))
                        return fail(tpath + QStringLiteral(".name"),
                                    tr("the template “%1” (%2) appears twice")
                                        .arg(tmpl.name, tmpl.language));
                    keys << key;
                    level.templates.append(tmpl);
                }
                program.levels.append(level);
            }
            in.programs.append(program);
        }

        const QJsonValue settings = root.value(QStringLiteral("settings"));
        if (!settings.isUndefined() && !settings.isObject())
            return fail(QStringLiteral("settings"), tr("expected an object"));
        const QJsonObject so = settings.toObject();
        for (auto it = so.begin(); it != so.end(); ++it) {
            const QString path = QStringLiteral("settings.") + it.key();
            if (!it.key().startsWith(QLatin1String("smtp.")))
                return fail(path, tr("only the mail settings (smtp.*) can be imported"));
            if (ConfigStore::isSecretKey(it.key()))
                return fail(path, tr("a configuration file never holds a password or any other "
                                     "secret; remove it, and give the password with the mail "
                                     "server settings"));
            if (!it.value().isString())
                return fail(path, tr("expected text"));
            in.settings.append({it.key(), it.value().toString()});
        }
        return in;
    }

private:
    bool readRow(const QJsonObject& o, const QString& table, const QString& path,
                 const QStringList& children, Row* row)
    {
        const QList<Column> columns = columnsOf(m_conn, table);
        QHash<QString, ColumnKind> kinds;
        QStringList required;
        for (const Column& c : columns) {
            kinds.insert(c.name, c.kind);
            if (c.required)
                required << c.name;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            if (children.contains(key))
                continue;
            const QString where = path + u'.' + key;
            if (!kinds.contains(key)) {
                setError(where, tr("unknown setting"));
                return false;
            }
            const QJsonValue v = it.value();
            QVariant value;
            if (v.isNull()) {
                if (required.contains(key)) {
                    setError(where, tr("cannot be empty (null)"));
                    return false;
                }
                value = QVariant();
            } else {
                switch (kinds.value(key)) {
                case ColumnKind::Integer: {
                    const double d = v.toDouble();
                    if (!v.isDouble() || std::floor(d) != d || std::abs(d) > kMaxExactInteger) {
                        setError(where, tr("expected a whole number"));
                        return false;
                    }
                    value = v.toInteger();
                    break;
                }
                case ColumnKind::Blob: {
                    auto decoded = QByteArray::fromBase64Encoding(
                        v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                    if (!v.isString() || !decoded) {
                        setError(where, tr("expected base64 text"));
                        return false;
                    }
                    // The only pictures of a configuration are the logo and the
                    // signature, drawn on every letter: PNG only, as the
                    // agency screen requires.
                    if (!(*decoded).isEmpty() && !(*decoded).startsWith("\x89PNG\r\n\x1a\n")) {
                        setError(where, tr("expected a PNG image in base64"));
                        return false;
                    }
                    value = *decoded;
                    break;
                }
                case ColumnKind::Text:
                    // Also numbers: see toJson() about BIGINT columns.
                    if (v.isDouble() && std::floor(v.toDouble()) == v.toDouble() &&
                        std::abs(v.toDouble()) <= kMaxExactInteger) {
                        value = v.toInteger();
                    } else if (v.isString()) {
                        value = v.toString();
                    } else {
                        setError(where, tr("expected text"));
                        return false;
                    }
                    break;
                }
            }
            row->columns << key;
            row->values << value;
        }
        return true;
    }

    void setError(const QString& path, const QString& message)
    {
        m_error = path.isEmpty() ? tr("%1: %2.").arg(m_file, message)
                                 : tr("%1: %2: %3.").arg(m_file, path, message);
    }
    Result<ConfigIn> fail(const QString& path, const QString& message)
    {
        setError(path, message);
        return failure();
    }
    Result<ConfigIn> failure() { return Result<ConfigIn>::failure(m_error); }

    QSqlDatabase& m_conn;
    QString m_file;
    QString m_error;
};

Status execStatus(QSqlDatabase& conn, const QString& sql, const QVariantList& values)
{
    auto q = Database::exec(conn, sql, values);
    return q ? Status() : Status::failure(q.error());
}

Status updateRow(QSqlDatabase& conn, const QString& table, const Row& row, qint64 id)
{
    if (row.columns.isEmpty())
        return {};
    QStringList sets;
    for (const QString& c : row.columns)
        sets << c + QStringLiteral(" = ?");
    QVariantList values = row.values;
    values << id;
    return execStatus(conn,
                      QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") +
                          sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"),
                      values);
}

Result<qint64> insertRow(QSqlDatabase& conn, const QString& table, const Row& row,
                         const QString& parentColumn, qint64 parentId)
{
    QStringList columns = row.columns;
    QVariantList values = row.values;
    if (!parentColumn.isEmpty()) {
        columns << parentColumn;
        values << parentId;
    }
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    auto q = Database::exec(conn,
                            QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                                columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                                marks.join(QStringLiteral(", ")) + QStringLiteral(") RETURNING id"),
                            values);
    if (!q)
        return Result<qint64>::failure(q.error());
    q->next();
    return q->value(0).toLongLong();
}

// Rows a parent already has, by the key that identifies them across databases.
Result<QHash<QString, qint64>> idsByKey(QSqlDatabase& conn, const QString& sql,
                                        const QVariantList& values)
{
    auto q = Database::exec(conn, sql, values);
    if (!q)
        return Result<QHash<QString, qint64>>::failure(q.error());
    QHash<QString, qint64> ids;
    while (q->next())
        ids.insert(q->value(1).toString(), q->value(0).toLongLong());
    return ids;
}

} // namespace

bool ConfigStore::isSecretKey(const QString& key)
{
    static const char* const words[] = {"password", "passwd",     "secret",
                                        "token",    "credential", "private"};
    for (const char* w : words)
        if (key.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    return false;
}

Result<QJsonObject> ConfigStore::exportConfig() const
{
    using R = Result<QJsonObject>;
    QSqlDatabase conn = m_db.connection();
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(formatName));
    root.insert(QStringLiteral("version"), formatVersion);

    const QList<Column> agencyColumns = columnsOf(conn, QStringLiteral("agency"));
    auto agency = Database::exec(conn, QStringLiteral("SELECT ") + columnList(agencyColumns) +
                                           QStringLiteral(" FROM agency WHERE id = 1"));
    if (!agency)
        return R::failure(agency.error());
    if (agency->next())
        root.insert(QStringLiteral("agency"), rowToJson(*agency, agencyColumns));

    const QList<Column> programColumns = columnsOf(conn, QStringLiteral("programs"));
    const QList<Column> levelColumns = columnsOf(conn, QStringLiteral("levels"));
    const QList<Column> templateColumns = columnsOf(conn, QStringLiteral("templates"));
    QJsonArray programs;
    auto p = Database::exec(conn, QStringLiteral("SELECT id, ") + columnList(programColumns) +
                                      QStringLiteral(" FROM programs ORDER BY is_global DESC, "
                                                     "name"));
    if (!p)
        return R::failure(p.error());
    while (p->next()) {
        QJsonObject program = rowToJson(*p, programColumns);
        QJsonArray levels;
        auto l = Database::exec(conn,
                                QStringLiteral("SELECT id, ") + columnList(levelColumns) +
                                    QStringLiteral(" FROM levels WHERE program_id = ? ORDER BY "
                                                   "position"),
                                {p->value(0)});
        if (!l)
            return R::failure(l.error());
        while (l->next()) {
            QJsonObject level = rowToJson(*l, levelColumns);
            QJsonArray templates;
            auto t = Database::exec(conn,
                                    QStringLiteral("SELECT ") + columnList(templateColumns) +
                                        QStringLiteral(" FROM templates WHERE level_id = ? "
                                                       "ORDER BY language, name"),
                                    {l->value(0)});
            if (!t)
                return R::failure(t.error());
            while (t->next())
                templates.append(rowToJson(*t, templateColumns));
            level.insert(QStringLiteral("templates"), templates);
            levels.append(level);
        }
        program.insert(QStringLiteral("levels"), levels);
        programs.append(program);
    }
    root.insert(QStringLiteral("programs"), programs);

    QJsonObject settings;
    auto s = Database::exec(conn, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE "
                                                 "'smtp.%' ORDER BY key"));
    if (!s)
        return R::failure(s.error());
    while (s->next()) {
        const QString key = s->value(0).toString();
        if (!isSecretKey(key))
            settings.insert(key, s->value(1).toString());
    }
    root.insert(QStringLiteral("settings"), settings);
    if (Status st = exportRecovery(&root); !st)
        return R::failure(st.kind(), st.error());
    return root;
}

Status ConfigStore::exportRecovery(QJsonObject* root) const
{
    auto recovery = RecoverySettingsRepository::load(m_db);
    if (!recovery)
        return Status::failure(recovery.kind(), recovery.error());
    root->insert(QStringLiteral("recovery"), RecoverySettingsJson::toJson(*recovery));
    return {};
}

Result<std::optional<RecoverySettings>> ConfigStore::readRecovery(const QJsonObject& root,
                                                                  const QString& fileName) const
{
    using R = Result<std::optional<RecoverySettings>>;
    const QJsonValue value = root.value(QStringLiteral("recovery"));
    if (value.isUndefined())
        return std::optional<RecoverySettings>();
    if (!value.isObject())
        return R::failure(
            tr("%1: %2: %3.").arg(fileName, QStringLiteral("recovery"), tr("expected an object")));
    auto stored = RecoverySettingsRepository::load(m_db);
    if (!stored)
        return R::failure(stored.kind(), stored.error());
    QList<RecoverySettingsJson::Problem> problems;
    const RecoverySettings settings =
        RecoverySettingsJson::read(value.toObject(), *stored, &problems);
    if (!problems.isEmpty())
        return R::failure(tr("%1: %2: %3.")
                              .arg(fileName, QStringLiteral("recovery.") + problems.first().key,
                                   problems.first().message));
    return std::optional<RecoverySettings>(settings);
}

Result<QByteArray> ConfigStore::exportJson() const
{
    auto config = exportConfig();
    if (!config)
        return Result<QByteArray>::failure(config.error());
    return QJsonDocument(*config).toJson(QJsonDocument::Indented);
}

Status ConfigStore::importConfig(const QJsonObject& root, const QString& fileName,
                                 const std::function<Status(QSqlDatabase&)>& alsoIn) const
{
    QSqlDatabase conn = m_db.connection();
    Reader reader(conn, fileName);
    auto parsed = reader.read(root);
    if (!parsed)
        return Status::failure(parsed.error());
    const ConfigIn& in = *parsed;
    auto recovery = readRecovery(root, fileName);
    if (!recovery)
        return Status::failure(recovery.kind(), recovery.error());

    return m_db.write([&](QSqlDatabase& db) -> Status {
        if (Status s = updateRow(db, QStringLiteral("agency"), in.agency, 1); !s)
            return s;

        // Programs: by name. One that the file drops is removed, unless
        // accounts follow it (removing it would change those accounts).
        auto programIds = idsByKey(db, QStringLiteral("SELECT id, name FROM programs"), {});
        if (!programIds)
            return Status::failure(programIds.error());
        QStringList kept;
        for (const ProgramIn& p : in.programs)
            kept << p.name;
        for (auto it = programIds->begin(); it != programIds->end(); ++it) {
            if (kept.contains(it.key()))
                continue;
            auto users = Database::exec(
                db, QStringLiteral("SELECT count(*) FROM accounts WHERE program_id = ?"),
                {it.value()});
            if (!users)
                return Status::failure(users.error());
            users->next();
            if (const int n = users->value(0).toInt(); n > 0)
                return Status::failure(
                    tr("%1: the program “%2” is followed by %n account(s) and is not in the "
                       "file. Add it to the file, or move those accounts to another program "
                       "first.",
                       nullptr, n)
                        .arg(fileName, it.key()));
            if (Status s = execStatus(db, QStringLiteral("DELETE FROM programs WHERE id = ?"),
                                      {it.value()});
                !s)
                return s;
        }
        // The "one global program" index is checked row by row: clear the
        // flag first so that moving it from one program to another works.
        if (Status s = execStatus(db, QStringLiteral("UPDATE programs SET is_global = 0"), {}); !s)
            return s;

        for (const ProgramIn& p : in.programs) {
            qint64 programId = programIds->value(p.name, 0);
            if (programId != 0) {
                if (Status s = updateRow(db, QStringLiteral("programs"), p.row, programId); !s)
                    return s;
            } else {
                auto id = insertRow(db, QStringLiteral("programs"), p.row, {}, 0);
                if (!id)
                    return Status::failure(id.error());
                programId = *id;
            }

            // Levels: by position, updated in place so that reminders keep them.
            auto levelIds =
                idsByKey(db, QStringLiteral("SELECT id, position FROM levels WHERE program_id = ?"),
                         {programId});
            if (!levelIds)
                return Status::failure(levelIds.error());
            QStringList positions;
            for (const LevelIn& l : p.levels)
                positions << QString::number(l.position);
            for (auto it = levelIds->begin(); it != levelIds->end(); ++it)
                if (!positions.contains(it.key()))
                    if (Status s = execStatus(db, QStringLiteral("DELETE FROM levels WHERE id = ?"),
                                              {it.value()});
                        !s)
                        return s;

            for (const LevelIn& l : p.levels) {
                qint64 levelId = levelIds->value(QString::number(l.position), 0);
                if (levelId != 0) {
                    if (Status s = updateRow(db, QStringLiteral("levels"), l.row, levelId); !s)
                        return s;
                } else {
                    auto id = insertRow(db, QStringLiteral("levels"), l.row,
                                        QStringLiteral("program_id"), programId);
                    if (!id)
                        return Status::failure(id.error());
                    levelId = *id;
                }

                // Templates: by language and name.
                auto templateIds = idsByKey(
                    db,
                    QStringLiteral("SELECT id, language || '\n' || name FROM templates WHERE "
                                   "level_id = ?"),
                    {levelId});
                if (!templateIds)
                    return Status::failure(templateIds.error());
                QStringList keys;
                for (const TemplateIn& t : l.templates)
                    keys << t.language + u'\n' + t.name;
                for (auto it = templateIds->begin(); it != templateIds->end(); ++it)
                    if (!keys.contains(it.key()))
                        if (Status s =
                                execStatus(db, QStringLiteral("DELETE FROM templates WHERE id = ?"),
                                           {it.value()});
                            !s)
                            return s;
                for (const TemplateIn& t : l.templates) {
                    const qint64 templateId = templateIds->value(t.language + u'\n' + t.name, 0);
                    if (templateId != 0) {
                        if (Status s =
                                updateRow(db, QStringLiteral("templates"), t.row, templateId);
                            !s)
                            return s;
                    } else {
                        auto id = insertRow(db, QStringLiteral("templates"), t.row,
                                            QStringLiteral("level_id"), levelId);
                        if (!id)
                            return Status::failure(id.error());
                    }
                }
            }
        }

        // Mail settings: the file's replace ours; secrets stay where they are.
        auto current =
            idsByKey(db, QStringLiteral("SELECT 0, key FROM settings WHERE key LIKE 'smtp.%'"), {});
        if (!current)
            return Status::failure(current.error());
        for (auto it = current->begin(); it != current->end(); ++it)
            if (!isSecretKey(it.key()))
                if (Status s = execStatus(db, QStringLiteral("DELETE FROM settings WHERE key = ?"),
                                          {it.key()});
                    !s)
                    return s;
        for (const auto& [key, value] : in.settings)
            if (Status s = execStatus(
                    db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                    {key, value});
                !s)
                return s;

        if (recovery->has_value())
            if (Status s = RecoverySettingsRepository::saveIn(db, **recovery); !s)
                return s;
        if (alsoIn)
            if (Status s = alsoIn(db); !s)
                return s;

        return Database::audit(db, QStringLiteral("config.import"), QStringLiteral("config"),
                               fileName, {});
    });
}
