#include "EmailAddress.h"

#include <QRegularExpression>

#include <algorithm>

bool EmailAddress::isValid(const QString& address)
{
    // Deliberately stricter than RFC 5322: what agencies' tenants really use,
    // and nothing that could change the meaning of a header or SMTP command.
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,"
                       "61}[A-Za-z0-9])?)+$"));
    return address.size() <= 254 && re.match(address).hasMatch();
}

QStringList EmailAddress::splitList(const QString& list)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QStringList out;
    for (const QString& part : list.split(separators, Qt::SkipEmptyParts)) {
        const QString a = part.trimmed();
        if (!a.isEmpty())
            out << a;
    }
    return out;
}

bool EmailAddress::isValidList(const QString& list)
{
    const QStringList addresses = splitList(list);
    return std::all_of(addresses.begin(), addresses.end(), isValid);
}
