#pragma once

#include "Account.h"

#include <QString>
#include <QStringList>

// When a postal address or an e-mail can be used (reminder-rules.md).
namespace Destination {
// address1, postal code and city are all non-empty.
bool usableAddress(const QString& address1, const QString& postalCode, const QString& city);
bool usableAddress(const Account& a);
bool usableAddress(const Guarantor& g);
// One syntactically valid address.
bool validEmail(const QString& address);
// The valid addresses of a field that may hold several separated by ','.
QStringList usableEmails(const QString& field);
bool hasUsableEmail(const QString& field);
} // namespace Destination
