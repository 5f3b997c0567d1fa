#include "AgencyValidator.h"

#include "ledger/AccountValidator.h"

#include <QRegularExpression>

QList<AgencyValidator::Problem> AgencyValidator::check(const AgencyIdentity& agency)
{
    QList<Problem> problems;
    if (agency.name.trimmed().isEmpty())
        problems.append({Field::Name, tr("Enter the agency's name as it should appear on "
                                         "letters.")});

    // The address goes through the accounts' rules: a stand-in account with
    // the agency's address, keeping only the address problems.
    Account standIn;
    standIn.ref = QStringLiteral("agency");
    standIn.name = QStringLiteral("agency");
    standIn.address1 = agency.address1;
    standIn.postalCode = agency.postalCode;
    standIn.city = agency.city;
    standIn.country = agency.country;
    for (const AccountValidator::Problem& p : AccountValidator().check(standIn)) {
        switch (p.field) {
        case AccountValidator::Field::PostalCode:
            problems.append({Field::PostalCode, p.message});
            break;
        case AccountValidator::Field::City:
            problems.append({Field::City, p.message});
            break;
        case AccountValidator::Field::Country:
            problems.append({Field::Country, p.message});
            break;
        default:
            break;
        }
    }

    const QString email = agency.email.trimmed();
    if (!email.isEmpty() && !AccountValidator::isValidEmail(email))
        problems.append({Field::Email, tr("This e-mail address is not valid: write one address "
                                          "as contact@agence.fr.")});

    static const QRegularExpression fourteenDigits(QStringLiteral("^[0-9]{14}$"));
    const QString siret = normalizedSiret(agency.siret);
    if (!siret.isEmpty() && !fourteenDigits.match(siret).hasMatch())
        problems.append({Field::Siret, tr("A SIRET has 14 digits (the 9 of the SIREN and 5 "
                                          "more), e.g. 123 456 789 00012.")});
    return problems;
}

QString AgencyValidator::normalizedSiret(const QString& siret)
{
    QString digits = siret;
    digits.remove(QRegularExpression(QStringLiteral("[\\s.]")));
    return digits;
}

QString AgencyValidator::formattedSiret(const QString& siret)
{
    static const QRegularExpression fourteenDigits(QStringLiteral("^[0-9]{14}$"));
    const QString digits = normalizedSiret(siret);
    if (!fourteenDigits.match(digits).hasMatch())
        return siret.simplified();
    return digits.left(3) + u' ' + digits.mid(3, 3) + u' ' + digits.mid(6, 3) + u' ' +
           digits.mid(9);
}
