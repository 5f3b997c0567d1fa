#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// How long a value a person types may be, whether it may span lines, and how
// large an amount may be: one place for the account form (AccountValidator),
// Money::parse and the CSV import, so that what one accepts the other
// accepts too.
//
// Why bounds at all: a name or an address is printed on every letter and put
// in e-mail headers; a 1 MB name costs seconds per letter and fills the
// window. The bounds are far above real values (La Poste prints 38
// characters per address line) and far below harm.
//
// Why one line: letters place the address line by line and e-mail headers
// cannot carry a line break (it would start a new header), so every field but
// the notes is one line.
class FieldLimits
{
    Q_DECLARE_TR_FUNCTIONS(FieldLimits)

public:
    // Lengths in characters (UTF-16 code units, as QString counts them).
    static constexpr qsizetype ref = 64;        // account ref, entry ref, matches
    static constexpr qsizetype name = 200;      // tenant, guarantor
    static constexpr qsizetype emailList = 500; // one address or several
    static constexpr qsizetype phone = 40;
    static constexpr qsizetype addressLine = 200; // address1, address2
    static constexpr qsizetype postalCode = 20;
    static constexpr qsizetype city = 100;
    static constexpr qsizetype country = 60; // a code; the import also sees names
    static constexpr qsizetype property = 200;
    static constexpr qsizetype label = 200; // a ledger entry's label
    static constexpr qsizetype programName = 100;
    static constexpr qsizetype notes = 4000; // the only text that may span lines
    static constexpr qsizetype word = 64;    // a date, an amount, a value word

    // The largest amount a person or a file may give (a rent, an entry, a
    // fee), in cents: 1 000 000 000,00 €. Far above any tenancy; an amount
    // that does not fit qint64 would wrap around and turn a debt into a
    // credit.
    static constexpr qint64 maxAmountCents = 100'000'000'000;
    // The largest sum of one account's debits, or of its credits, in cents:
    // 100 000 000 000,00 €. Keeps every balance, and the total of hundreds of
    // thousands of accounts, inside qint64.
    static constexpr qint64 maxAccountTotalCents = 10'000'000'000'000;

    enum class Problem
    {
        None,
        TooLong,
        LineBreak
    };

    // CR, LF, NEL (U+0085), LINE SEPARATOR (U+2028), PARAGRAPH SEPARATOR
    // (U+2029), vertical tab and form feed: whatever a renderer or a mail
    // program may take for the end of a line.
    static bool hasLineBreak(QStringView text);

    // What is wrong with `text` for a field of at most `maxLength` characters
    // that holds one line (unless `multiLine`).
    static Problem check(QStringView text, qsizetype maxLength, bool multiLine = false);

    // The problem as a clause for the import's "FILE:LINE: column: …" report.
    static QString describe(Problem problem, qsizetype maxLength);
};
