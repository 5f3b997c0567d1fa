#pragma once

#include "AccountStatement.h"
#include "CaseEvent.h"
#include "ledger/Account.h"
#include "ledger/AccountPosition.h"
#include "letters/AgencyIdentity.h"
#include "letters/EnvelopeWindow.h"
#include "letters/LetterContent.h"
#include "reminders/ReminderRecord.h"

#include <QDate>
#include <QList>
#include <QString>

// The copy of one letter sent, as the dossier appends it.
struct DossierLetterCopy
{
    QDate date;
    int level = 0;
    QString levelName;
    QString addressee;
    QString path;       // letters.file_path, empty when never written
    bool found = false; // the file is there and is a PDF
};

// Everything the hand-off to the commissaire de justice says about one
// account as of D (recovery-path.md « Hand-off »), read once and drawn by
// DossierRenderer (preview and PDF alike).
struct DossierContent
{
    QString language; // "fr" or "en": the cover letter's and the annex's
    QDate asOf;
    AgencyIdentity agency;
    EnvelopeWindow window;
    Account account;
    AccountPosition position;
    AccountStatement statement;
    LetterContent cover;
    QList<ReminderRecord> reminders; // issued on or before D, by date
    QList<CaseEvent> events;         // dated on or before D, cancelled ones marked
    QList<DossierLetterCopy> letters;
};
