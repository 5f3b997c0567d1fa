// `report owners --as-of D --out DIR [--send]` (issue 15): each landlord's
// statement read back with pdftotext (their tenants only, the amounts, the
// reminders sent and the planner's next step), and the e-mails received by a
// real SMTP server on 127.0.0.1: one per owner with an address, with that
// owner's PDF attached, and nothing more when the command runs again.
#include "ReportAgency.h"
#include "SmtpFixture.h"

#include "storage/OwnerRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

QString squeeze(QString s)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00a0}\\x{202f}]+"));
    return s.remove(spaces);
}

// Three landlords: Odile owns Arnaud's and Colin's lots, Paul (no e-mail)
// Bernard's, the SCI Durand's (who owes nothing: no statement).
void addOwners(const ReportAgency& a)
{
    auto db = a.open();
    OwnerRepository repo(*db);
    const auto own = [&](const QString& ref, const QString& name, const QString& email,
                         const QStringList& accounts) {
        Owner o;
        o.ref = ref;
        o.name = name;
        o.email = email;
        o.address1 = QStringLiteral("5 quai Saint-Vincent");
        o.postalCode = QStringLiteral("69001");
        o.city = QStringLiteral("Lyon");
        auto saved = repo.save(o);
        REQUIRE(saved.ok());
        for (const QString& account : accounts)
            REQUIRE(db->exec(QStringLiteral("UPDATE accounts SET owner_id = ? WHERE ref = ?"),
                             {saved->id, account}));
    };
    own(QStringLiteral("PROP-ODILE"), QStringLiteral("Mme Odile Faure"),
        QStringLiteral("odile.faure@example.fr"),
        {QStringLiteral("LOC0001"), QStringLiteral("LOC0003")});
    own(QStringLiteral("PROP-PAUL"), QStringLiteral("M. Paul Girard"), QString(),
        {QStringLiteral("LOC0002")});
    own(QStringLiteral("PROP-SCI"), QStringLiteral("SCI Les Tilleuls"),
        QStringLiteral("sci.tilleuls@example.fr"), {QStringLiteral("LOC0004")});
}

// A run on 20 November: the tenants get their first reminders (--force:
// the last payment of this small ledger is older than the stale-ledger
// window).
void runReminders(const ReportAgency& a)
{
    auto run = a.cli({QStringLiteral("run"), QStringLiteral("--as-of"),
                      QStringLiteral("2026-11-20"), QStringLiteral("--out"),
                      a.dir.filePath(QStringLiteral("letters")), QStringLiteral("--force")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

CliResult reportOwners(const ReportAgency& a, const QString& out, const QStringList& extra = {},
                       const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    return a.cli(QStringList{QStringLiteral("--lang"), QStringLiteral("fr"),
                             QStringLiteral("report"), QStringLiteral("owners"),
                             QStringLiteral("--as-of"), QStringLiteral("2026-11-30"),
                             QStringLiteral("--out"), out} +
                     extra,
                 env);
}

// The level the planner would issue to `ref` on 30 November (plan --json).
QJsonObject planned(const ReportAgency& a, const QString& ref)
{
    auto plan = a.cli({QStringLiteral("plan"), QStringLiteral("--as-of"),
                       QStringLiteral("2026-11-30"), QStringLiteral("--json")});
    REQUIRE(plan.exitCode == 0);
    const QJsonArray reminders = QJsonDocument::fromJson(plan.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("reminders"))
                                     .toArray();
    for (const QJsonValue& v : reminders)
        if (v.toObject().value(QStringLiteral("ref")).toString() == ref)
            return v.toObject();
    return {};
}

} // namespace

TEST_CASE("report owners writes one statement per landlord with tenants in arrears, and only "
          "their tenants")
{
    ReportAgency a;
    addOwners(a);
    runReminders(a);
    const QString out = a.dir.filePath(QStringLiteral("releves"));
    auto r = reportOwners(a, out);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    const QStringList files =
        QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    CHECK(files == QStringList{QStringLiteral("releve-PROP-ODILE-2026-11-30.pdf"),
                               QStringLiteral("releve-PROP-PAUL-2026-11-30.pdf"),
                               QStringLiteral("releves-2026-11-30.pdf")});

    const QString odile = squeeze(pdfText(QDir(out).filePath(files.at(0))));
    INFO(odile.toStdString());
    CHECK(odile.contains(QStringLiteral("Relevédesimpayésau30novembre2026")));
    CHECK(odile.contains(QStringLiteral("MmeOdileFaure")));
    CHECK(odile.contains(QStringLiteral("LOC0001MmeAliceArnaudLot11LesLilas1013,50€")));
    CHECK(odile.contains(QStringLiteral("LOC0003MmeChloéColinLot13LesLilas4500,00€")));
    CHECK(odile.contains(QStringLiteral("Total5513,50€")));
    CHECK_FALSE(odile.contains(QStringLiteral("LOC0002")));
    CHECK_FALSE(odile.contains(QStringLiteral("BrunoBernard")));
    CHECK_FALSE(odile.contains(QStringLiteral("LOC0004")));
    // The reminder of 20 November, and the planner's next step.
    CHECK(odile.contains(QStringLiteral("Relancesenvoyées:20/11/2026–Premièrerelance")));
    const QJsonObject next = planned(a, QStringLiteral("LOC0001"));
    // On 30 November the plan issues Arnaud's next level: the statement
    // names the same one.
    REQUIRE_FALSE(next.isEmpty());
    CHECK(odile.contains(squeeze(QStringLiteral("relance de niveau %1 (%2)")
                                     .arg(next.value(QStringLiteral("level")).toInt())
                                     .arg(next.value(QStringLiteral("level_name")).toString()))));
    CHECK(odile.contains(QStringLiteral("Prochaineétape:")));

    const QString paul = squeeze(pdfText(QDir(out).filePath(files.at(1))));
    CHECK(paul.contains(QStringLiteral("LOC0002M.BrunoBernardLot12LesLilas2400,00€")));
    CHECK_FALSE(paul.contains(QStringLiteral("LOC0001")));

    // The merged file holds both, for printing in one go.
    const QString merged = QDir(out).filePath(files.at(2));
    CHECK(pdfInfo(merged, QStringLiteral("Pages")).toInt() ==
          pdfInfo(QDir(out).filePath(files.at(0)), QStringLiteral("Pages")).toInt() +
              pdfInfo(QDir(out).filePath(files.at(1)), QStringLiteral("Pages")).toInt());
    CHECK(pdfInfo(merged, QStringLiteral("Page size")).contains(QStringLiteral("A4")));
    CHECK(pdfInfo(merged, QStringLiteral("Author")) == QStringLiteral("Agence du Parc"));
    // Each owner's file is PDF/A-1b like the letters, titled with the owner.
    const QString own = QDir(out).filePath(files.at(0));
    QProcess meta;
    meta.start(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), own});
    meta.waitForFinished(60000);
    CHECK(QString::fromUtf8(meta.readAllStandardOutput())
              .contains(QStringLiteral("pdfaid:part=\"1\"")));
    CHECK(pdfInfo(own, QStringLiteral("Title")) ==
          QStringLiteral("Relevé des impayés au 30 novembre 2026 – Mme Odile Faure"));
    CHECK(pdfInfo(own, QStringLiteral("Page size")).contains(QStringLiteral("A4")));
}

