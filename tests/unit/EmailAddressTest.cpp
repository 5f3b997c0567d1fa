#include "util/EmailAddress.h"
#include "ledger/AccountValidator.h"
#include "mail/MailAddress.h"

#include <catch2/catch.hpp>

// The account form, the CSV import and the mail queue used to have three
// rules: an address one accepted could be refused by the queue, too late to
// tell anyone. These addresses were accepted by the import and refused by
// the queue; now every path refuses them.
TEST_CASE("An address the mail queue refuses is refused by the account form and the import")
{
    const QStringList refused = {QStringLiteral("jean..dupont@example.fr"),
                                 QStringLiteral("claire@exemple_immo.fr"),
                                 QStringLiteral("paul@-example.fr"),
                                 QStringLiteral(".jean@example.fr"),
                                 QStringLiteral("jean@example"),
                                 QStringLiteral("jean dupont@example.fr")};
    for (const QString& a : refused) {
        INFO(a.toStdString());
        CHECK_FALSE(MailAddress::isValid(a));
        CHECK_FALSE(AccountValidator::isValidEmail(a));
        CHECK_FALSE(EmailAddress::isValidList(a));
    }
    const QString ok = QStringLiteral("jean.dupont@example.fr");
    CHECK(MailAddress::isValid(ok));
    CHECK(AccountValidator::isValidEmail(ok));
    // Lists: the queue sends to each address separated by ',' or ';'.
    CHECK(EmailAddress::isValidList(QStringLiteral("a@example.fr; b@example.fr, c@example.fr")));
    CHECK(MailAddress::splitList(QStringLiteral("a@example.fr; b@example.fr")).size() == 2);
    CHECK_FALSE(AccountValidator::isValidEmailList(QStringLiteral("a@example.fr, b@@example.fr")));
    // An address longer than an envelope holds (254 characters).
    const QString tooLong = QString(250, u'a') + QStringLiteral("@x.fr");
    CHECK_FALSE(AccountValidator::isValidEmail(tooLong));
}
