#pragma once

#include "reminders/ReminderLetter.h"
#include "reminders/ReminderRecord.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

class Database;

// Issued reminders and their letters.
//
// Exactly once is the schema's job: reminders has UNIQUE (account_id,
// episode_start, level_position, repeat) and UNIQUE (run_id, account_id).
// insertIn() uses INSERT … ON CONFLICT DO NOTHING, so a process that lost the
// race to another one learns that the reminder already exists (std::nullopt)
// and skips that account instead of failing the whole run.
class ReminderRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReminderRepository)

public:
    explicit ReminderRepository(const Database& db)
        : m_db(db)
    {}

    // The new id, or std::nullopt when this reminder was already issued.
    static Result<std::optional<qint64>> insertIn(QSqlDatabase& conn,
                                                  const ReminderRecord& reminder);
    static Result<qint64> insertLetterIn(QSqlDatabase& conn, const ReminderLetter& letter);
    // The level's template called `name` (`run --template`), in the
    // account's language when it has one there, else in any language; a
    // failure names the template and the level.
    static Result<qint64> templateIdIn(QSqlDatabase& conn, qint64 levelId, const QString& name,
                                       const QString& language);

    // The same reads inside the caller's transaction (e.g. MailQueue::queueRunIn).
    static Result<QList<ReminderRecord>> ofRunIn(QSqlDatabase& conn, qint64 runId);
    static Result<QList<ReminderLetter>> lettersOfRunIn(QSqlDatabase& conn, qint64 runId);

    Result<QList<ReminderRecord>> ofRun(qint64 runId) const;
    Result<QList<ReminderRecord>> ofAccount(qint64 accountId) const;
    Result<QList<ReminderRecord>> all() const;
    // The reminders dated from `from` to `to` (both included), by date.
    Result<QList<ReminderRecord>> issuedBetween(QDate from, QDate to) const;
    Result<QList<ReminderLetter>> lettersOfRun(qint64 runId) const;
    Result<QList<ReminderLetter>> lettersOf(qint64 reminderId) const;
    // The letters of every reminder of an account (of all accounts when 0),
    // for the history screens.
    Result<QList<ReminderLetter>> lettersOfAccount(qint64 accountId) const;
    // The print batch (« courriers à imprimer »): every letter still to print.
    Result<QList<ReminderLetter>> pendingLetters() const;
    // The runs that have letters still to print and no PDF yet, oldest first.
    Result<QList<qint64>> runsWithUnwrittenLetters() const;

    // Records where the letter's PDF was written.
    Status setLetterFile(qint64 letterId, const QString& path) const;
    // Inside the caller's transaction (a production records all its letters
    // at once, or none): where the PDF was written; the letter's state
    // (nullopt when there is no such letter); a new state, stored with the
    // reminder's summary (LetterStateChange checks that the move is allowed).
    static Status setLetterFileIn(QSqlDatabase& conn, qint64 letterId, const QString& path);
    static Result<std::optional<LetterState>> letterStateIn(QSqlDatabase& conn, qint64 letterId);
    static Status storeLetterStateIn(QSqlDatabase& conn, qint64 letterId, LetterState state);
    // The registered letter's tracking number (La Poste), shown in history.
    Status setTracking(qint64 reminderId, const QString& tracking) const;

private:
    Result<QList<ReminderRecord>> load(const QString& where, const QVariantList& values) const;
    Result<QList<ReminderLetter>> loadLetters(const QString& where,
                                              const QVariantList& values) const;
    static Result<QList<ReminderRecord>> loadIn(QSqlDatabase& conn, const QString& where,
                                                const QVariantList& values);
    static Result<QList<ReminderLetter>> loadLettersIn(QSqlDatabase& conn, const QString& where,
                                                       const QVariantList& values);
    const Database& m_db;
};
