#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// E-mail addresses and header values. Tenants' names and addresses come from
// imported files: nothing of theirs reaches a header before passing here.
class MailAddress
{
public:
    // EmailAddress's rule (the one every write path uses): a plain
    // "local@domain.tld" address, the only form we put in an envelope.
    static bool isValid(const QString& address);
    // Splits "a@x.fr, b@y.fr; c@z.fr" into its addresses (trimmed, no empties).
    static QStringList splitList(const QString& list);
    // CR, LF, NEL, U+2028/2029 or any other control character (C0 or C1): the
    // start of a header injection.
    static bool hasLineBreakOrControl(const QString& value);

    // A header value for one mailbox: `Name <addr>` with the name quoted when
    // it holds specials, or RFC 2047-encoded (UTF-8, base64) when it is not
    // ASCII. The caller has checked name and address.
    static QByteArray mailbox(const QString& name, const QString& address);
    // Unstructured text (Subject): as is when printable ASCII, else encoded
    // words folded onto continuation lines.
    static QByteArray encodeText(const QString& text);
    // An ASCII file name safe in a Content-Disposition header.
    static QString asciiFileName(const QString& name);
    // The domain of an address (after the '@'), for Message-IDs.
    static QString domainOf(const QString& address);
};
