// The agreement letter of a payment plan (`payment-plan letter REF --out
// FILE.pdf`) and the plan.* merge fields, end to end on a real SQLite file:
// what the tenant reads in the PDF (pdftotext), the schedule adding up to
// the debt, the agency's own text checked before it is stored, and a
// reminder that says the plan broke.
#include "TestSupport.h"

#include "letters/DefaultTemplates.h"
#include "letters/TemplateEngine.h"
#include "recovery/PlanAgreementLetter.h"
#include "storage/AgencyRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/TemplateRepository.h"

#include <QDir>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

QString squeeze(QString s)
{
    // pdftotext writes no-break and narrow spaces as they are, or as spaces.
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00a0}\\x{202f}]+"));
    return s.remove(spaces);
}

// Two tenants owing January and February (1,200.00 €), from the golden case
// of a plan that breaks: LOC0001 pays the rents but never the instalments.
struct Agency
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("agency.sqlite"));

    Agency()
    {
        REQUIRE(cli({QStringLiteral("init")}).exitCode == 0);
        const QString cases = sourcePath(QStringLiteral("tests/golden/engine/cases/"
                                                        "recovery-plan-broken/"));
        REQUIRE(cli({QStringLiteral("import"), QStringLiteral("accounts"),
                     cases + QStringLiteral("accounts.csv")})
                    .exitCode == 0);
        REQUIRE(cli({QStringLiteral("import"), QStringLiteral("ledger"),
                     cases + QStringLiteral("ledger.csv")})
                    .exitCode == 0);
        auto d = open();
        AgencyIdentity agency = *AgencyRepository(*d).load();
        agency.name = QStringLiteral("Agence du Parc");
        agency.city = QStringLiteral("Lyon");
        agency.signatory = QStringLiteral("Claire Martin");
        REQUIRE(AgencyRepository(*d).save(agency).ok());
    }
    CliResult cli(QStringList args) const
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
    std::unique_ptr<Database> open() const
    {
        auto d = Database::open(DatabaseConfig::sqlite(db), Database::OpenMode::ExistingOnly);
        REQUIRE(d.ok());
        return std::move(d).value();
    }
    void createPlan(const QString& ref, const QString& debt, int instalments) const
    {
        auto created =
            cli({QStringLiteral("payment-plan"), QStringLiteral("create"), ref,
                 QStringLiteral("--instalments"), QString::number(instalments),
                 QStringLiteral("--first"), QStringLiteral("2026-03-10"), QStringLiteral("--debt"),
                 debt, QStringLiteral("--as-of"), QStringLiteral("2026-02-10")});
        INFO(created.err.toStdString());
        REQUIRE(created.exitCode == 0);
    }
    QString letter(const QString& ref) const
    {
        const QString pdf = dir.filePath(ref + QStringLiteral("-plan.pdf"));
        auto written = cli({QStringLiteral("payment-plan"), QStringLiteral("letter"), ref,
                            QStringLiteral("--out"), pdf, QStringLiteral("--date"),
                            QStringLiteral("2026-02-10")});
        INFO(written.err.toStdString());
        REQUIRE(written.exitCode == 0);
        return pdf;
    }
};

struct Row
{
    QString due;
    int number = 0;
    int of = 0;
    qint64 amount = 0;
    qint64 owedAfter = 0;
};

qint64 cents(const QString& amount)
{
    QString digits = squeeze(amount);
    digits.remove(u',');
    return digits.toLongLong();
}

// The schedule's rows as pdftotext -layout reads them:
// « 10/03/2026   Mensualité 1/3   333,33 €   666,67 € ».
QList<Row> scheduleRows(const QString& text)
{
    static const QRegularExpression row(QStringLiteral(
        "(\\d\\d/\\d\\d/\\d{4})\\s+Mensualité (\\d+)/(\\d+)\\s+([\\d\\x{00a0}\\x{202f} "
        "]+,\\d\\d) €\\s+([\\d\\x{00a0}\\x{202f} ]+,\\d\\d) €"));
    QList<Row> rows;
    for (auto it = row.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        rows << Row{m.captured(1), m.captured(2).toInt(), m.captured(3).toInt(),
                    cents(m.captured(4)), cents(m.captured(5))};
    }
    return rows;
}

} // namespace

