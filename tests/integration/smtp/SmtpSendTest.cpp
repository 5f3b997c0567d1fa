#include "MailScenario.h"
#include "SmtpFixture.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSet>

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

const QString user = QStringLiteral("agence");
const QString password = QStringLiteral("s3cret");

QStringList authArgs(const QString& security = QStringLiteral("starttls"))
{
    return {QStringLiteral("--security"), security, QStringLiteral("--user"), user,
            QStringLiteral("--password"), password};
}

QByteArray attachmentBytes(const QJsonObject& message, int index = 0)
{
    QFile f(message.value(QStringLiteral("attachments"))
                .toArray()
                .at(index)
                .toObject()
                .value(QStringLiteral("path"))
                .toString());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList rcpts(const QJsonObject& message)
{
    QStringList out;
    for (const QJsonValue& v : message.value(QStringLiteral("rcpt_tos")).toArray())
        out << v.toString();
    return out;
}

QString str(const QJsonObject& m, const char* key)
{
    return m.value(QLatin1String(key)).toString();
}

MailScenario::Tenant tenant(const QString& ref, const QString& name, const QString& email)
{
    return {ref, name, email, {}};
}

CliResult send(const MailScenario& s, QStringList extra = {})
{
    return runCli(s.cli(QStringList{QStringLiteral("send")} << extra), {}, s.env());
}

// A send that stopped before AUTH: nothing reached the server, the message
// waits in the outbox, and the password was never offered.
void checkStoppedBeforePassword(SmtpFixture& server, const MailScenario& s)
{
    CHECK(server.messages().isEmpty());
    CHECK(s.states().value(QStringLiteral("jean@example.fr")) == QStringLiteral("queued"));
    server.stop();
    CHECK(readFile(server.dir() + QStringLiteral("/auth_attempts")).trimmed() ==
          QStringLiteral("0"));
}

} // namespace

TEST_CASE("STARTTLS with AUTH: the server receives each letter with its addressee, copies, "
          "encoded subject, CRLF body and the PDF's exact bytes")
{
    SmtpFixture server(authArgs());
    REQUIRE(server.ready());
    MailScenario s;
    s.addRun({{QStringLiteral("LOC0001"),
               QStringLiteral("Mme Éloïse Dupré"),
               QStringLiteral("eloise@example.fr, e.dupre@example.org"),
               {{QStringLiteral("M. René Dupré, père"), QStringLiteral("rene@example.fr")}}}},
             {QStringLiteral("tenant"), QStringLiteral("guarantor")});
    REQUIRE(s.smtpSet(server, QStringLiteral("starttls"),
                      {QStringLiteral("--user"), user, QStringLiteral("--ca-file"), server.caFile(),
                       QStringLiteral("--cc"), QStringLiteral("copie@agence-etoile.fr")}) == 0);

    const CliResult r = send(s);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const auto messages = server.messages();
    REQUIRE(messages.size() == 3); // two tenant addresses, one guarantor

    const QJsonObject first = messages.at(0);
    CHECK(rcpts(first) == QStringList{QStringLiteral("eloise@example.fr"),
                                      QStringLiteral("copie@agence-etoile.fr")});
    CHECK(str(first, "mail_from") == QStringLiteral("relances@agence-etoile.fr"));
    CHECK(str(first, "to") == QStringLiteral("Mme Éloïse Dupré <eloise@example.fr>"));
    CHECK(str(first, "cc") == QStringLiteral("copie@agence-etoile.fr"));
    CHECK(str(first, "from") == QStringLiteral("Agence Étoile <relances@agence-etoile.fr>"));
    CHECK(str(first, "reply_to") == QStringLiteral("Agence Étoile <gestion@agence-etoile.fr>"));
    CHECK(str(first, "subject") == QStringLiteral("Loyer impayé — LOC0001 — Mme Éloïse Dupré"));
    CHECK(str(first, "body").contains(QStringLiteral("Bonjour Mme Éloïse Dupré,")));
    // CRLF line ends, and a line holding a single dot survives dot-stuffing.
    CHECK(str(first, "body")
              .contains(QStringLiteral("\r\n.\r\nUne ligne qui commence par un point.\r\n")));
    CHECK(str(first, "body").contains(QStringLiteral("Agence Étoile")));
    CHECK_FALSE(first.value(QStringLiteral("raw_has_bare_lf")).toBool());
    CHECK(str(first, "message_id").endsWith(QStringLiteral("@agence-etoile.fr>")));
    const auto attachments = first.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 1);
    CHECK(attachments.at(0).toObject().value(QStringLiteral("filename")).toString() ==
          QStringLiteral("relance-LOC0001-n1-2026-11-23.pdf"));
    CHECK(attachmentBytes(first) == s.pdf(QStringLiteral("LOC0001/tenant")));

    CHECK(rcpts(messages.at(1)).first() == QStringLiteral("e.dupre@example.org"));
    const QJsonObject guarantor = messages.at(2);
    CHECK(rcpts(guarantor).first() == QStringLiteral("rene@example.fr"));
    // A comma in an ASCII name is quoted, so it stays one mailbox.
    CHECK(str(guarantor, "to") == QStringLiteral("\"M. René Dupré, père\" <rene@example.fr>"));
    CHECK(str(guarantor, "subject") ==
          QStringLiteral("Loyer impayé — LOC0001 — M. René Dupré, père"));
    CHECK(attachmentBytes(guarantor) == s.pdf(QStringLiteral("LOC0001/guarantor1")));

    // Recorded: sent, with the Message-ID the server saw.
    auto q = s.db().exec(QStringLiteral("SELECT state, message_id FROM outbox ORDER BY id"));
    REQUIRE(q);
    int i = 0;
    while (q->next()) {
        CHECK(q->value(0).toString() == QStringLiteral("sent"));
        CHECK(q->value(1).toString() == str(messages.at(i++), "message_id"));
    }
    // Sending again sends nothing twice.
    CHECK(send(s).exitCode == 0);
    CHECK(server.messages().size() == 3);
}

