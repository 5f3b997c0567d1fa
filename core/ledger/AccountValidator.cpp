#include "AccountValidator.h"

#include "util/EmailAddress.h"
#include "util/FieldLimits.h"

#include <QRegularExpression>

QList<AccountValidator::Problem> AccountValidator::check(const Account& account) const
{
    QList<Problem> problems;
    const QString ref = account.ref.trimmed();
    if (ref.isEmpty())
        problems.append({Field::Ref, tr("Enter the account's reference, e.g. LOC0042.")});
    else if (m_otherRefs.contains(ref))
        problems.append({Field::Ref, tr("Another account already has the reference %1: "
                                        "choose another one.")
                                         .arg(ref)});
    if (account.name.trimmed().isEmpty())
        problems.append(
            {Field::Name, tr("Enter the tenant's name as it should appear on letters.")});
    if (!isValidEmailList(account.email))
        problems.append({Field::Email, tr("This e-mail address is not valid: write it as "
                                          "name@example.fr (several addresses separated by "
                                          "commas).")});
    if (account.monthlyRent.isNegative())
        problems.append({Field::MonthlyRent, tr("The monthly rent cannot be negative.")});
    if (account.programMode == ProgramMode::Custom && account.programName.trimmed().isEmpty())
        problems.append({Field::ProgramName, tr("Enter the name of the custom program.")});
    if (const Money max = Money::fromCents(FieldLimits::maxAmountCents); account.monthlyRent > max)
        problems.append(
            {Field::MonthlyRent, tr("The monthly rent is at most %1.").arg(max.toLocaleString())});
    checkAddress({}, account.address1, account.postalCode, account.city, account.country,
                 Field::PostalCode, Field::City, problems);

    using L = FieldLimits;
    checkText(account.ref, L::ref, false, Field::Ref, tr("Reference"), problems);
    checkText(account.name, L::name, false, Field::Name, tr("Name"), problems);
    checkText(account.email, L::emailList, false, Field::Email, tr("E-mail"), problems);
    checkText(account.phone, L::phone, false, Field::Phone, tr("Phone"), problems);
    checkText(account.address1, L::addressLine, false, Field::Address, tr("Address"), problems);
    checkText(account.address2, L::addressLine, false, Field::Address, tr("Address (line 2)"),
              problems);
    checkText(account.postalCode, L::postalCode, false, Field::PostalCode, tr("Postal code"),
              problems);
    checkText(account.city, L::city, false, Field::City, tr("City"), problems);
    checkText(account.country, L::country, false, Field::Country, tr("Country"), problems);
    checkText(account.property, L::property, false, Field::Property, tr("Property"), problems);
    if (account.programMode == ProgramMode::Custom)
        checkText(account.programName, L::programName, false, Field::ProgramName, tr("Program"),
                  problems);
    checkText(account.notes, L::notes, true, Field::Notes, tr("Notes"), problems);
    problems << checkRecovery(account);

    for (int i = 0; i < account.guarantors.size(); ++i) {
        const Guarantor& g = account.guarantors.at(i);
        const QString who = tr("Guarantor %1: ").arg(i + 1);
        if (g.name.trimmed().isEmpty())
            problems.append({Field::Guarantors, who + tr("enter a name.")});
        if (!isValidEmailList(g.email))
            problems.append({Field::Guarantors, who + tr("the e-mail address is not valid.")});
        checkAddress(who, g.address1, g.postalCode, g.city, g.country, Field::Guarantors,
                     Field::Guarantors, problems);
        const auto text = [&](const QString& value, qsizetype maxLength, const QString& what) {
            checkText(value, maxLength, false, Field::Guarantors, who + what, problems);
        };
        text(g.name, L::name, tr("name"));
        text(g.email, L::emailList, tr("e-mail"));
        text(g.address1, L::addressLine, tr("address"));
        text(g.address2, L::addressLine, tr("address (line 2)"));
        text(g.postalCode, L::postalCode, tr("postal code"));
        text(g.city, L::city, tr("city"));
        text(g.country, L::country, tr("country"));
    }
    return problems;
}

void AccountValidator::checkText(const QString& text, qsizetype maxLength, bool multiLine,
                                 Field field, const QString& what, QList<Problem>& problems)
{
    // Trimmed as the form and the import store it.
    switch (FieldLimits::check(text.trimmed(), maxLength, multiLine)) {
    case FieldLimits::Problem::None:
        break;
    case FieldLimits::Problem::TooLong:
        problems.append(
            {field, tr("%1: at most %n characters.", nullptr, int(maxLength)).arg(what)});
        break;
    case FieldLimits::Problem::LineBreak:
        problems.append({field, tr("%1: write it on one line (letters and e-mails cannot carry "
                                   "a line break here).")
                                    .arg(what)});
        break;
    }
}

void AccountValidator::checkAddress(const QString& who, const QString& address1,
                                    const QString& postalCode, const QString& city,
                                    const QString& country, Field postalField, Field cityField,
                                    QList<Problem>& problems) const
{
    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    static const QRegularExpression frenchPostalCode(QStringLiteral("^[0-9]{5}$"));
    const QString code = country.trimmed().toUpper();
    const bool france = code.isEmpty() || code == QLatin1String("FR");
    if (!code.isEmpty() && !countryCode.match(code).hasMatch())
        problems.append({postalField == Field::PostalCode ? Field::Country : postalField,
                         who + tr("Enter the country as a two-letter code, e.g. FR or BE.")});
    const QString postal = postalCode.trimmed();
    if (france && !postal.isEmpty() && !frenchPostalCode.match(postal).hasMatch())
        problems.append(
            {postalField, who + tr("A French postal code has five digits, e.g. 69003.")});
    // Letters go by post: a street without a postal code and city cannot be
    // delivered.
    if (!address1.trimmed().isEmpty()) {
        if (postal.isEmpty())
            problems.append({postalField, who + tr("Enter the postal code of this address.")});
        if (city.trimmed().isEmpty())
            problems.append({cityField, who + tr("Enter the city of this address.")});
    }
}

bool AccountValidator::isValidEmailList(const QString& list)
{
    return EmailAddress::isValidList(list);
}

bool AccountValidator::isValidEmail(const QString& address)
{
    return EmailAddress::isValid(address);
}

QList<AccountValidator::Problem> AccountValidator::checkRecovery(const Account& account)
{
    QList<Problem> problems;
    const Money max = Money::fromCents(FieldLimits::maxAmountCents);
    if (account.rentExclCharges) {
        const Money rent = *account.rentExclCharges;
        if (rent.isNegative() || rent > max)
            problems.append(
                {Field::RentExclCharges, tr("The rent without charges is an amount from 0 to %1.")
                                             .arg(max.toLocaleString())});
        else if (account.monthlyRent.isPositive() && rent > account.monthlyRent)
            problems.append(
                {Field::RentExclCharges,
                 tr("The rent without charges (%1) cannot be more than the rent with "
                    "charges (%2).")
                     .arg(rent.toLocaleString(), account.monthlyRent.toLocaleString())});
    }
    // More aid than rent is possible (the net amount is then 0).
    if (account.housingAid.isNegative() || account.housingAid > max)
        problems.append(
            {Field::HousingAid,
             tr("The housing aid is an amount from 0 to %1.").arg(max.toLocaleString())});
    checkText(account.guaranteeRef, FieldLimits::ref, false, Field::GuaranteeRef,
              tr("Visa or policy number"), problems);
    return problems;
}
