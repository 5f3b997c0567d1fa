// The daily digest of run-due (issue 13) against a real SMTP server on
// 127.0.0.1: the agency receives the deadlines late or due within 7 days and
// the payment plans that became late or broken (issue 14), once a day, only
// when there is any; a failed sending is tried again.
#include "MailScenario.h"
#include "SmtpFixture.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

// Housing aid 300 on a rent of 800 (net 500): arrears « constitué » on
// 2 April (1300 >= 1000), CAF report due 2 June. A guarantor for LOC0002:
// informed by 1 May (T = 1 April).
void importAgency(MailScenario& s, const QString& folder)
{
    const QString accounts = folder + QStringLiteral("/accounts.csv");
    const QString ledger = folder + QStringLiteral("/ledger.csv");
    QFile a(accounts);
    REQUIRE(a.open(QIODevice::WriteOnly));
    a.write("ref,name,address1,postal_code,city,monthly_rent,housing_aid,guarantor_name,"
            "guarantor_address1,guarantor_postal_code,guarantor_city\n"
            "LOC0101,M. Jean Dupont,3 rue de la R\xc3\xa9publique,69001,Lyon,800.00,300.00,,,,\n"
            "LOC0102,Mme Claire Roux,3 rue de la R\xc3\xa9publique,69001,Lyon,700.00,,"
            "M. Paul Garant,8 quai Perrache,69002,Lyon\n");
    a.close();
    QFile l(ledger);
    REQUIRE(l.open(QIODevice::WriteOnly));
    l.write("account_ref,entry_ref,date,due_date,label,debit,credit,kind\n"
            "LOC0101,AE-03,2026-03-01,2026-03-01,Loyer mars,800.00,,rent\n"
            "LOC0101,AL-03,2026-03-05,,Aide,,300.00,payment\n"
            "LOC0101,AE-04,2026-04-01,2026-04-01,Loyer avril,800.00,,rent\n"
            "LOC0102,AE-04,2026-04-01,2026-04-01,Loyer avril,700.00,,rent\n");
    l.close();
    for (const auto& [kind, file] : {std::pair{QStringLiteral("accounts"), accounts},
                                     std::pair{QStringLiteral("ledger"), ledger}}) {
        const CliResult r = runCli(s.cli({QStringLiteral("import"), kind, file}), {}, s.env());
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
}

// No housing aid, no guarantor, no guarantee: no deadline, only plans.
// January and February unpaid (1200); plans on 10 February in 4 instalments
// of 300 from 10 March. LOC0201 pays only its rent: late from 11 March,
// broken on 26 March (15 grace days). LOC0202 pays rent and instalment.
void importPlans(MailScenario& s, const QString& folder)
{
    const QString accounts = folder + QStringLiteral("/accounts.csv");
    const QString ledger = folder + QStringLiteral("/ledger.csv");
    QFile a(accounts);
    REQUIRE(a.open(QIODevice::WriteOnly));
    a.write("ref,name,address1,postal_code,city,monthly_rent\n"
            "LOC0201,M. Henri Rompu,3 rue de la R\xc3\xa9publique,69001,Lyon,600.00\n"
            "LOC0202,Mme Alice Tenue,3 rue de la R\xc3\xa9publique,69001,Lyon,600.00\n");
    a.close();
    QFile l(ledger);
    REQUIRE(l.open(QIODevice::WriteOnly));
    QByteArray rows = "account_ref,entry_ref,date,due_date,label,debit,credit,kind\n";
    for (const char* ref : {"LOC0201", "LOC0202"})
        for (int month = 1; month <= 3; ++month)
            rows += QByteArray(ref) + ",AE-0" + QByteArray::number(month) + ",2026-0" +
                    QByteArray::number(month) + "-01,2026-0" + QByteArray::number(month) +
                    "-01,Loyer,600.00,,rent\n";
    rows += "LOC0201,VIR-03,2026-03-05,,Virement,,600.00,payment\n"
            "LOC0202,VIR-03,2026-03-05,,Virement,,900.00,payment\n";
    l.write(rows);
    l.close();
    for (const auto& [kind, file] : {std::pair{QStringLiteral("accounts"), accounts},
                                     std::pair{QStringLiteral("ledger"), ledger}}) {
        const CliResult r = runCli(s.cli({QStringLiteral("import"), kind, file}), {}, s.env());
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    for (const QString& ref : {QStringLiteral("LOC0201"), QStringLiteral("LOC0202")}) {
        const CliResult r = runCli(s.cli({QStringLiteral("payment-plan"), QStringLiteral("create"),
                                          ref, QStringLiteral("--instalments"), QStringLiteral("4"),
                                          QStringLiteral("--first"), QStringLiteral("2026-03-10"),
                                          QStringLiteral("--as-of"), QStringLiteral("2026-02-10")}),
                                   {}, s.env());
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
}

CliResult runDue(const MailScenario& s, const QString& day)
{
    return runCli(s.cli({QStringLiteral("run-due"), QStringLiteral("--today"), day,
                         QStringLiteral("--lang"), QStringLiteral("en")}),
                  {}, s.env());
}

QStringList rcpts(const QJsonObject& message)
{
    QStringList out;
    for (const QJsonValue& v : message.value(QStringLiteral("rcpt_tos")).toArray())
        out << v.toString();
    return out;
}

} // namespace

TEST_CASE("run-due e-mails the agency its late and coming deadlines, once a day")
{
    SmtpFixture server({QStringLiteral("--security"), QStringLiteral("plain")});
    REQUIRE(server.ready());
    MailScenario s;
    REQUIRE(s.db().exec(QStringLiteral("UPDATE agency SET email = ? WHERE id = 1"),
                        {QStringLiteral("gestion@agence-etoile.fr")}));
    REQUIRE(s.smtpSet(server, QStringLiteral("none")) == 0);
    QTemporaryDir files;
    importAgency(s, files.path());

    SECTION("nothing late nor due within 7 days: no digest")
    {
        // 2 April: the CAF report is due 2 June, the guarantor's information 1 May.
        const CliResult r = runDue(s, QStringLiteral("2026-04-02"));
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(server.messages().isEmpty());
    }

    SECTION("late and coming deadlines go to the agency's address, once that day")
    {
        // 26 May: the guarantor's information is late (1 May), the CAF
        // report is due within 7 days (2 June).
        const CliResult first = runDue(s, QStringLiteral("2026-05-26"));
        INFO(first.err.toStdString());
        CHECK(first.exitCode == 0);
        CHECK(first.err.contains(QStringLiteral("Digest of the recovery deadlines sent")));
        REQUIRE(server.waitForMessages(1));
        const QJsonObject m = server.messages().first();
        CHECK(rcpts(m) == QStringList{QStringLiteral("gestion@agence-etoile.fr")});
        CHECK(m.value(QStringLiteral("subject")).toString() ==
              QStringLiteral("Relance: 1 deadline late, 1 within 7 days"));
        const QString body = m.value(QStringLiteral("body")).toString();
        INFO(body.toStdString());
        const qsizetype late = body.indexOf(QStringLiteral("LATE"));
        const qsizetype soon = body.indexOf(QStringLiteral("WITHIN 7 DAYS"));
        const qsizetype guarantor = body.indexOf(QStringLiteral("LOC0102"));
        const qsizetype caf = body.indexOf(QStringLiteral("LOC0101"));
        CHECK(late >= 0);
        CHECK(late < guarantor);
        CHECK(guarantor < soon);
        CHECK(soon < caf);
        CHECK(body.contains(QStringLiteral("Inform the guarantor (C. civ. 2303)")));
        CHECK(body.contains(QStringLiteral("Report arrears to the CAF (CCH R.824-4)")));

        // The same day again: nothing more.
        const CliResult again = runDue(s, QStringLiteral("2026-05-26"));
        CHECK(again.exitCode == 0);
        CHECK(again.err.contains(QStringLiteral("went already today")));
        // The next day: the next digest.
        CHECK(runDue(s, QStringLiteral("2026-05-27")).exitCode == 0);
        REQUIRE(server.waitForMessages(2));
        CHECK(server.messages().size() == 2);
    }

    SECTION("a digest that could not be sent is tried again by the next run-due")
    {
        server.stop();
        const CliResult failed = runDue(s, QStringLiteral("2026-05-26"));
        INFO(failed.err.toStdString());
        CHECK(failed.exitCode == 3);
        CHECK(failed.err.contains(QStringLiteral("was not sent")));
        SmtpFixture second({QStringLiteral("--security"), QStringLiteral("plain")});
        REQUIRE(second.ready());
        REQUIRE(s.smtpSet(second, QStringLiteral("none")) == 0);
        const CliResult retried = runDue(s, QStringLiteral("2026-05-26"));
        INFO(retried.err.toStdString());
        CHECK(retried.exitCode == 0);
        REQUIRE(second.waitForMessages(1));
    }
}

TEST_CASE("Without an agency address, run-due says the digest could not go, and succeeds")
{
    MailScenario s;
    QTemporaryDir files;
    importAgency(s, files.path());
    REQUIRE(s.db().exec(QStringLiteral("UPDATE agency SET email = '' WHERE id = 1")));
    const CliResult r = runDue(s, QStringLiteral("2026-05-26"));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("2 recovery deadlines late or due within 7 days; no "
                                        "digest was e-mailed: the agency has no e-mail address")));
}

