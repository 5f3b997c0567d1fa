#pragma once

#include "Account.h"

#include <QString>
#include <QStringList>

// The recipient's address block as La Poste reads it (NF Z 10-011), built in
// one place for the letters, their preview, the envelope window and the
// address recorded with each letter:
// - at most 6 lines of at most 38 characters, left-aligned;
// - name; complement inside the building (« Appt 3C », « 2e étage », « chez »);
//   complement outside (« Bâtiment B », « Résidence … »); number and street;
//   delivery service or place (« BP 12 », « Lieu-dit … »); « 69003 LYON »;
//   the country only when it is not France;
// - the city line in capitals, without accents or punctuation.
// A line that is too long is first abbreviated with La Poste's usual
// abbreviations (Av, Bd, Bât, Rés, Gal, St…), then wrapped onto a spare line;
// it is cut only when all six lines are taken.
namespace PostalAddress {

constexpr int maxLines = 6;
constexpr int maxLineLength = 38;

QStringList block(const QString& name, const QString& address1, const QString& address2,
                  const QString& postalCode, const QString& city, const QString& country);
QStringList block(const Account& account);
QStringList block(const Guarantor& guarantor);

} // namespace PostalAddress
