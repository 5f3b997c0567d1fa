#include "HistoryRepository.h"

#include "Database.h"

#include <QHash>
#include <QSqlQuery>

namespace {

// The worse of two e-mail states, as history reports it: one failed message
// makes the reminder's e-mail "failed" whatever happened to the others.
int emailSeverity(const QString& state)
{
    static const QStringList order = {QStringLiteral("sent"), QStringLiteral("queued"),
                                      QStringLiteral("sending"), QStringLiteral("uncertain"),
                                      QStringLiteral("failed")};
    return int(order.indexOf(state));
}

// A reminder's letters are as far as the least advanced of them: one copy
// still to print keeps the reminder "pending".
int letterSeverity(LetterState state)
{
    switch (state) {
    case LetterState::Printed:
        return 0;
    case LetterState::Generated:
        return 1;
    case LetterState::Pending:
        return 2;
    }
    return 0;
}

} // namespace

Result<QList<HistoryEntry>> HistoryRepository::load(qint64 accountId) const
{
    using R = Result<QList<HistoryEntry>>;
    const QString filter = accountId > 0 ? QStringLiteral(" WHERE r.account_id = ?") : QString();
    const QVariantList values = accountId > 0 ? QVariantList{accountId} : QVariantList{};

    auto q = m_db.exec(
        QStringLiteral("SELECT r.id, r.account_id, a.ref, a.name, r.level_position, r.level_name, "
                       "r.repeat, r.date, r.overdue, r.fee, r.run_id, r.manual, "
                       "r.overridden_reason, r.user_name, r.recipients, r.channels, "
                       "r.letter_state, r.tracking FROM reminders r JOIN accounts a ON a.id = "
                       "r.account_id") +
            filter,
        values);
    if (!q)
        return R::failure(q.error());
    QList<HistoryEntry> entries;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        HistoryEntry e;
        e.reminderId = q->value(0).toLongLong();
        e.accountId = q->value(1).toLongLong();
        e.ref = q->value(2).toString();
        e.accountName = q->value(3).toString();
        e.level = q->value(4).toInt();
        e.levelName = q->value(5).toString();
        e.repeat = q->value(6).toInt();
        e.date = QDate::fromString(q->value(7).toString(), Qt::ISODate);
        e.overdue = Money::fromCents(q->value(8).toLongLong());
        e.fee = Money::fromCents(q->value(9).toLongLong());
        e.runId = q->value(10).toLongLong();
        e.manual = q->value(11).toInt() != 0;
        e.overriddenReason = q->value(12).toString();
        e.userName = q->value(13).toString();
        e.recipients = q->value(14).toString().split(u',', Qt::SkipEmptyParts);
        e.channels = q->value(15).toString().split(u',', Qt::SkipEmptyParts);
        // An e-mail-only reminder has no letter until its e-mail fails for
        // good: the mail then puts it in the print batch (letter_state).
        if (!q->value(16).isNull())
            e.letter = LetterStates::fromKey(q->value(16).toString());
        e.tracking = q->value(17).toString();
        index.insert(e.reminderId, entries.size());
        entries << e;
    }

    // The letters' own states win over the reminder's summary column: the
    // print batch and the outbox move the letters, not the reminder.
    auto letters = m_db.exec(
        QStringLiteral("SELECT l.reminder_id, l.state FROM letters l JOIN reminders r ON r.id = "
                       "l.reminder_id") +
            filter,
        values);
    if (!letters)
        return R::failure(letters.error());
    QHash<qint64, LetterState> letterState;
    while (letters->next()) {
        const qint64 id = letters->value(0).toLongLong();
        const auto state = LetterStates::fromKey(letters->value(1).toString());
        if (!state)
            continue;
        auto it = letterState.find(id);
        if (it == letterState.end())
            letterState.insert(id, *state);
        else if (letterSeverity(*state) > letterSeverity(*it))
            *it = *state;
    }
    for (auto it = letterState.cbegin(); it != letterState.cend(); ++it)
        if (auto pos = index.find(it.key()); pos != index.end())
            entries[*pos].letter = it.value();

    auto mails = m_db.exec(
        QStringLiteral("SELECT o.reminder_id, o.state FROM outbox o JOIN reminders r ON r.id = "
                       "o.reminder_id") +
            filter,
        values);
    if (!mails)
        return R::failure(mails.error());
    while (mails->next()) {
        auto pos = index.find(mails->value(0).toLongLong());
        if (pos == index.end())
            continue;
        const QString state = mails->value(1).toString();
        QString& current = entries[*pos].email;
        if (current.isEmpty() || emailSeverity(state) > emailSeverity(current))
            current = state;
    }
    return entries;
}