TEST_CASE("run-due e-mails the agency the payment plans that became late or broken")
{
    SmtpFixture server({QStringLiteral("--security"), QStringLiteral("plain")});
    REQUIRE(server.ready());
    MailScenario s;
    REQUIRE(s.db().exec(QStringLiteral("UPDATE agency SET email = ? WHERE id = 1"),
                        {QStringLiteral("gestion@agence-etoile.fr")}));
    REQUIRE(s.smtpSet(server, QStringLiteral("none")) == 0);
    QTemporaryDir files;
    importPlans(s, files.path());

    // 27 March: no deadline at all, but LOC0201's plan broke yesterday.
    const CliResult first = runDue(s, QStringLiteral("2026-03-27"));
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    // (The plural of a new sentence comes with the translations: "plan(s)" until then.)
    CHECK(first.err.contains(QRegularExpression(
        QStringLiteral("Digest .* sent to the agency: 1 payment plan(\\(s\\))? became late or "
                       "broken\\."))));
    REQUIRE(server.waitForMessages(1));
    const QJsonObject m = server.messages().first();
    CHECK(rcpts(m) == QStringList{QStringLiteral("gestion@agence-etoile.fr")});
    CHECK(m.value(QStringLiteral("subject"))
              .toString()
              .contains(QRegularExpression(
                  QStringLiteral("^Relance: 1 payment plan(\\(s\\))? late or broken$"))));
    const QString body = m.value(QStringLiteral("body")).toString();
    INFO(body.toStdString());
    CHECK(body.contains(QStringLiteral("PAYMENT PLANS LATE OR BROKEN")));
    // Broken on 26 March (the English interface is British: 26/03/2026),
    // 300.00 behind: 1200 overdue against the 900 the plan allows.
    CHECK(body.contains(
        QStringLiteral("- LOC0201  M. Henri Rompu: payment plan broken on 26/03/2026, ")));
    CHECK(body.contains(QStringLiteral("300.00")));
    // The respected plan is not news.
    CHECK_FALSE(body.contains(QStringLiteral("LOC0202")));

    // The same day again: nothing more.
    const CliResult again = runDue(s, QStringLiteral("2026-03-27"));
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    // The next day: the broken plan was told already, nothing else happened.
    const CliResult next = runDue(s, QStringLiteral("2026-03-28"));
    INFO(next.err.toStdString());
    CHECK(next.exitCode == 0);
    CHECK_FALSE(next.err.contains(QStringLiteral("Digest")));
    CHECK(server.messages().size() == 1);
}
