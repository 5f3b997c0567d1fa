#pragma once

#include "TestSupport.h"
#include "ledger/Account.h"
#include "letters/AgencyIdentity.h"
#include "reminders/ReminderRecord.h"

#include <QList>
#include <QString>

// A database prepared as a new agency (default program and templates), with
// the agency's identity, and a way to record a run of reminders the way the
// run engine does, so that letters are produced from the same rows.
namespace LetterFixture {

AgencyIdentity agency();
// M. Jean Dupont, LOC0042, 12 rue des Lilas 69003 Lyon, one guarantor.
Account dupont();

struct Issued
{
    Account account; // saved, with ids
    int level = 1;
    Money overdue;
    QString itemsJson;
    QDate oldestDue;
};

// Saves the agency, then records one run as of `asOf` with one reminder per
// entry (letters to the tenant and, for levels 3 and 4, to each guarantor).
qint64 recordRun(Database& db, const QDate& asOf, QList<Issued>& issued);

// One overdue rent item per month from `firstDue`, each of `amount`.
QString monthlyItems(int months, const QDate& firstDue, Money amount, Money* total);

// The text of a PDF with runs of spaces collapsed and blank lines removed,
// so that golden files do not depend on column positions.
QString normalizedText(const QString& pdfPath);
// Output of a command (pdffonts, qpdf --check), with its exit code.
QString run(const QString& program, const QStringList& args, int* exitCode = nullptr);

} // namespace LetterFixture
