#include "OwnerValidator.h"

#include "util/EmailAddress.h"
#include "util/FieldLimits.h"

#include <QRegularExpression>

namespace {

void checkText(const QString& text, qsizetype maxLength, OwnerValidator::Field field,
               const QString& what, QList<OwnerValidator::Problem>& problems)
{
    // Trimmed as the form and the import store it.
    switch (FieldLimits::check(text.trimmed(), maxLength, false)) {
    case FieldLimits::Problem::None:
        break;
    case FieldLimits::Problem::TooLong:
        problems.append(
            {field,
             OwnerValidator::tr("%1: at most %n characters.", nullptr, int(maxLength)).arg(what)});
        break;
    case FieldLimits::Problem::LineBreak:
        problems.append({field, OwnerValidator::tr("%1: write it on one line (statements and "
                                                   "e-mails cannot carry a line break here).")
                                    .arg(what)});
        break;
    }
}

} // namespace

QList<OwnerValidator::Problem> OwnerValidator::check(const Owner& owner)
{
    QList<Problem> problems;
    if (owner.ref.trimmed().isEmpty())
        problems.append({Field::Ref, tr("Enter the owner's reference, e.g. PROP012.")});
    if (owner.name.trimmed().isEmpty())
        problems.append(
            {Field::Name, tr("Enter the owner's name as it should appear on statements.")});
    // One address: statements go to one mailbox.
    const QString email = owner.email.trimmed();
    if (!email.isEmpty() && !EmailAddress::isValid(email))
        problems.append({Field::Email, tr("This e-mail address is not valid: write it as "
                                          "name@example.fr.")});

    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    static const QRegularExpression frenchPostalCode(QStringLiteral("^[0-9]{5}$"));
    const QString code = owner.country.trimmed().toUpper();
    if (!code.isEmpty() && !countryCode.match(code).hasMatch())
        problems.append(
            {Field::Country, tr("Enter the owner's country as a two-letter code, e.g. FR.")});
    const QString postal = owner.postalCode.trimmed();
    const bool france = code.isEmpty() || code == QLatin1String("FR");
    if (france && !postal.isEmpty() && !frenchPostalCode.match(postal).hasMatch())
        problems.append(
            {Field::PostalCode, tr("A French postal code has five digits, e.g. 69003.")});
    // Statements go by post too: a street without a postal code and city
    // cannot be delivered.
    if (!owner.address1.trimmed().isEmpty()) {
        if (postal.isEmpty())
            problems.append(
                {Field::PostalCode, tr("Enter the postal code of the owner's address.")});
        if (owner.city.trimmed().isEmpty())
            problems.append({Field::City, tr("Enter the city of the owner's address.")});
    }

    using L = FieldLimits;
    checkText(owner.ref, L::ref, Field::Ref, tr("Owner's reference"), problems);
    checkText(owner.name, L::name, Field::Name, tr("Owner's name"), problems);
    checkText(owner.email, L::emailList, Field::Email, tr("Owner's e-mail"), problems);
    checkText(owner.address1, L::addressLine, Field::Address, tr("Owner's address"), problems);
    checkText(owner.address2, L::addressLine, Field::Address, tr("Owner's address (line 2)"),
              problems);
    checkText(owner.postalCode, L::postalCode, Field::PostalCode, tr("Owner's postal code"),
              problems);
    checkText(owner.city, L::city, Field::City, tr("Owner's city"), problems);
    checkText(owner.country, L::country, Field::Country, tr("Owner's country"), problems);
    return problems;
}

QString OwnerValidator::describe(const QList<Problem>& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines.append(p.message);
    return lines.join(u'\n');
}
