#include "Destination.h"

#include <QRegularExpression>

namespace Destination {

bool usableAddress(const QString& address1, const QString& postalCode, const QString& city)
{
    return !address1.trimmed().isEmpty() && !postalCode.trimmed().isEmpty() &&
           !city.trimmed().isEmpty();
}

bool usableAddress(const Account& a)
{
    return usableAddress(a.address1, a.postalCode, a.city);
}

bool usableAddress(const Guarantor& g)
{
    return usableAddress(g.address1, g.postalCode, g.city);
}

bool validEmail(const QString& address)
{
    // A pragmatic check of RFC 5322's addr-spec: one @, a local part without
    // spaces, a domain of dot-separated labels. Servers decide the rest.
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    const QString a = address.trimmed();
    if (a.isEmpty() || a.startsWith(u'.') || a.contains(QLatin1String("..")) ||
        a.section(u'@', 0, 0).endsWith(u'.'))
        return false;
    return re.match(a).hasMatch();
}

QStringList usableEmails(const QString& field)
{
    QStringList result;
    const QStringList parts = field.split(u',', Qt::SkipEmptyParts);
    for (const QString& part : parts)
        if (validEmail(part))
            result.append(part.trimmed());
    return result;
}

bool hasUsableEmail(const QString& field)
{
    return !usableEmails(field).isEmpty();
}

} // namespace Destination
