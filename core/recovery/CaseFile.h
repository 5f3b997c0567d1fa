#pragma once

#include "CaseEvent.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The case file (« dossier ») of recovery-path.md: recording an event, with
// an optional PDF, and cancelling one (kept, marked, never deleted). The one
// place for its rules, for the GUI and the CLI: the kind and date are known,
// the note and the document are bounded, the document is a PDF, and an event
// that hands the debt to justice (`handed_to_commissaire`,
// `commandement_served`) puts the account in litigation, so that reminders
// stop; cancelling it does not lift the flag (the user does, in the form).
class CaseFile
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)

public:
    // A document larger than this is refused (a scan of a few pages).
    static constexpr qint64 maxDocumentBytes = 20 * 1024 * 1024;

    explicit CaseFile(const Database& db)
        : m_db(db)
    {}

    // Records `event` for the account `ref` (accountId, user and creation
    // time are filled in); returns its number.
    Result<qint64> record(const QString& ref, CaseEvent event, const QString& userName) const;
    // Marks an event cancelled by `userName`.
    Status cancel(qint64 eventId, const QString& userName) const;
    // The account's events, by date then number.
    Result<QList<CaseEvent>> events(const QString& ref) const;

    // Whether recording `kind` puts the account in litigation (the GUI asks
    // for a confirmation that says so).
    static bool setsLitigation(CaseEventKind kind);

private:
    const Database& m_db;
};
