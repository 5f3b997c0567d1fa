// Misbehaving mail servers and bad input around `send` (issue 10): what the
// server received, counted exactly, and what the outbox says afterwards.
#include "MailScenario.h"
#include "SmtpFixture.h"
#include "TestSupport.h"
#include "mail/Outbox.h"
#include "mail/SmtpAbort.h"
#include "mail/SmtpSettings.h"
#include "storage/ThreadConnectionRelease.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>

#include <thread>

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

const QString user = QStringLiteral("agence");

QStringList fault(const QString& mode)
{
    return {
        QStringLiteral("--fault"), mode, QStringLiteral("--security"), QStringLiteral("starttls"),
        QStringLiteral("--user"),  user, QStringLiteral("--password"), QStringLiteral("s3cret")};
}

QList<MailScenario::Tenant> tenants(int count)
{
    QList<MailScenario::Tenant> list;
    for (int i = 1; i <= count; ++i)
        list << MailScenario::Tenant{QStringLiteral("LOC%1").arg(i, 4, 10, QLatin1Char('0')),
                                     QStringLiteral("Locataire %1").arg(i),
                                     QStringLiteral("loc%1@example.fr").arg(i),
                                     {}};
    return list;
}

QString address(int i)
{
    return QStringLiteral("loc%1@example.fr").arg(i);
}

QStringList rcpts(const QJsonObject& message)
{
    QStringList out;
    for (const QJsonValue& v : message.value(QStringLiteral("rcpt_tos")).toArray())
        out << v.toString();
    return out;
}

int smtpSet(MailScenario& s, const SmtpFixture& server, const QStringList& extra = {})
{
    return s.smtpSet(
        server, QStringLiteral("starttls"),
        QStringList{QStringLiteral("--user"), user, QStringLiteral("--ca-file"), server.caFile()}
            << extra);
}

CliResult send(const MailScenario& s, QStringList extra = {})
{
    return runCli(s.cli(QStringList{QStringLiteral("send")} << extra), {}, s.env());
}

QString outboxValue(MailScenario& s, const QString& column, const QString& to)
{
    auto q = s.db().exec(QStringLiteral("SELECT ") + column +
                             QStringLiteral(" FROM outbox WHERE to_address = ?"),
                         {to});
    REQUIRE(q);
    return q->next() ? q->value(0).toString() : QString();
}

} // namespace

TEST_CASE("A server that takes the message and never answers: each goes once, is uncertain, and "
          "is not sent again")
{
    SmtpFixture server(fault(QStringLiteral("silent-after-data")));
    REQUIRE(server.ready());
    MailScenario s;
    const qint64 runId = s.addRun(tenants(2));
    REQUIRE(smtpSet(s, server, {QStringLiteral("--timeout"), QStringLiteral("1")}) == 0);

    const CliResult r = send(s);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    // Exactly one transmission per message: the data went whole, so the
    // server may have it, and nothing sends it a second time.
    const auto received = server.messages();
    REQUIRE(received.size() == 2);
    CHECK(rcpts(received.at(0)).first() == address(1));
    CHECK(rcpts(received.at(1)).first() == address(2));
    CHECK(s.states().value(address(1)) == QStringLiteral("uncertain"));
    CHECK(s.states().value(address(2)) == QStringLiteral("uncertain"));
    CHECK(outboxValue(s, QStringLiteral("last_error"), address(1))
              .contains(QStringLiteral("may or may not have arrived")));
    CHECK(r.err.contains(QStringLiteral("LOC0001 <loc1@example.fr>")));
    CHECK(r.err.contains(QStringLiteral("--mark-sent")));
    // The letter did not go back to paper: it may have been delivered.
    CHECK(s.letterState(QStringLiteral("LOC0001")) == QStringLiteral("generated"));

    // The next send (even much later) does not send them again.
    const CliResult again = send(s, {QStringLiteral("--run"), QString::number(runId)});
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(server.messages().size() == 2);
    CHECK(s.states().value(address(1)) == QStringLiteral("uncertain"));
}