TEST_CASE("payment-plan letter writes the agreement: the schedule adds up to the debt, the tenant "
          "and both signature blocks")
{
    Agency a;
    a.createPlan(QStringLiteral("LOC0001"), QStringLiteral("1000.00"), 3);
    const QString pdf = a.letter(QStringLiteral("LOC0001"));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(pdfInfo(pdf, QStringLiteral("Title")).contains(QStringLiteral("Plan d'apurement")));

    const QList<Row> rows = scheduleRows(text);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].due == QStringLiteral("10/03/2026"));
    CHECK(rows[1].due == QStringLiteral("10/04/2026"));
    CHECK(rows[2].due == QStringLiteral("10/05/2026"));
    CHECK(rows[0].amount == 33333);
    CHECK(rows[1].amount == 33333);
    CHECK(rows[2].amount == 33334);
    CHECK(rows[0].owedAfter == 66667);
    CHECK(rows[1].owedAfter == 33334);
    CHECK(rows[2].owedAfter == 0);
    CHECK(rows[2].number == 3);
    CHECK(rows[2].of == 3);
    // The total line gives the debt under the amounts.
    static const QRegularExpression total(
        QStringLiteral("Total\\s+1[\\x{00a0}\\x{202f} ]000,00 €"));
    CHECK(total.match(text).hasMatch());

    const QString flat = squeeze(text);
    CHECK(flat.contains(squeeze(QStringLiteral("Plan d'apurement de la dette locative"))));
    CHECK(flat.contains(squeeze(QStringLiteral("la somme de 1 000,00 € (mille euros)"))));
    CHECK(flat.contains(squeeze(QStringLiteral("en sus du loyer et des charges courants"))));
    CHECK(flat.contains(squeeze(QStringLiteral("dans un délai de 15 jours"))));
    CHECK(flat.contains(squeeze(QStringLiteral("Fait en deux exemplaires"))));
    CHECK(flat.contains(squeeze(QStringLiteral("M. Locataire LOC0001"))));
    // The two signature blocks.
    CHECK(flat.contains(squeeze(QStringLiteral("Le locataire, M. Locataire LOC0001"))));
    CHECK(flat.contains(squeeze(QStringLiteral("« Lu et approuvé, bon pour accord »"))));
    CHECK(flat.contains(squeeze(QStringLiteral("Pour le bailleur, son mandataire"))));
    CHECK(flat.contains(squeeze(QStringLiteral("Claire Martin"))));
}

TEST_CASE("The 36 instalments of the CAF preset add up to the debt to the cent in the letter")
{
    Agency a;
    a.createPlan(QStringLiteral("LOC0002"), QStringLiteral("1000.00"), 36);
    const QString text = pdfText(a.letter(QStringLiteral("LOC0002")));
    INFO(text.toStdString());
    const QList<Row> rows = scheduleRows(text);
    REQUIRE(rows.size() == 36);
    qint64 sum = 0;
    for (int i = 0; i < rows.size(); ++i) {
        CHECK(rows[i].number == i + 1);
        CHECK(rows[i].of == 36);
        sum += rows[i].amount;
        CHECK(rows[i].owedAfter == 100000 - sum);
    }
    CHECK(sum == 100000);
    CHECK(rows.first().amount == 2777);
    CHECK(rows.last().amount == 100000 - 35 * 2777);
    CHECK(rows.last().due == QStringLiteral("10/02/2029"));
    CHECK(rows.last().owedAfter == 0);
}

