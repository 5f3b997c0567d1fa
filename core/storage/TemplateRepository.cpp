#include "TemplateRepository.h"

#include "Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

const char* const columns =
    "id, level_id, name, language, is_default, body, email_subject, email_body, updated_at";

LetterTemplate readTemplate(const QSqlQuery& q)
{
    LetterTemplate t;
    t.id = q.value(0).toLongLong();
    t.levelId = q.value(1).toLongLong();
    t.name = q.value(2).toString();
    t.language = q.value(3).toString();
    t.isDefault = q.value(4).toInt() != 0;
    t.body = q.value(5).toString();
    t.emailSubject = q.value(6).toString();
    t.emailBody = q.value(7).toString();
    t.updatedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    return t;
}

Status clearDefault(QSqlDatabase& conn, qint64 levelId, const QString& language, qint64 keepId)
{
    auto q = Database::exec(conn,
                            QStringLiteral("UPDATE templates SET is_default = 0 WHERE level_id = ? "
                                           "AND language = ? AND id <> ?"),
                            {levelId, language, keepId});
    return q ? Status() : Status::failure(q.error());
}

// Makes sure a level and language with templates has exactly one default.
Status ensureDefault(QSqlDatabase& conn, qint64 levelId, const QString& language)
{
    auto q = Database::exec(conn,
                            QStringLiteral("SELECT COUNT(*), SUM(is_default), MIN(id) FROM "
                                           "templates WHERE level_id = ? AND language = ?"),
                            {levelId, language});
    if (!q)
        return Status::failure(q.error());
    if (!q->next() || q->value(0).toLongLong() == 0 || q->value(1).toLongLong() > 0)
        return {};
    auto up =
        Database::exec(conn, QStringLiteral("UPDATE templates SET is_default = 1 WHERE id = ?"),
                       {q->value(2).toLongLong()});
    return up ? Status() : Status::failure(up.error());
}

// A level's default in `language`, else its French default, else its first
// template (`list` holds the level's templates in load() order).
std::optional<LetterTemplate> defaultOf(const QList<LetterTemplate>& list, const QString& language)
{
    const QString wanted[] = {language, QStringLiteral("fr")};
    for (const QString& lang : wanted) {
        for (const LetterTemplate& t : list)
            if (t.language == lang && t.isDefault)
                return t;
    }
    if (!list.isEmpty())
        return list.first();
    return std::nullopt;
}

} // namespace

Result<QList<LetterTemplate>> TemplateRepository::load(const QString& where,
                                                       const QVariantList& values) const
{
    QSqlDatabase conn = m_db.connection();
    return loadIn(conn, where, values);
}

Result<QList<LetterTemplate>> TemplateRepository::loadIn(QSqlDatabase& conn, const QString& where,
                                                         const QVariantList& values)
{
    auto q = Database::exec(
        conn,
        QStringLiteral("SELECT ") + QLatin1String(columns) + QStringLiteral(" FROM templates ") +
            where + QStringLiteral(" ORDER BY level_id, language, is_default DESC, name"),
        values);
    if (!q)
        return Result<QList<LetterTemplate>>::failure(q.error());
    QList<LetterTemplate> list;
    while (q->next())
        list << readTemplate(*q);
    return list;
}

Result<QList<LetterTemplate>> TemplateRepository::all() const
{
    return load({}, {});
}

Result<QList<LetterTemplate>> TemplateRepository::ofLevel(qint64 levelId) const
{
    return load(QStringLiteral("WHERE level_id = ?"), {levelId});
}