TEST_CASE("report owners --send e-mails each owner with an address their statement, once")
{
    SmtpFixture server({QStringLiteral("--security"), QStringLiteral("plain")});
    REQUIRE(server.ready());
    ReportAgency a;
    addOwners(a);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RELANCE_SMTP_PASSWORD"), QStringLiteral("s3cret"));
    env.insert(QStringLiteral("RELANCE_NO_KEYRING"), QStringLiteral("1"));
    auto set =
        a.cli({QStringLiteral("smtp"), QStringLiteral("set"), QStringLiteral("--host"),
               QStringLiteral("localhost"), QStringLiteral("--port"),
               QString::number(server.port()), QStringLiteral("--security"), QStringLiteral("none"),
               QStringLiteral("--from"), QStringLiteral("gestion@agence-du-parc.fr"),
               QStringLiteral("--timeout"), QStringLiteral("10")},
              env);
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);

    const QString out = a.dir.filePath(QStringLiteral("releves"));
    auto first = reportOwners(a, out, {QStringLiteral("--send")}, env);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    REQUIRE(server.waitForMessages(1));
    const QList<QJsonObject> messages = server.messages();
    // Odile only: Paul has no address, the SCI's tenant owes nothing.
    REQUIRE(messages.size() == 1);
    const QJsonObject m = messages.first();
    CHECK(m.value(QStringLiteral("rcpt_tos")).toArray().first().toString() ==
          QStringLiteral("odile.faure@example.fr"));
    CHECK(m.value(QStringLiteral("subject")).toString() ==
          QStringLiteral("Relevé des impayés au 30 novembre 2026 – Agence du Parc"));
    const QString body = m.value(QStringLiteral("body")).toString();
    INFO(body.toStdString());
    CHECK(body.contains(QStringLiteral("Mme Odile Faure")));
    CHECK(squeeze(body).contains(QStringLiteral("2locataire(s),pouruntotalde5513,50€")));
    const QJsonArray attachments = m.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 1);
    const QJsonObject pdf = attachments.first().toObject();
    CHECK(pdf.value(QStringLiteral("filename")).toString() ==
          QStringLiteral("releve-PROP-ODILE-2026-11-30.pdf"));
    const QString attached = pdf.value(QStringLiteral("path")).toString();
    const QString text = squeeze(pdfText(attached));
    CHECK(text.contains(QStringLiteral("LOC0001MmeAliceArnaud")));
    CHECK_FALSE(text.contains(QStringLiteral("LOC0002")));
    QFile sent(attached),
        written(QDir(out).filePath(QStringLiteral("releve-PROP-ODILE-2026-11-30.pdf")));
    REQUIRE(sent.open(QIODevice::ReadOnly));
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(sent.readAll() == written.readAll());

    // Again: the statements are written again, but nothing is sent twice.
    auto second = reportOwners(a, out, {QStringLiteral("--send")}, env);
    INFO(second.err.toStdString());
    CHECK(second.exitCode == 0);
    // The command line speaks French here (the tests' language).
    CHECK(second.err.contains(QStringLiteral("1 propriétaire avait déjà le relevé de cette date")));
    CHECK_FALSE(server.waitForMessages(2, 3000));
    CHECK(server.messages().size() == 1);
}
