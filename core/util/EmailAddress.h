#pragma once

#include <QString>
#include <QStringList>

// The one rule for an e-mail address, shared by the account form, the CSV
// import, the agency's settings and the mail queue: what one of them
// accepts, the queue sends to. It lives in util (no mail library) so that
// ledger and import can use it without depending on the mail code.
namespace EmailAddress {

// A plain "local@domain.tld" address (no display name, no comments, at most
// 254 characters), the only form put in an envelope.
bool isValid(const QString& address);
// Splits "a@x.fr, b@y.fr; c@z.fr" into its addresses (trimmed, no empties).
QStringList splitList(const QString& list);
// True when every address of the list is valid (an empty list is).
bool isValidList(const QString& list);

} // namespace EmailAddress
