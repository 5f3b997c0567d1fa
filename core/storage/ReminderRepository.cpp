#include "ReminderRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace {

QVariant dateOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("");
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODate)) : QVariant();
}

const QString reminderColumns = QStringLiteral(
    "id, run_id, account_id, level_id, level_position, level_name, repeat, date, "
    "episode_start, overdue, balance, oldest_due_date, items, recipients, channels, deadline, "
    "registered, template_id, manual, overridden_reason, user_name, fee, letter_state, tracking");

} // namespace

Result<std::optional<qint64>> ReminderRepository::insertIn(QSqlDatabase& conn,
                                                           const ReminderRecord& r)
{
    using R = Result<std::optional<qint64>>;
    auto q = Database::exec(
        conn,
        QStringLiteral("INSERT INTO reminders (run_id, account_id, level_id, level_position, "
                       "level_name, repeat, date, episode_start, overdue, balance, "
                       "oldest_due_date, items, recipients, channels, deadline, registered, "
                       "template_id, manual, overridden_reason, user_name, fee, letter_state, "
                       "tracking) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"),
        {r.runId,
         r.accountId,
         idOrNull(r.levelId),
         r.levelPosition,
         r.levelName,
         r.repeat,
         r.date.toString(Qt::ISODate),
         r.episodeStart.toString(Qt::ISODate),
         r.overdue.cents(),
         r.balance.cents(),
         dateOrEmpty(r.oldestDueDate),
         r.itemsJson,
         r.recipients.join(u','),
         r.channels.join(u','),
         dateOrEmpty(r.deadline),
         r.registered ? 1 : 0,
         idOrNull(r.templateId),
         r.manual ? 1 : 0,
         r.overriddenReason,
         r.userName,
         r.fee.cents(),
         r.letterState ? QVariant(LetterStates::toKey(*r.letterState)) : QVariant(),
         r.tracking.isEmpty() ? QVariant() : QVariant(r.tracking)});
    if (!q)
        return R::failure(q.error());
    if (!q->next())
        return R(std::nullopt);
    return R(std::optional<qint64>(q->value(0).toLongLong()));
}

Result<qint64> ReminderRepository::insertLetterIn(QSqlDatabase& conn, const ReminderLetter& l)
{
    const QDateTime created = l.createdAt.isValid() ? l.createdAt : QDateTime::currentDateTimeUtc();
    auto q = Database::exec(
        conn,
        QStringLiteral("INSERT INTO letters (reminder_id, recipient, guarantor_id, addressee, "
                       "address, file_path, state, created_at, printed_at) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?) RETURNING id"),
        {l.reminderId, l.recipient, idOrNull(l.guarantorId), l.addressee, l.address, l.filePath,
         LetterStates::toKey(l.state), created.toUTC().toString(Qt::ISODate),
         timeOrNull(l.printedAt)});
    if (!q)
        return Result<qint64>::failure(q.error());
    if (!q->next())
        return Result<qint64>::failure(tr("The letter could not be recorded."));
    return q->value(0).toLongLong();
}

Result<qint64> ReminderRepository::templateIdIn(QSqlDatabase& conn, qint64 levelId,
                                                const QString& name, const QString& language)
{
    auto q = Database::exec(conn,
                            QStringLiteral("SELECT t.id, l.name FROM templates t JOIN levels l ON "
                                           "l.id = t.level_id WHERE t.level_id = ? AND t.name = ? "
                                           "ORDER BY CASE WHEN t.language = ? THEN 0 ELSE 1 END, "
                                           "t.id"),
                            {levelId, name, language});
    if (!q)
        return Result<qint64>::failure(q.error());
    if (q->next())
        return q->value(0).toLongLong();
    auto level =
        Database::exec(conn, QStringLiteral("SELECT name FROM levels WHERE id = ?"), {levelId});
    const QString levelName = level && level->next() ? level->value(0).toString() : QString();
    return Result<qint64>::failure(
        tr("The level “%1” has no template called “%2”. Check the name in Levels and "
           "templates.")
            .arg(levelName, name));
}

Result<QList<ReminderRecord>> ReminderRepository::ofRun(qint64 runId) const
{
    return load(QStringLiteral("WHERE run_id = ?"), {runId});
}

Result<QList<ReminderRecord>> ReminderRepository::ofAccount(qint64 accountId) const
{
    return load(QStringLiteral("WHERE account_id = ?"), {accountId});
}