TEST_CASE("Implicit TLS: smtp test sends one message and shows the server's answer")
{
    SmtpFixture server(authArgs(QStringLiteral("tls")));
    REQUIRE(server.ready());
    MailScenario s;
    REQUIRE(s.smtpSet(server, QStringLiteral("tls"),
                      {QStringLiteral("--user"), user, QStringLiteral("--ca-file"),
                       server.caFile()}) == 0);
    const CliResult r =
        runCli(s.cli({QStringLiteral("smtp"), QStringLiteral("test"), QStringLiteral("--to"),
                      QStringLiteral("moi@agence-etoile.fr")}),
               {}, s.env());
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("250 2.0.0 OK queued as M0001")));
    REQUIRE(server.messages().size() == 1);
    CHECK(rcpts(server.messages().at(0)) == QStringList{QStringLiteral("moi@agence-etoile.fr")});
}

TEST_CASE("A wrong password is reported and nothing leaves the queue")
{
    SmtpFixture server(authArgs());
    REQUIRE(server.ready());
    MailScenario s;
    s.addRun({tenant(QStringLiteral("LOC0001"), QStringLiteral("Jean"),
                     QStringLiteral("jean@example.fr"))});
    REQUIRE(s.smtpSet(server, QStringLiteral("starttls"),
                      {QStringLiteral("--user"), user, QStringLiteral("--ca-file"),
                       server.caFile()}) == 0);
    const CliResult r = runCli(s.cli({QStringLiteral("send")}), {}, s.env(QStringLiteral("wrong")));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("user name or password")));
    CHECK(server.messages().isEmpty());
    CHECK(s.states().value(QStringLiteral("jean@example.fr")) == QStringLiteral("queued"));
}

TEST_CASE("A certificate from an authority we do not trust stops before the password is sent")
{
    SmtpFixture server(authArgs());
    REQUIRE(server.ready());
    MailScenario s;
    s.addRun({tenant(QStringLiteral("LOC0001"), QStringLiteral("Jean"),
                     QStringLiteral("jean@example.fr"))});
    REQUIRE(s.smtpSet(server, QStringLiteral("starttls"), {QStringLiteral("--user"), user}) == 0);
    const CliResult r = send(s);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("not trusted")));
    checkStoppedBeforePassword(server, s);
}

