#pragma once

#include "AgencyIdentity.h"
#include "UnpaidItem.h"
#include "money/Money.h"

#include <QList>
#include <QString>
#include <QStringList>

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
};
