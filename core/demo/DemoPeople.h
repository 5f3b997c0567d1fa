#pragma once

#include "DemoCatalog.h"
#include "DemoRandom.h"

#include <QString>

// The people and places the demo agency is made of (tenants, guarantors,
// landlords): drawn from DemoCatalog with the demo's own generator, so the
// same stream gives the same person everywhere.
namespace DemoPeople {

QString utf8(const char* s);

template <typename Getter> QString pickFrom(DemoRandom& r, Getter getter)
{
    std::size_t n = 0;
    const char* const* items = getter(&n);
    return utf8(items[r.below(int(n))]);
}

// A city drawn by its number of rented homes.
const DemoCatalog::City& pickCity(DemoRandom& r);
QString pickPostcode(DemoRandom& r, const DemoCatalog::City& city);
// "jean-pierre.le-gall" from "Jean-Pierre" and "Le Gall": what people type
// in an e-mail address (no accents, no spaces).
QString mailPart(const QString& text);
QString phoneNumber(DemoRandom& r, const char* prefix);

struct Street
{
    QString line;     // "12 rue des Lilas"
    QString postcode; // "69003"
    QString city;     // "Lyon"
    const DemoCatalog::City* catalogCity = nullptr;
};
Street pickStreet(DemoRandom& r, const DemoCatalog::City& city);

struct Person
{
    QString civility; // "M.", "Mme", "M. et Mme"
    QString first;
    QString last;
    QString display() const { return civility + u' ' + first + u' ' + last; }
};
Person pickPerson(DemoRandom& r, bool allowCouple);
QString pickEmail(DemoRandom& r, const QString& first, const QString& last);

} // namespace DemoPeople
