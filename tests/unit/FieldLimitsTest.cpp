// The account form (AccountValidator) and the CSV import hold texts to the same
// bounds (FieldLimits): what one refuses the other refuses too.
#include "TestSupport.h"

#include "import/AccountImporter.h"
#include "ledger/AccountValidator.h"
#include "util/FieldLimits.h"

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

struct TextField
{
    const char* column;
    qsizetype limit;
    QString Account::*member;
    AccountValidator::Field field;
};

Account validAccount()
{
    Account a;
    a.ref = QStringLiteral("LOC0001");
    a.name = QStringLiteral("M. Jean Dupont");
    return a;
}

// accounts.csv with the ref, the name and `column`; when `column` is ref or
// name, `value` replaces it.
QByteArray csvOf(const QString& column, const QString& value, const Account& a)
{
    QStringList header{QStringLiteral("ref"), QStringLiteral("name")};
    QStringList row{a.ref, a.name};
    const qsizetype at = header.indexOf(column);
    if (at >= 0) {
        row[at] = value;
    } else {
        header << column;
        row << value;
    }
    const QString text = header.join(u';') + u'\n' + row.join(u';') + u'\n';
    return text.toUtf8();
}

bool formRefuses(const Account& a, AccountValidator::Field field)
{
    for (const auto& p : AccountValidator().check(a))
        if (p.field == field)
            return true;
    return false;
}

} // namespace

TEST_CASE("The account form and the import agree on the length and lines of every text")
{
    const TextField fields[] = {
        {"ref", FieldLimits::ref, &Account::ref, AccountValidator::Field::Ref},
        {"name", FieldLimits::name, &Account::name, AccountValidator::Field::Name},
        {"phone", FieldLimits::phone, &Account::phone, AccountValidator::Field::Phone},
        {"address2", FieldLimits::addressLine, &Account::address2,
         AccountValidator::Field::Address},
        {"property", FieldLimits::property, &Account::property, AccountValidator::Field::Property},
    };
    QTemporaryDir tmp;
    auto db = createDatabase(tmp);
    const QString csv = tmp.filePath(QStringLiteral("accounts.csv"));
    for (const TextField& f : fields) {
        const QString column = QString::fromLatin1(f.column);
        for (const qsizetype length : {f.limit, f.limit + 1}) {
            Account a = validAccount();
            a.*f.member = QString(length, u'B');
            const bool tooLong = length > f.limit;
            INFO(f.column << " of " << length << " characters");
            CHECK(formRefuses(a, f.field) == tooLong);

            writeFile(csv, csvOf(column, a.*f.member, a));
            ImportOptions dryRun;
            dryRun.dryRun = true;
            const ImportReport r = AccountImporter::importFile(*db, csv, dryRun);
            CHECK(r.ok() == !tooLong);
            if (tooLong) {
                REQUIRE(r.errors.size() == 1);
                CHECK(r.errors.first() ==
                      ImportIssue{2, column,
                                  QStringLiteral("this value is longer than %1 characters; "
                                                 "shorten it")
                                      .arg(f.limit)});
            }
        }
        // A line break: refused by both, wherever it is typed or imported.
        for (const QString& lineBreak : {QStringLiteral("\n"), QStringLiteral("\r\n"),
                                         QString(QChar(0x2028)), QString(QChar(0x0085))}) {
            Account a = validAccount();
            a.*f.member = QStringLiteral("B") + lineBreak + QStringLiteral("C");
            CHECK(formRefuses(a, f.field));
            writeFile(csv, csvOf(column, QString(u'"' + a.*f.member + u'"'), a));
            const ImportReport r = AccountImporter::importFile(*db, csv);
            REQUIRE(r.errors.size() == 1);
            CHECK(r.errors.first().line == 2);
            CHECK(r.errors.first().column == column);
            CHECK(r.errors.first().message.contains(QStringLiteral("line break")));
        }
    }
}

TEST_CASE("Notes may span lines, within their bound")
{
    Account a = validAccount();
    a.notes = QStringLiteral("Remarque\nsur deux lignes");
    CHECK_FALSE(formRefuses(a, AccountValidator::Field::Notes));
    a.notes = QString(FieldLimits::notes + 1, u'n');
    CHECK(formRefuses(a, AccountValidator::Field::Notes));
}

TEST_CASE("A guarantor's texts are held to the same bounds")
{
    Account a = validAccount();
    Guarantor g;
    g.name = QStringLiteral("Mme Odile\nDupont");
    a.guarantors.append(g);
    CHECK(formRefuses(a, AccountValidator::Field::Guarantors));
    a.guarantors.first().name = QString(FieldLimits::name + 1, u'O');
    CHECK(formRefuses(a, AccountValidator::Field::Guarantors));
}