TEST_CASE("A certificate made out to another host name stops before the password is sent, "
          "even from a trusted authority")
{
    // The authority is given (--ca-file) and trusted; only the name differs:
    // a server answering for localhost with mail.example.net's certificate.
    SmtpFixture server(authArgs() << QStringLiteral("--cert-name")
                                  << QStringLiteral("mail.example.net"));
    REQUIRE(server.ready());
    MailScenario s;
    s.addRun({tenant(QStringLiteral("LOC0001"), QStringLiteral("Jean"),
                     QStringLiteral("jean@example.fr"))});
    REQUIRE(s.smtpSet(server, QStringLiteral("starttls"),
                      {QStringLiteral("--user"), user, QStringLiteral("--ca-file"),
                       server.caFile()}) == 0);
    const CliResult r = send(s);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("localhost")));
    CHECK(r.err.contains(QStringLiteral("another server name")));
    checkStoppedBeforePassword(server, s);
}

TEST_CASE("A server that does not offer STARTTLS is refused: no password in clear")
{
    SmtpFixture server(QStringList{QStringLiteral("--fault"), QStringLiteral("no-starttls")}
                       << authArgs());
    REQUIRE(server.ready());
    MailScenario s;
    s.addRun({tenant(QStringLiteral("LOC0001"), QStringLiteral("Jean"),
                     QStringLiteral("jean@example.fr"))});
    REQUIRE(s.smtpSet(server, QStringLiteral("starttls"),
                      {QStringLiteral("--user"), user, QStringLiteral("--ca-file"),
                       server.caFile()}) == 0);
    const CliResult r = send(s);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("STARTTLS")));
    CHECK(server.messages().isEmpty());
    server.stop();
    CHECK(readFile(server.dir() + QStringLiteral("/auth_attempts")).trimmed() ==
          QStringLiteral("0"));
}

TEST_CASE("451 then accepted: the message goes once, on a new session")
{
    SmtpFixture server(QStringList{QStringLiteral("--fault"), QStringLiteral("451-once")}
                       << authArgs());
    REQUIRE(server.ready());
    MailScenario s;
    s.addRun({tenant(QStringLiteral("LOC0001"), QStringLiteral("Jean"),
                     QStringLiteral("jean@example.fr")),
              tenant(QStringLiteral("LOC0002"), QStringLiteral("Paul"),
                     QStringLiteral("paul@example.fr"))});
    REQUIRE(s.smtpSet(server, QStringLiteral("starttls"),
                      {QStringLiteral("--user"), user, QStringLiteral("--ca-file"),
                       server.caFile()}) == 0);
    const CliResult r = send(s);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const auto messages = server.messages();
    REQUIRE(messages.size() == 2);
    CHECK(rcpts(messages.at(0)).first() == QStringLiteral("jean@example.fr"));
    CHECK(rcpts(messages.at(1)).first() == QStringLiteral("paul@example.fr"));
}

TEST_CASE("550 for one recipient among several: the others go, that letter goes back to paper")
{
    SmtpFixture server(QStringList{QStringLiteral("--reject"), QStringLiteral("paul@example.fr")}
                       << authArgs());
    REQUIRE(server.ready());
    MailScenario s;
    s.addRun({tenant(QStringLiteral("LOC0001"), QStringLiteral("Jean"),
                     QStringLiteral("jean@example.fr")),
              tenant(QStringLiteral("LOC0002"), QStringLiteral("Paul"),
                     QStringLiteral("paul@example.fr")),
              tenant(QStringLiteral("LOC0003"), QStringLiteral("Luc"),
                     QStringLiteral("luc@example.fr"))});
    REQUIRE(s.smtpSet(server, QStringLiteral("starttls"),
                      {QStringLiteral("--user"), user, QStringLiteral("--ca-file"),
                       server.caFile()}) == 0);
    const CliResult r = send(s);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("LOC0002 <paul@example.fr>")));
    CHECK(r.err.contains(QStringLiteral("550")));
    const auto messages = server.messages();
    REQUIRE(messages.size() == 2);
    CHECK(rcpts(messages.at(0)).first() == QStringLiteral("jean@example.fr"));
    CHECK(rcpts(messages.at(1)).first() == QStringLiteral("luc@example.fr"));
    const auto states = s.states();
    CHECK(states.value(QStringLiteral("paul@example.fr")) == QStringLiteral("failed"));
    CHECK(states.value(QStringLiteral("luc@example.fr")) == QStringLiteral("sent"));
    CHECK(s.letterState(QStringLiteral("LOC0002")) == QStringLiteral("pending"));
    CHECK(s.reminderLetterState(QStringLiteral("LOC0002")) == QStringLiteral("pending"));
    CHECK(s.letterState(QStringLiteral("LOC0001")) == QStringLiteral("generated"));
    // A permanent failure is not retried.
    CHECK(send(s).exitCode == 0);
    CHECK(server.messages().size() == 2);
}