TEST_CASE("Three time-outs in a row stop the batch: the server is not answering, the rest stays "
          "queued")
{
    SmtpFixture server(fault(QStringLiteral("silent-after-data")));
    REQUIRE(server.ready());
    MailScenario s;
    s.addRun(tenants(6));
    REQUIRE(smtpSet(s, server, {QStringLiteral("--timeout"), QStringLiteral("1")}) == 0);

    const CliResult r = send(s);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("is not answering")));
    CHECK(server.messages().size() == 3);
    const auto states = s.states();
    for (int i : {1, 2, 3})
        CHECK(states.value(address(i)) == QStringLiteral("uncertain"));
    for (int i : {4, 5, 6}) {
        CHECK(states.value(address(i)) == QStringLiteral("queued"));
        CHECK(outboxValue(s, QStringLiteral("attempts"), address(i)) == QStringLiteral("0"));
        // Each one is listed: who, and that it waits.
        CHECK(r.err.contains(QStringLiteral("LOC%1 <%2>: stays in the queue")
                                 .arg(i, 4, 10, QLatin1Char('0'))
                                 .arg(address(i))));
    }
}

TEST_CASE("The connection cut after the whole message: uncertain and reported as a cut, not as a "
          "rejection")
{
    SmtpFixture server(fault(QStringLiteral("cut-after-data")));
    REQUIRE(server.ready());
    MailScenario s;
    s.addRun(tenants(2));
    REQUIRE(smtpSet(s, server) == 0);

    const CliResult r = send(s);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(server.messages().size() == 2); // once each, no new session to send it again
    CHECK(s.states().value(address(1)) == QStringLiteral("uncertain"));
    CHECK(s.states().value(address(2)) == QStringLiteral("uncertain"));
    CHECK(r.err.contains(QStringLiteral("connection was cut after the whole message was sent")));
    CHECK_FALSE(r.err.contains(QStringLiteral("rejected")));
    CHECK(send(s).exitCode == 0);
    CHECK(server.messages().size() == 2);
}

TEST_CASE("The connection cut before the final dot: reported as a cut, kept for a later try, the "
          "letter stays off paper")
{
    SmtpFixture server(fault(QStringLiteral("cut-data")));
    REQUIRE(server.ready());
    MailScenario s;
    // Larger than every socket buffer on the way, so the cut always comes
    // while the message is still being written.
    s.pdfBytes = 8 * 1024 * 1024;
    s.addRun(tenants(1));
    REQUIRE(smtpSet(s, server) == 0);

    const CliResult r = send(s);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(server.messages().isEmpty());
    CHECK(r.err.contains(QStringLiteral("LOC0001 <loc1@example.fr>: The connection was cut while "
                                        "sending the message")));
    CHECK_FALSE(r.err.contains(QStringLiteral("rejected")));
    CHECK(s.states().value(address(1)) == QStringLiteral("failed"));
    CHECK(outboxValue(s, QStringLiteral("permanent_failure"), address(1)) == QStringLiteral("0"));
    CHECK(s.letterState(QStringLiteral("LOC0001")) == QStringLiteral("generated"));
}

TEST_CASE("A letter's PDF missing at send time: a temporary failure naming the file; restored, it "
          "goes")
{
    SmtpFixture server(fault(QStringLiteral("none")));
    REQUIRE(server.ready());
    MailScenario s;
    s.addRun(tenants(2));
    REQUIRE(smtpSet(s, server) == 0);
    const QString pdf = s.pdfPath(QStringLiteral("LOC0001/tenant"));
    REQUIRE(QFile::rename(pdf, pdf + QStringLiteral(".away")));

    const CliResult r = send(s);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("LOC0001 <loc1@example.fr>: its letter “%1”").arg(pdf)));
    CHECK(r.err.contains(QStringLiteral("hint: “relance-cli run --resume” produces the letters")));
    // What the outbox keeps (and the desktop shows) names no command line.
    const QStringList stored = r.err.split(u'\n').filter(QStringLiteral("its letter “"));
    REQUIRE(stored.size() == 1);
    CHECK_FALSE(stored.first().contains(QStringLiteral("relance-cli")));
    CHECK_FALSE(stored.first().contains(QStringLiteral("--")));
    REQUIRE(server.messages().size() == 1);
    CHECK(rcpts(server.messages().at(0)).first() == address(2));
    CHECK(s.states().value(address(1)) == QStringLiteral("failed"));
    CHECK(outboxValue(s, QStringLiteral("permanent_failure"), address(1)) == QStringLiteral("0"));
    // Not sent to paper: the e-mail can still carry it.
    CHECK(s.letterState(QStringLiteral("LOC0001")) == QStringLiteral("generated"));
    CHECK(s.reminderLetterState(QStringLiteral("LOC0001")) == QStringLiteral("generated"));

    REQUIRE(QFile::rename(pdf + QStringLiteral(".away"), pdf));
    const CliResult again = send(s);
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    REQUIRE(server.messages().size() == 2);
    CHECK(rcpts(server.messages().at(1)).first() == address(1));
    CHECK(s.states().value(address(1)) == QStringLiteral("sent"));
}

