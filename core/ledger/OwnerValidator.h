#pragma once

#include "ledger/Owner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What makes an owner fit to be saved: a ref and a name, an e-mail address
// a server will accept (when given), a postal address La Poste can deliver
// to, and every text within FieldLimits on one line. The account form and
// the CSV import apply the same rules; each problem names its field.
class OwnerValidator
{
    Q_DECLARE_TR_FUNCTIONS(OwnerValidator)

public:
    enum class Field
    {
        Ref,
        Name,
        Email,
        Address, // address1 and address2
        PostalCode,
        City,
        Country,
    };
    struct Problem
    {
        Field field;
        QString message;
    };

    static QList<Problem> check(const Owner& owner);
    // The problems as one sentence per line (for a face with no fields).
    static QString describe(const QList<Problem>& problems);
};