TEST_CASE("The connection cut during DATA, before the final dot: a new session carries the "
          "message, once")
{
    SmtpFixture server(QStringList{QStringLiteral("--fault"), QStringLiteral("cut-data-once")}
                       << authArgs());
    REQUIRE(server.ready());
    MailScenario s;
    // Larger than the socket buffers, so the cut always comes while the
    // message is being written (a cut after it is uncertain: SmtpFaultsTest).
    s.pdfBytes = 8 * 1024 * 1024;
    s.addRun({tenant(QStringLiteral("LOC0001"), QStringLiteral("Jean"),
                     QStringLiteral("jean@example.fr")),
              tenant(QStringLiteral("LOC0002"), QStringLiteral("Paul"),
                     QStringLiteral("paul@example.fr"))});
    REQUIRE(s.smtpSet(server, QStringLiteral("starttls"),
                      {QStringLiteral("--user"), user, QStringLiteral("--ca-file"),
                       server.caFile()}) == 0);
    const CliResult r = send(s);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const auto messages = server.messages();
    REQUIRE(messages.size() == 2);
    CHECK(attachmentBytes(messages.at(0)) == s.pdf(QStringLiteral("LOC0001/tenant")));
}

TEST_CASE("A server that never answers: the time-out is reported, the message stays queued")
{
    SmtpFixture server({QStringLiteral("--fault"), QStringLiteral("silent")});
    REQUIRE(server.ready());
    MailScenario s;
    s.addRun({tenant(QStringLiteral("LOC0001"), QStringLiteral("Jean"),
                     QStringLiteral("jean@example.fr"))});
    REQUIRE(s.smtpSet(server, QStringLiteral("starttls"),
                      {QStringLiteral("--timeout"), QStringLiteral("1")}) == 0);
    QElapsedTimer t;
    t.start();
    const CliResult r = send(s);
    CHECK(t.elapsed() < 8000);
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("did not answer")));
    CHECK(s.states().value(QStringLiteral("jean@example.fr")) == QStringLiteral("queued"));
}

TEST_CASE("Line breaks and bad addresses are refused before connecting, and listed")
{
    SmtpFixture server(authArgs());
    REQUIRE(server.ready());
    MailScenario s;
    s.addRun(
        {tenant(QStringLiteral("LOC0001"), QStringLiteral("Jean\r\nBcc: victim@evil.example"),
                QStringLiteral("jean@example.fr")),
         tenant(QStringLiteral("LOC0002"), QStringLiteral("Paul"), QStringLiteral("paul@@example")),
         tenant(QStringLiteral("LOC0003"), QStringLiteral("Luc"),
                QStringLiteral("luc@example.fr"))});
    REQUIRE(s.smtpSet(server, QStringLiteral("starttls"),
                      {QStringLiteral("--user"), user, QStringLiteral("--ca-file"),
                       server.caFile()}) == 0);
    const CliResult r = send(s);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("LOC0001 <jean@example.fr>")));
    CHECK(r.err.contains(QStringLiteral("line break")));
    CHECK(r.out.contains(QStringLiteral("paul@@example")));
    const auto messages = server.messages();
    REQUIRE(messages.size() == 1);
    CHECK(rcpts(messages.at(0)) == QStringList{QStringLiteral("luc@example.fr")});
    CHECK(str(messages.at(0), "bcc").isEmpty());
    CHECK(s.states().value(QStringLiteral("jean@example.fr")) == QStringLiteral("failed"));
    CHECK(s.states().value(QStringLiteral("paul@@example")) == QStringLiteral("failed"));
    CHECK(s.letterState(QStringLiteral("LOC0001")) == QStringLiteral("pending"));
    CHECK(s.letterState(QStringLiteral("LOC0002")) == QStringLiteral("pending"));
}