TEST_CASE("A copy list fixed after the e-mails were queued: they go with the fixed one")
{
    SmtpFixture server(fault(QStringLiteral("none")));
    REQUIRE(server.ready());
    MailScenario s;
    // A bad copy list that reached the settings (an older version, a
    // configuration file) while the run was queued.
    REQUIRE(s.db().setSetting(QStringLiteral("smtp.cc"), QStringLiteral("copie@@agence")));
    s.addRun(tenants(1));
    REQUIRE(smtpSet(s, server,
                    {QStringLiteral("--cc"), QStringLiteral("copie@agence-etoile.fr")}) == 0);

    const CliResult r = send(s);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    REQUIRE(server.messages().size() == 1);
    CHECK(rcpts(server.messages().at(0)) ==
          QStringList{address(1), QStringLiteral("copie@agence-etoile.fr")});
    CHECK(server.messages().at(0).value(QStringLiteral("cc")).toString() ==
          QStringLiteral("copie@agence-etoile.fr"));
    CHECK(s.letterState(QStringLiteral("LOC0001")) == QStringLiteral("generated"));
}

TEST_CASE("send --run with no such run says so")
{
    MailScenario s;
    s.addRun(tenants(1));
    const CliResult r = send(s, {QStringLiteral("--run"), QStringLiteral("999999")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("There is no run number 999999.")));
    CHECK(s.states().value(address(1)) == QStringLiteral("queued"));
}

TEST_CASE("smtp set refuses line breaks in any setting and a time-out out of bounds")
{
    MailScenario s;
    const auto set = [&](const QStringList& args) {
        return runCli(
            s.cli(QStringList{QStringLiteral("smtp"), QStringLiteral("set"),
                              QStringLiteral("--host"), QStringLiteral("smtp.example.fr"),
                              QStringLiteral("--from"), QStringLiteral("relances@example.fr")}
                  << args),
            {}, s.env());
    };
    const QList<QStringList> broken = {
        {QStringLiteral("--from"), QStringLiteral("relances@example.fr\nBcc: x@evil.example")},
        {QStringLiteral("--user"), QStringLiteral("agence\r\nRCPT TO:<x@evil.example>")},
        {QStringLiteral("--host"),
         QStringLiteral("smtp.example.fr") + QChar(0x85) + QStringLiteral("evil")},
        {QStringLiteral("--reply-to"),
         QStringLiteral("a@example.fr") + QChar(0x2028) + QStringLiteral("b@example.fr")},
        {QStringLiteral("--cc"), QStringLiteral("a@example.fr,\nb@example.fr")},
    };
    for (const QStringList& args : broken) {
        const CliResult r = set(args);
        INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("line break")));
    }
    CHECK(s.db().setting(QStringLiteral("smtp.host")).value().isEmpty()); // nothing was written

    for (const QString& seconds : {QStringLiteral("0"), QStringLiteral("301"),
                                   QStringLiteral("1e9"), QStringLiteral("nan")}) {
        const CliResult r = set({QStringLiteral("--timeout"), seconds});
        INFO(seconds.toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("from 1 to 300")));
    }
    CHECK(set({QStringLiteral("--timeout"), QStringLiteral("300")}).exitCode == 0);
    CHECK(s.db().setting(QStringLiteral("smtp.read_timeout_ms")).value() ==
          QStringLiteral("300000"));
}