Result<LetterTemplate> TemplateRepository::byId(qint64 id) const
{
    auto list = load(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return Result<LetterTemplate>::failure(list.error());
    if (list->isEmpty())
        return Result<LetterTemplate>::failure(
            tr("There is no letter template number %1.").arg(id));
    return list->first();
}

Result<LetterTemplate> TemplateRepository::defaultFor(qint64 levelId, const QString& language) const
{
    auto list = ofLevel(levelId);
    if (!list)
        return Result<LetterTemplate>::failure(list.error());
    if (auto t = defaultOf(*list, language))
        return *t;
    return Result<LetterTemplate>::failure(
        tr("The reminder level has no letter template: add one in « Levels and templates »."));
}

Result<LetterTemplate> TemplateRepository::byName(qint64 levelId, const QString& name,
                                                  const QString& language) const
{
    auto list = ofLevel(levelId);
    if (!list)
        return Result<LetterTemplate>::failure(list.error());
    for (const LetterTemplate& t : *list)
        if (t.name == name && t.language == language)
            return t;
    for (const LetterTemplate& t : *list)
        if (t.name == name)
            return t;
    return Result<LetterTemplate>::failure(
        tr("The reminder level has no letter template named « %1 ».").arg(name));
}

Result<std::optional<LetterTemplate>>
TemplateRepository::forReminder(qint64 templateId, qint64 levelId, const QString& language) const
{
    QSqlDatabase conn = m_db.connection();
    return forReminderIn(conn, templateId, levelId, language);
}

Result<std::optional<LetterTemplate>> TemplateRepository::forReminderIn(QSqlDatabase& conn,
                                                                        qint64 templateId,
                                                                        qint64 levelId,
                                                                        const QString& language)
{
    using R = Result<std::optional<LetterTemplate>>;
    if (templateId > 0) {
        auto own = loadIn(conn, QStringLiteral("WHERE id = ?"), {templateId});
        if (!own)
            return R::failure(own.error());
        if (!own->isEmpty())
            return R(std::optional<LetterTemplate>(own->first()));
    }
    if (levelId <= 0)
        return R(std::nullopt);
    auto list = loadIn(conn, QStringLiteral("WHERE level_id = ?"), {levelId});
    if (!list)
        return R::failure(list.error());
    return R(defaultOf(*list, language));
}

Result<qint64> TemplateRepository::save(const LetterTemplate& t) const
{
    Result<qint64> id = qint64(0);
    const Status st = m_db.write([&](QSqlDatabase& conn) -> Status {
        id = saveIn(conn, t);
        return id ? Status() : Status::failure(id.error());
    });
    if (!st)
        return Result<qint64>::failure(st.error());
    return id;
}

Result<qint64> TemplateRepository::saveIn(QSqlDatabase& conn, const LetterTemplate& t)
{
    auto dup = Database::exec(conn,
                              QStringLiteral("SELECT id FROM templates WHERE level_id = ? AND "
                                             "language = ? AND name = ? AND id <> ?"),
                              {t.levelId, t.language, t.name.trimmed(), t.id});
    if (!dup)
        return Result<qint64>::failure(dup.error());
    if (dup->next())
        return Result<qint64>::failure(
            tr("This level already has a template named « %1 » in this language: choose "
               "another name.")
                .arg(t.name.trimmed()));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    qint64 id = t.id;
    if (id == 0) {
        auto q = Database::exec(conn,
                                QStringLiteral("INSERT INTO templates (level_id, name, language, "
                                               "is_default, body, email_subject, email_body, "
                                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                               "RETURNING id"),
                                {t.levelId, t.name.trimmed(), t.language, t.isDefault ? 1 : 0,
                                 t.body, t.emailSubject, t.emailBody, now});
        if (!q)
            return Result<qint64>::failure(q.error());
        if (!q->next())
            return Result<qint64>::failure(tr("The letter template could not be saved."));
        id = q->value(0).toLongLong();
    } else {
        auto q = Database::exec(conn,
                                QStringLiteral("UPDATE templates SET level_id = ?, name = ?, "
                                               "language = ?, is_default = ?, body = ?, "
                                               "email_subject = ?, email_body = ?, updated_at = ? "
                                               "WHERE id = ?"),
                                {t.levelId, t.name.trimmed(), t.language, t.isDefault ? 1 : 0,
                                 t.body, t.emailSubject, t.emailBody, now, t.id});
        if (!q)
            return Result<qint64>::failure(q.error());
        if (q->numRowsAffected() == 0)
            return Result<qint64>::failure(tr("There is no letter template number %1.").arg(t.id));
    }
    if (t.isDefault) {
        if (Status st = clearDefault(conn, t.levelId, t.language, id); !st)
            return Result<qint64>::failure(st.error());
    }
    if (Status st = ensureDefault(conn, t.levelId, t.language); !st)
        return Result<qint64>::failure(st.error());
    return id;
}

Status TemplateRepository::setDefault(qint64 id) const
{
    auto t = byId(id);
    if (!t)
        return Status::failure(t.error());
    return m_db.write([&](QSqlDatabase& conn) -> Status {
        auto q = Database::exec(
            conn, QStringLiteral("UPDATE templates SET is_default = 1 WHERE id = ?"), {id});
        if (!q)
            return Status::failure(q.error());
        return clearDefault(conn, t->levelId, t->language, id);
    });
}

Status TemplateRepository::remove(qint64 id) const
{
    auto t = byId(id);
    if (!t)
        return Status::failure(t.error());
    return m_db.write([&](QSqlDatabase& conn) -> Status {
        auto q = Database::exec(conn, QStringLiteral("DELETE FROM templates WHERE id = ?"), {id});
        if (!q)
            return Status::failure(q.error());
        return ensureDefault(conn, t->levelId, t->language);
    });
}

Result<QList<std::pair<qint64, int>>> TemplateRepository::globalLevelsWithoutTemplates() const
{
    using Levels = QList<std::pair<qint64, int>>;
    auto q = m_db.exec(QStringLiteral(
        "SELECT l.id, l.position FROM levels l JOIN programs p ON p.id = l.program_id WHERE "
        "p.is_global = 1 AND NOT EXISTS (SELECT 1 FROM templates t WHERE t.level_id = l.id) "
        "ORDER BY l.position"));
    if (!q)
        return Result<Levels>::failure(q.error());
    Levels levels;
    while (q->next())
        levels << std::pair<qint64, int>(q->value(0).toLongLong(), q->value(1).toInt());
    return levels;
}