TEST_CASE("Killed mid-batch: nothing sent twice, nothing forgotten, the uncertain one waits for "
          "a person")
{
    SmtpFixture server(QStringList{QStringLiteral("--fault"), QStringLiteral("hang"),
                                   QStringLiteral("--hang-at"), QStringLiteral("3")}
                       << authArgs());
    REQUIRE(server.ready());
    MailScenario s;
    QList<MailScenario::Tenant> tenants;
    for (int i = 1; i <= 6; ++i)
        tenants << tenant(QStringLiteral("LOC%1").arg(i, 4, 10, QLatin1Char('0')),
                          QStringLiteral("Locataire %1").arg(i),
                          QStringLiteral("loc%1@example.fr").arg(i));
    s.addRun(tenants);
    REQUIRE(s.smtpSet(server, QStringLiteral("starttls"),
                      {QStringLiteral("--user"), user, QStringLiteral("--ca-file"), server.caFile(),
                       QStringLiteral("--timeout"), QStringLiteral("60")}) == 0);

    QProcess cli;
    cli.setProcessEnvironment(s.env());
    cli.start(QStringLiteral(RELANCE_CLI_PATH), s.cli({QStringLiteral("send")}));
    REQUIRE(cli.waitForStarted());
    // The third message reached the server, which never answers it.
    REQUIRE(server.waitForMessages(3));
    cli.kill();
    cli.waitForFinished();

    const CliResult again = send(s);
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 3); // one uncertain message needs a person
    CHECK(again.err.contains(QStringLiteral("mark-sent")));
    auto messages = server.messages();
    REQUIRE(messages.size() == 6);
    QSet<QString> ids;
    QSet<QString> addresses;
    for (const QJsonObject& m : messages) {
        ids << str(m, "message_id");
        addresses << rcpts(m).first();
    }
    CHECK(ids.size() == 6);
    CHECK(addresses.size() == 6);
    auto states = s.states();
    CHECK(states.value(QStringLiteral("loc3@example.fr")) == QStringLiteral("uncertain"));
    for (int i : {1, 2, 4, 5, 6})
        CHECK(states.value(QStringLiteral("loc%1@example.fr").arg(i)) == QStringLiteral("sent"));

    // Another send does not touch the uncertain message.
    CHECK(send(s).exitCode == 0);
    CHECK(server.messages().size() == 6);
    // The person checked: it did arrive.
    auto id =
        s.db().exec(QStringLiteral("SELECT id FROM outbox WHERE to_address = 'loc3@example.fr'"));
    REQUIRE(id);
    REQUIRE(id->next());
    const QString outboxId = id->value(0).toString();
    id->finish(); // no read snapshot left open while relance-cli writes
    const CliResult marked = send(s, {QStringLiteral("--mark-sent"), outboxId});
    CHECK(marked.exitCode == 0);
    CHECK(s.states().value(QStringLiteral("loc3@example.fr")) == QStringLiteral("sent"));
    CHECK(send(s).exitCode == 0);
    CHECK(server.messages().size() == 6);
}

TEST_CASE("smtp set refuses bad settings, and never writes the password into the database")
{
    MailScenario s;
    const auto set = [&](const QStringList& args, const QByteArray& input = {}) {
        return runCli(s.cli(QStringList{QStringLiteral("smtp"), QStringLiteral("set")} << args),
                      input, s.env());
    };
    CHECK(set({QStringLiteral("--host"), QStringLiteral("smtp.example.fr"),
               QStringLiteral("--security"), QStringLiteral("ssl")})
              .exitCode == 2);
    const CliResult badFrom = set({QStringLiteral("--host"), QStringLiteral("smtp.example.fr"),
                                   QStringLiteral("--from"), QStringLiteral("agence@@example")});
    CHECK(badFrom.exitCode == 1);
    CHECK(badFrom.err.contains(QStringLiteral("agence@@example")));
    // No keyring here: the settings are kept, the password is not, and the
    // user is told where to give it instead.
    const CliResult ok =
        set({QStringLiteral("--host"), QStringLiteral("smtp.example.fr"),
             QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--user"),
             QStringLiteral("agence"), QStringLiteral("--password-stdin"), QStringLiteral("--from"),
             QStringLiteral("relances@example.fr")},
            "TopSecret-123\n");
    CHECK(ok.exitCode == 0);
    CHECK(ok.err.contains(QStringLiteral("RELANCE_SMTP_PASSWORD")));
    CHECK(s.db().setting(QStringLiteral("smtp.port")).value() == QStringLiteral("465"));
    CHECK(s.db().setting(QStringLiteral("smtp.security")).value() == QStringLiteral("tls"));
    for (const QString& file : QStringList{s.dbPath(), s.dbPath() + QStringLiteral("-wal")})
        CHECK_FALSE(readFile(file).contains(QStringLiteral("TopSecret-123")));
}