Result<QList<ReminderRecord>> ReminderRepository::all() const
{
    return load({}, {});
}

Result<QList<ReminderRecord>> ReminderRepository::issuedBetween(QDate from, QDate to) const
{
    return load(QStringLiteral("WHERE date >= ? AND date <= ?"),
                {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

Result<QList<ReminderRecord>> ReminderRepository::ofRunIn(QSqlDatabase& conn, qint64 runId)
{
    return loadIn(conn, QStringLiteral("WHERE run_id = ?"), {runId});
}

Result<QList<ReminderLetter>> ReminderRepository::lettersOfRunIn(QSqlDatabase& conn, qint64 runId)
{
    return loadLettersIn(
        conn, QStringLiteral("WHERE reminder_id IN (SELECT id FROM reminders WHERE run_id = ?)"),
        {runId});
}

Result<QList<ReminderRecord>> ReminderRepository::load(const QString& where,
                                                       const QVariantList& values) const
{
    QSqlDatabase conn = m_db.connection();
    return loadIn(conn, where, values);
}

Result<QList<ReminderRecord>> ReminderRepository::loadIn(QSqlDatabase& conn, const QString& where,
                                                         const QVariantList& values)
{
    auto q = Database::exec(
        conn,
        QStringLiteral("SELECT ") + reminderColumns + QStringLiteral(" FROM reminders ") + where +
            QStringLiteral(" ORDER BY date, account_id, level_position, repeat"),
        values);
    if (!q)
        return Result<QList<ReminderRecord>>::failure(q.error());
    QList<ReminderRecord> list;
    while (q->next()) {
        ReminderRecord r;
        r.id = q->value(0).toLongLong();
        r.runId = q->value(1).toLongLong();
        r.accountId = q->value(2).toLongLong();
        r.levelId = q->value(3).toLongLong();
        r.levelPosition = q->value(4).toInt();
        r.levelName = q->value(5).toString();
        r.repeat = q->value(6).toInt();
        r.date = QDate::fromString(q->value(7).toString(), Qt::ISODate);
        r.episodeStart = QDate::fromString(q->value(8).toString(), Qt::ISODate);
        r.overdue = Money::fromCents(q->value(9).toLongLong());
        r.balance = Money::fromCents(q->value(10).toLongLong());
        r.oldestDueDate = QDate::fromString(q->value(11).toString(), Qt::ISODate);
        r.itemsJson = q->value(12).toString();
        r.recipients = q->value(13).toString().split(u',', Qt::SkipEmptyParts);
        r.channels = q->value(14).toString().split(u',', Qt::SkipEmptyParts);
        r.deadline = QDate::fromString(q->value(15).toString(), Qt::ISODate);
        r.registered = q->value(16).toInt() != 0;
        r.templateId = q->value(17).toLongLong();
        r.manual = q->value(18).toInt() != 0;
        r.overriddenReason = q->value(19).toString();
        r.userName = q->value(20).toString();
        r.fee = Money::fromCents(q->value(21).toLongLong());
        if (!q->value(22).isNull())
            r.letterState = LetterStates::fromKey(q->value(22).toString());
        r.tracking = q->value(23).toString();
        list << r;
    }
    return list;
}

Result<QList<ReminderLetter>> ReminderRepository::lettersOfRun(qint64 runId) const
{
    return loadLetters(
        QStringLiteral("WHERE reminder_id IN (SELECT id FROM reminders WHERE run_id = ?)"),
        {runId});
}

Result<QList<ReminderLetter>> ReminderRepository::lettersOf(qint64 reminderId) const
{
    return loadLetters(QStringLiteral("WHERE reminder_id = ?"), {reminderId});
}

Result<QList<ReminderLetter>> ReminderRepository::lettersOfAccount(qint64 accountId) const
{
    if (accountId <= 0)
        return loadLetters(QString(), {});
    return loadLetters(
        QStringLiteral("WHERE reminder_id IN (SELECT id FROM reminders WHERE account_id = ?)"),
        {accountId});
}

Result<QList<ReminderLetter>> ReminderRepository::pendingLetters() const
{
    return loadLetters(QStringLiteral("WHERE state = 'pending'"), {});
}

Result<QList<qint64>> ReminderRepository::runsWithUnwrittenLetters() const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT DISTINCT r.run_id FROM letters l JOIN reminders r ON r.id = l.reminder_id "
        "WHERE l.state = 'pending' AND COALESCE(l.file_path, '') = '' ORDER BY r.run_id"));
    if (!q)
        return Result<QList<qint64>>::failure(q.error());
    QList<qint64> runs;
    while (q->next())
        runs << q->value(0).toLongLong();
    return runs;
}

