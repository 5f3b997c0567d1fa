#pragma once

#include "AccountStatement.h"

#include <QByteArray>
#include <QCoreApplication>

// The statement as a CSV file for the agency's spreadsheet, written the way
// French spreadsheets open it with no question (and the way the import
// reads it back, import-formats.md): UTF-8 with a BOM, `;` between fields,
// CRLF, dates DD/MM/YYYY, amounts with a decimal comma and no thousands
// separator. One row per entry: date, ref, label, debit, credit, balance.
class StatementCsv
{
    Q_DECLARE_TR_FUNCTIONS(StatementCsv)

public:
    static QByteArray bytes(const AccountStatement& statement);
    // « 1013,50 », « -12,00 »
    static QString amount(Money m);
};
