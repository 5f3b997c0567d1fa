#pragma once

#include "ledger/Account.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

// What makes an account fit to be saved and written to: a ref and a name,
// e-mail addresses a server will accept, an address La Poste can deliver to,
// every text within FieldLimits (the same bounds the CSV import applies) and
// on one line but the notes. Each problem names the field, so the form can
// show it beside the field.
class AccountValidator
{
    Q_DECLARE_TR_FUNCTIONS(AccountValidator)

public:
    enum class Field
    {
        Ref,
        Name,
        Email,
        PostalCode,
        City,
        Country,
        MonthlyRent,
        ProgramName,
        Guarantors,
        Phone,
        Address, // address1 and address2
        Property,
        Notes,
        LeaseStart,
        RentExclCharges,
        HousingAid,
        GuaranteeRef,
    };
    struct Problem
    {
        Field field;
        QString message;
    };

    // otherRefs: the refs of every other account (a ref must be unique).
    explicit AccountValidator(QSet<QString> otherRefs = {})
        : m_otherRefs(std::move(otherRefs))
    {}

    QList<Problem> check(const Account& account) const;
    // The recovery path's data alone (the CSV import checks them with it).
    static QList<Problem> checkRecovery(const Account& account);

    // One address or several separated by ',' or ';', each local@domain.tld.
    static bool isValidEmailList(const QString& list);
    static bool isValidEmail(const QString& address);

private:
    // Adds a problem when `text` is longer than `maxLength` or holds a line
    // break (unless `multiLine`); `what` names it in the message.
    static void checkText(const QString& text, qsizetype maxLength, bool multiLine, Field field,
                          const QString& what, QList<Problem>& problems);
    void checkAddress(const QString& who, const QString& address1, const QString& postalCode,
                      const QString& city, const QString& country, Field postalField,
                      Field cityField, QList<Problem>& problems) const;

    QSet<QString> m_otherRefs;
};
