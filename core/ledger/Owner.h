#pragma once

#include <QString>

// A landlord (« propriétaire », « mandant »): the owner the agency manages
// leases for, identified by its ref. Accounts name it by ref
// (Account::ownerRef); its details are kept once, in the owners table.
struct Owner
{
    qint64 id = 0;
    QString ref;
    QString name;
    QString email;
    QString address1;
    QString address2;
    QString postalCode;
    QString city;
    QString country = QStringLiteral("FR");

    // The details alone, ids aside: what an import or a form compares.
    bool sameDetails(const Owner& other) const
    {
        return ref == other.ref && name == other.name && email == other.email &&
               address1 == other.address1 && address2 == other.address2 &&
               postalCode == other.postalCode && city == other.city && country == other.country;
    }
    bool operator==(const Owner&) const = default;
};