TEST_CASE("The agency's own agreement text is checked before it is stored, then used")
{
    Agency a;
    a.createPlan(QStringLiteral("LOC0001"), QStringLiteral("1000.00"), 3);
    auto d = a.open();
    const Status refused = PlanAgreementLetter::save(
        *d, QStringLiteral("fr"),
        QStringLiteral("<p>Bonjour {{account.name}},</p>\n<p>Vous devez {{plan.dette}}.</p>"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("line 2, column 15")));
    CHECK(refused.error().contains(QStringLiteral("plan.dette")));
    CHECK_FALSE(*PlanAgreementLetter::isCustom(*d, QStringLiteral("fr")));
    CHECK(*PlanAgreementLetter::text(*d, QStringLiteral("fr")) ==
          *DefaultTemplates::planAgreement(QStringLiteral("fr")));
    // The schedule is a table, never a section, and is placed once.
    CHECK_FALSE(PlanAgreementLetter::save(*d, QStringLiteral("fr"),
                                          QStringLiteral("{{#plan.schedule_table}}x{{/"
                                                         "plan.schedule_table}}"))
                    .ok());
    CHECK_FALSE(PlanAgreementLetter::save(
                    *d, QStringLiteral("fr"),
                    QStringLiteral("{{plan.schedule_table}}\n{{plan.schedule_table}}"))
                    .ok());
    CHECK_FALSE(*PlanAgreementLetter::isCustom(*d, QStringLiteral("fr")));

    REQUIRE(PlanAgreementLetter::save(
                *d, QStringLiteral("fr"),
                QStringLiteral("<p>Échéancier convenu le {{plan.created}} :</p>\n"
                               "{{plan.schedule_table}}\n{{reminder.items_table}}\n"
                               "<p>Dernière mensualité de {{plan.last_instalment}} le "
                               "{{plan.last_due}}.</p>"))
                .ok());
    CHECK(*PlanAgreementLetter::isCustom(*d, QStringLiteral("fr")));
    const QString flat = squeeze(pdfText(a.letter(QStringLiteral("LOC0001"))));
    CHECK(flat.contains(squeeze(QStringLiteral("Échéancier convenu le 10 février 2026"))));
    CHECK(flat.contains(squeeze(QStringLiteral("Mensualité 3/3 333,34 € 0,00 €"))));
    CHECK(flat.contains(squeeze(QStringLiteral("Dernière mensualité de 333,34 € le 10 mai 2026"))));
    // Both tables, the unpaid items after the schedule.
    CHECK(flat.contains(squeeze(QStringLiteral("Reste dû après paiement"))));
    CHECK(flat.contains(squeeze(QStringLiteral("Total dû"))));
    CHECK(flat.indexOf(squeeze(QStringLiteral("Reste dû après paiement"))) <
          flat.indexOf(squeeze(QStringLiteral("Total dû"))));
    REQUIRE(PlanAgreementLetter::restoreDefault(*d, QStringLiteral("fr")).ok());
    CHECK_FALSE(*PlanAgreementLetter::isCustom(*d, QStringLiteral("fr")));
}

TEST_CASE("payment-plan letter refuses an account without a plan and writes no file")
{
    Agency a;
    const QString pdf = a.dir.filePath(QStringLiteral("none.pdf"));
    auto refused = a.cli({QStringLiteral("payment-plan"), QStringLiteral("letter"),
                          QStringLiteral("LOC0001"), QStringLiteral("--out"), pdf});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("LOC0001")));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("A reminder issued after a plan broke says on which day, through plan.broken_on")
{
    Agency a;
    const QString letters = a.dir.filePath(QStringLiteral("lettres"));
    REQUIRE(QDir().mkpath(letters));
    {
        // The second level's letter speaks of the plan only when it broke.
        auto d = a.open();
        auto program = ProgramRepository(*d).global();
        REQUIRE(program.ok());
        const Level* second = program->level(2);
        REQUIRE(second);
        TemplateRepository templates(*d);
        LetterTemplate t = *templates.defaultFor(second->id, QStringLiteral("fr"));
        t.body = QStringLiteral("{{#plan.broken_on}}<p>Le plan d'apurement de {{plan.debt}} "
                                "convenu le {{plan.created}} a été rompu le {{plan.broken_on}} "
                                "({{plan.state}}).</p>{{/plan.broken_on}}"
                                "{{^plan.broken_on}}<p>Aucun plan rompu.</p>{{/plan.broken_on}}") +
                 t.body;
        REQUIRE(TemplateEngine::validate(t).ok());
        REQUIRE(templates.save(t).ok());
    }
    auto first =
        a.cli({QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2026-01-20"),
               QStringLiteral("--force"), QStringLiteral("--out"), letters});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    a.createPlan(QStringLiteral("LOC0001"), QStringLiteral("1200.00"), 4);
    auto second =
        a.cli({QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2026-03-26"),
               QStringLiteral("--force"), QStringLiteral("--out"), letters});
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    // LOC0001's plan broke on 26 March; LOC0002 never had one.
    const QStringList files =
        QDir(letters).entryList({QStringLiteral("*-n2-*.pdf")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 2);
    const QString broken = squeeze(pdfText(QDir(letters).filePath(files.at(0))));
    CHECK(files.at(0).contains(QStringLiteral("LOC0001")));
    CHECK(broken.contains(squeeze(QStringLiteral("Le plan d'apurement de 1 200,00 € convenu le 10 "
                                                 "février 2026 a été rompu le 26 mars 2026 "
                                                 "(rompu)."))));
    CHECK_FALSE(broken.contains(QStringLiteral("Aucunplanrompu")));
    const QString none = squeeze(pdfText(QDir(letters).filePath(files.at(1))));
    CHECK(none.contains(QStringLiteral("Aucunplanrompu.")));
    CHECK_FALSE(none.contains(QStringLiteral("rompule")));
}