TEST_CASE("With no password known, relance-cli send says where the command line takes one and "
          "sends nothing")
{
    SmtpFixture server(fault(QStringLiteral("none")));
    REQUIRE(server.ready());
    MailScenario s;
    s.addRun(tenants(1));
    REQUIRE(smtpSet(s, server) == 0);

    QProcessEnvironment env = s.env();
    env.remove(QStringLiteral("RELANCE_SMTP_PASSWORD")); // and no keyring (RELANCE_NO_KEYRING)
    const CliResult r = runCli(s.cli({QStringLiteral("send")}), {}, env);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("No password is known for %1 on localhost. Save it with "
                                        "“relance-cli smtp set --password-stdin” or give it in "
                                        "RELANCE_SMTP_PASSWORD.")
                             .arg(user)));
    CHECK(server.messages().isEmpty());
    CHECK(s.states().value(address(1)) == QStringLiteral("queued"));
}

TEST_CASE("An abort while the server holds a message unanswered returns at once: that message is "
          "uncertain, the next one stays queued untouched, nothing is sent twice")
{
    SmtpFixture server(fault(QStringLiteral("silent-after-data")));
    REQUIRE(server.ready());
    MailScenario s;
    s.addRun(tenants(2));
    // A read time-out far longer than the test may wait.
    REQUIRE(smtpSet(s, server, {QStringLiteral("--timeout"), QStringLiteral("60")}) == 0);

    SmtpAbort abort;
    Result<Outbox::Report> report = Result<Outbox::Report>::failure({});
    std::thread sending([&] {
        const ThreadConnectionRelease release(s.db());
        Outbox::Options options;
        options.password = QStringLiteral("s3cret");
        options.abort = &abort;
        report = Outbox(s.db()).sendPending(options);
    });
    // The first message arrived whole; its sender waits for an answer.
    const bool arrived = server.waitForMessages(1, 30000);
    QElapsedTimer stopping;
    stopping.start();
    abort.abort();
    sending.join();
    REQUIRE(arrived);
    CHECK(stopping.elapsed() < 30000);

    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    CHECK(report->sent == 0);
    CHECK(report->uncertain == 1);
    CHECK(report->notAttempted == 1);
    CHECK(server.messages().size() == 1);
    CHECK(s.states().value(address(1)) == QStringLiteral("uncertain"));
    CHECK(outboxValue(s, QStringLiteral("last_error"), address(1))
              .contains(QStringLiteral("Sending was stopped")));
    CHECK(s.states().value(address(2)) == QStringLiteral("queued"));
    CHECK(outboxValue(s, QStringLiteral("attempts"), address(2)) == QStringLiteral("0"));
}

TEST_CASE("An abort before the server has said hello leaves every message queued with no attempt "
          "counted")
{
    // A silent server never gets as far as certificates: plain SMTP.
    SmtpFixture server({QStringLiteral("--fault"), QStringLiteral("silent"),
                        QStringLiteral("--security"), QStringLiteral("plain")});
    REQUIRE(server.ready());
    MailScenario s;
    s.addRun(tenants(2));
    // Written directly: `smtp set` tries the server, which never answers.
    SmtpSettings smtp;
    smtp.host = QStringLiteral("localhost");
    smtp.port = server.port();
    smtp.security = SmtpSettings::Security::None;
    smtp.fromAddress = QStringLiteral("relances@agence-etoile.fr");
    smtp.readTimeoutMs = 60000;
    REQUIRE(smtp.save(s.db()).ok());

    SmtpAbort abort;
    Result<Outbox::Report> report = Result<Outbox::Report>::failure({});
    std::thread sending([&] {
        const ThreadConnectionRelease release(s.db());
        Outbox::Options options;
        options.abort = &abort;
        report = Outbox(s.db()).sendPending(options);
    });
    // Whether the abort comes before the connection or while it waits for
    // the greeting, the outcome is the same.
    abort.abort();
    sending.join();

    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    CHECK(report->sent == 0);
    CHECK(report->notAttempted == 2);
    INFO(report->sessionError.toStdString());
    CHECK(report->sessionError.contains(QStringLiteral("Sending was stopped")));
    CHECK(server.messages().isEmpty());
    for (int i : {1, 2}) {
        CHECK(s.states().value(address(i)) == QStringLiteral("queued"));
        CHECK(outboxValue(s, QStringLiteral("attempts"), address(i)) == QStringLiteral("0"));
    }
}
