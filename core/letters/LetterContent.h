#pragma once

#include "AgencyIdentity.h"
#include "UnpaidItem.h"
#include "money/Money.h"

#include <QList>
#include <QString>
#include <QStringList>

// The tables a letter body may place, each at most once: the unpaid items
// ({{reminder.items_table}}) and a payment plan's schedule
// ({{plan.schedule_table}}).
enum class LetterTable
{
    UnpaidItems,
    PlanSchedule
};

// One letter fully resolved, ready to draw: the merge is done, the address
// is formatted. The preview, the PDF and the printer draw this same value
// with LetterRenderer, so they cannot disagree.
struct LetterContent
{
    AgencyIdentity agency;
    QString language = QStringLiteral("fr"); // the letter's language, not the UI's
    QString reference;                       // the account ref, e.g. "LOC0042"
    QStringList addressLines;                // NF Z 10-011 block, at most 6 lines
    QString placeAndDate;                    // « Lyon, le 23 novembre 2026 »
    QString subject;                         // without the « Objet : » prefix
    bool registered = false;                 // « Lettre recommandée avec AR »
    QString onBehalfOf;                      // guarantor letters: whose debt it is
    QString bodyBeforeTable;                 // HTML, values already escaped
    QString bodyAfterTable;                  // HTML after {{reminder.items_table}}
    bool showTable = false;                  // the body holds the table marker
    QList<UnpaidItem> items;
    Money total;
    QString title; // PDF title of a file holding only this letter

    // Which table `showTable` draws after bodyBeforeTable; a body holding
    // both markers draws the other one after bodyAfterTable, followed by
    // bodyAfterSecondTable.
    LetterTable firstTable = LetterTable::UnpaidItems;
    bool showSecondTable = false;
    QString bodyAfterSecondTable;
    // A payment plan's schedule, one row per instalment: due date,
    // « Mensualité i/N », amount, and (in `remaining`) what is still owed
    // once it is paid. Its total, under the amounts, is the debt.
    QList<UnpaidItem> schedule;
    Money scheduleTotal;

    // An agreement to sign by both sides (a payment plan): set, the
    // signature is drawn as two blocks on one page with the closing
    // paragraphs, this label on the left above room for the other party's
    // signature, and `signatureLabel` above the agency's usual block on the
    // right. Both empty: the agency's block alone, as in every reminder.
    QString counterSignature;
    QString signatureLabel;
};