Result<QList<ReminderLetter>> ReminderRepository::loadLetters(const QString& where,
                                                              const QVariantList& values) const
{
    QSqlDatabase conn = m_db.connection();
    return loadLettersIn(conn, where, values);
}

Result<QList<ReminderLetter>> ReminderRepository::loadLettersIn(QSqlDatabase& conn,
                                                                const QString& where,
                                                                const QVariantList& values)
{
    auto q = Database::exec(conn,
                            QStringLiteral("SELECT id, reminder_id, recipient, guarantor_id, "
                                           "addressee, address, file_path, state, created_at, "
                                           "printed_at FROM letters ") +
                                where + QStringLiteral(" ORDER BY reminder_id, id"),
                            values);
    if (!q)
        return Result<QList<ReminderLetter>>::failure(q.error());
    QList<ReminderLetter> list;
    while (q->next()) {
        ReminderLetter l;
        l.id = q->value(0).toLongLong();
        l.reminderId = q->value(1).toLongLong();
        l.recipient = q->value(2).toString();
        l.guarantorId = q->value(3).toLongLong();
        l.addressee = q->value(4).toString();
        l.address = q->value(5).toString();
        l.filePath = q->value(6).toString();
        l.state = LetterStates::fromKey(q->value(7).toString()).value_or(LetterState::Pending);
        l.createdAt = QDateTime::fromString(q->value(8).toString(), Qt::ISODate);
        l.printedAt = QDateTime::fromString(q->value(9).toString(), Qt::ISODate);
        list << l;
    }
    return list;
}

Result<std::optional<LetterState>> ReminderRepository::letterStateIn(QSqlDatabase& conn,
                                                                     qint64 letterId)
{
    using R = Result<std::optional<LetterState>>;
    auto q =
        Database::exec(conn, QStringLiteral("SELECT state FROM letters WHERE id = ?"), {letterId});
    if (!q)
        return R::failure(q.error());
    if (!q->next())
        return R(std::optional<LetterState>());
    const auto state = LetterStates::fromKey(q->value(0).toString());
    if (!state)
        return R::failure(
            tr("Letter %1 has an unknown state “%2”.").arg(letterId).arg(q->value(0).toString()));
    return R(state);
}

Status ReminderRepository::storeLetterStateIn(QSqlDatabase& conn, qint64 letterId,
                                              LetterState state)
{
    auto u = Database::exec(
        conn, QStringLiteral("UPDATE letters SET state = ?, printed_at = ? WHERE id = ?"),
        {LetterStates::toKey(state),
         state == LetterState::Printed
             ? QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
             : QVariant(),
         letterId});
    if (!u)
        return Status::failure(u.error());
    // The reminder's summary is its least advanced letter: one copy still
    // to print keeps the reminder in the print batch.
    auto s = Database::exec(
        conn,
        QStringLiteral("UPDATE reminders SET letter_state = (SELECT CASE WHEN "
                       "SUM(CASE WHEN l.state = 'pending' THEN 1 ELSE 0 END) > 0 THEN "
                       "'pending' WHEN SUM(CASE WHEN l.state = 'generated' THEN 1 ELSE 0 END) "
                       "> 0 THEN 'generated' ELSE 'printed' END FROM letters l WHERE "
                       "l.reminder_id = reminders.id) WHERE id = (SELECT reminder_id FROM "
                       "letters WHERE id = ?)"),
        {letterId});
    return s ? Status() : Status::failure(s.error());
}

Status ReminderRepository::setLetterFile(qint64 letterId, const QString& path) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE letters SET file_path = ? WHERE id = ?"),
                       {path, letterId});
    return q ? Status() : Status::failure(q.error());
}

Status ReminderRepository::setLetterFileIn(QSqlDatabase& conn, qint64 letterId, const QString& path)
{
    auto q = Database::exec(conn, QStringLiteral("UPDATE letters SET file_path = ? WHERE id = ?"),
                            {path, letterId});
    return q ? Status() : Status::failure(q.error());
}

Status ReminderRepository::setTracking(qint64 reminderId, const QString& tracking) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE reminders SET tracking = ? WHERE id = ?"),
                       {tracking.isEmpty() ? QVariant() : QVariant(tracking), reminderId});
    return q ? Status() : Status::failure(q.error());
}
