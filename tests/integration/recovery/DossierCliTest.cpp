// `dossier REF --out FILE.pdf [--csv FILE.csv] [--as-of D]` end to end on a
// real SQLite file after a real run: what the commissaire de justice reads
// in the PDF (pdftotext), the letters appended (pdfinfo), the CSV, and
// refusals that leave no file and record nothing.
#include "TestSupport.h"

#include "letters/DefaultTemplates.h"
#include "letters/LetterFormat.h"
#include "letters/TemplateEngine.h"
#include "recovery/CaseFile.h"
#include "recovery/StatementCsv.h"
#include "storage/AccountRepository.h"
#include "storage/CaseEventRepository.h"
#include "storage/PositionLoader.h"
#include "storage/ReminderRepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

const QString ref = QStringLiteral("LOC0004");
const QString asOf = QStringLiteral("2026-11-23");

QString squeeze(QString s)
{
    // pdftotext writes no-break and narrow spaces as they are, or as spaces.
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00a0}\\x{202f}]+"));
    return s.remove(spaces);
}

struct Agency
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("agency.sqlite"));
    QString letters = dir.filePath(QStringLiteral("lettres"));

    Agency()
    {
        REQUIRE(cli({QStringLiteral("init")}).exitCode == 0);
        auto demo = cli({QStringLiteral("demo"), QStringLiteral("--accounts"), QStringLiteral("8"),
                         QStringLiteral("--as-of"), asOf});
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
        {
            // The facts the commissaire needs, known to the test.
            auto d = open();
            AccountRepository accounts(*d);
            Account a = *accounts.byRef(ref);
            a.leaseStart = QDate(2021, 3, 15);
            a.rentExclCharges = a.monthlyRent - Money::fromCents(15500);
            a.housingAid = Money::fromCents(20000);
            a.housingAidPayer = HousingAidPayer::Caf;
            a.guarantee = Guarantee::Guarantor;
            Guarantor g;
            g.name = QStringLiteral("M. Lucien Garant");
            g.address1 = QStringLiteral("7 allée des Cautions");
            g.postalCode = QStringLiteral("13008");
            g.city = QStringLiteral("Marseille");
            a.guarantors = {g};
            REQUIRE(accounts.save(a).ok());
        }
        REQUIRE(QDir().mkpath(letters));
        auto run = cli({QStringLiteral("run"), QStringLiteral("--as-of"), asOf,
                        QStringLiteral("--accounts"), ref, QStringLiteral("--out"), letters});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
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
    Account account() const { return *AccountRepository(*open()).byRef(ref); }
    Money balance() const
    {
        auto d = open();
        return PositionLoader(*d)
            .position(account().id, QDate::fromString(asOf, Qt::ISODate))
            ->balance;
    }
    // The PDFs of the account's letters, as the run wrote them.
    QStringList letterFiles() const
    {
        auto d = open();
        QStringList files;
        for (const ReminderLetter& l : *ReminderRepository(*d).lettersOfAccount(account().id))
            files << l.filePath;
        return files;
    }
};

int pages(const QString& pdf)
{
    return pdfInfo(pdf, QStringLiteral("Pages")).toInt();
}

} // namespace

TEST_CASE("dossier writes the identities, the lease, a statement that adds up to the balance, the "
          "reminders, the case file and the letters sent, and records nothing")
{
    Agency a;
    const Account account = a.account();
    {
        auto d = a.open();
        const CaseFile file(*d);
        CaseEvent reported;
        reported.kind = CaseEventKind::CafReported;
        reported.date = QDate(2026, 11, 20);
        reported.note = QStringLiteral("Signalement en ligne n° 4471");
        REQUIRE(file.record(ref, reported, QStringLiteral("marie")).ok());
        CaseEvent mistaken;
        mistaken.kind = CaseEventKind::VisaleDeclared;
        mistaken.date = QDate(2026, 11, 21);
        auto id = file.record(ref, mistaken, QStringLiteral("marie"));
        REQUIRE(id.ok());
        REQUIRE(file.cancel(*id, QStringLiteral("paul")).ok());
        // An event after D is not part of the file as of D.
        CaseEvent later = reported;
        later.kind = CaseEventKind::Note;
        later.date = QDate(2026, 11, 30);
        later.note = QStringLiteral("Après la date du dossier");
        REQUIRE(file.record(ref, later, QStringLiteral("marie")).ok());
        auto reminders = ReminderRepository(*d).ofAccount(account.id);
        REQUIRE(reminders->size() == 1);
        REQUIRE(ReminderRepository(*d)
                    .setTracking(reminders->first().id, QStringLiteral("1A23456789012"))
                    .ok());
    }
    const QStringList letters = a.letterFiles();
    REQUIRE(letters.size() == 1); // level 1 writes to the tenant

    const QString pdf = a.dir.filePath(QStringLiteral("dossier.pdf"));
    const QString csv = a.dir.filePath(QStringLiteral("releve.csv"));
    auto r = a.cli({QStringLiteral("dossier"), ref, QStringLiteral("--out"), pdf,
                    QStringLiteral("--csv"), csv, QStringLiteral("--as-of"), asOf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = pdfText(pdf);
    INFO(text.toStdString());

    // The cover letter, with its merge fields filled in.
    CHECK(text.contains(QStringLiteral("Dear Maître")));
    CHECK(text.contains(QStringLiteral("commandement de payer")));
    // The tenant and the guarantor, with their addresses.
    CHECK(text.contains(account.name));
    CHECK(text.contains(account.address1));
    CHECK(text.contains(QStringLiteral("M. Lucien Garant")));
    CHECK(text.contains(QStringLiteral("7 allée des Cautions")));
    CHECK(text.contains(QStringLiteral("13008 MARSEILLE")));
    // The lease.
    const QString s = squeeze(text);
    CHECK(s.contains(QStringLiteral("Startofthelease15/03/2021")));
    CHECK(s.contains(squeeze(QStringLiteral("Rent without charges ") +
                             LetterFormat::money(*account.rentExclCharges, QStringLiteral("en")))));
    CHECK(s.contains(QStringLiteral("Charges€155.00")));
    CHECK(s.contains(QStringLiteral("Housingaidpaidtothelandlord€200.00(CAF)")));
    // Rent and charges apart on the statement's rent lines.
    CHECK(s.contains(
        squeeze(QStringLiteral("rent %1, charges €155.00")
                    .arg(LetterFormat::money(*account.rentExclCharges, QStringLiteral("en"))))));

    // The statement's final balance is the account's balance as of D.
    static const QRegularExpression final(QStringLiteral("Balance as of 23/11/2026: ([^\\n]+)"));
    const auto m = final.match(text);
    REQUIRE(m.hasMatch());
    const Money balance = a.balance();
    REQUIRE(balance.isPositive());
    CHECK(squeeze(m.captured(1)) == squeeze(LetterFormat::money(balance, QStringLiteral("en"))));

    // The reminder sent, with its level and registered-letter number.
    CHECK(s.contains(QStringLiteral("23/11/20261–")));
    CHECK(text.contains(QStringLiteral("1A23456789012")));
    // The events: the one recorded, the cancelled one marked, none after D.
    CHECK(text.contains(QStringLiteral("Signalement en ligne n° 4471")));
    CHECK(text.contains(QStringLiteral("(cancelled by paul)")));
    CHECK_FALSE(text.contains(QStringLiteral("Après la date du dossier")));

    // The dossier's own pages, then every page of the two letters.
    static const QRegularExpression footer(QStringLiteral("File LOC0004 – page \\d+/(\\d+)"));
    const auto f = footer.match(text);
    REQUIRE(f.hasMatch());
    const int own = f.captured(1).toInt();
    CHECK(own >= 2);
    REQUIRE(pages(letters.at(0)) >= 1);
    CHECK(pages(pdf) == own + pages(letters.at(0)));
    CHECK(text.count(QStringLiteral("copy attached")) == 1);
    // The letter itself follows, as the tenant received it.
    CHECK(text.contains(QStringLiteral("Madame, Monsieur,")));

    // The CSV: French spreadsheet conventions, last balance = the balance.
    QFile raw(csv);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList rows = readFile(csv).trimmed().split(QStringLiteral("\r\n"));
    CHECK(rows.first().endsWith(QStringLiteral("Date;Ref.;Label;Debit;Credit;Balance")));
    CHECK(rows.last().section(u';', -1) == StatementCsv::amount(balance));
    CHECK(rows.last().section(u';', -1).contains(u','));
    CHECK(bytes.contains("\r\n"));

    // Nothing recorded: the case file and the litigation flag are as before.
    auto d = a.open();
    CHECK(CaseEventRepository(*d).forAccount(account.id)->size() == 3);
    CHECK_FALSE(a.account().litigation);
}

TEST_CASE("dossier lists a letter whose PDF is gone as not found")
{
    Agency a;
    const QStringList letters = a.letterFiles();
    REQUIRE(letters.size() == 1);
    REQUIRE(QFile::remove(letters.at(0)));
    const QString pdf = a.dir.filePath(QStringLiteral("dossier.pdf"));
    auto r = a.cli({QStringLiteral("dossier"), ref, QStringLiteral("--out"), pdf,
                    QStringLiteral("--as-of"), asOf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("1 letter(s) could not be found")));
    const QString text = pdfText(pdf);
    CHECK(text.count(QStringLiteral("copy attached")) == 0);
    CHECK(text.count(QStringLiteral("copy not found")) == 1);
    static const QRegularExpression footer(QStringLiteral("File LOC0004 – page \\d+/(\\d+)"));
    const int own = footer.match(text).captured(1).toInt();
    CHECK(own >= 2);
    CHECK(pages(pdf) == own);
}

TEST_CASE("dossier refuses an unknown account and an output it cannot write, leaving no file")
{
    Agency a;
    auto unknown = a.cli({QStringLiteral("dossier"), QStringLiteral("LOC9999"),
                          QStringLiteral("--out"), a.dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("LOC9999")));
    CHECK_FALSE(QFile::exists(a.dir.filePath(QStringLiteral("x.pdf"))));

    const QString missing = a.dir.filePath(QStringLiteral("absent/dossier.pdf"));
    auto unwritable = a.cli({QStringLiteral("dossier"), ref, QStringLiteral("--out"), missing,
                             QStringLiteral("--as-of"), asOf});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(missing));
    CHECK_FALSE(QFile::exists(missing));

    // The PDF can be written but the CSV cannot: neither is left (both or
    // nothing), and no temporary file either.
    const QString pdf = a.dir.filePath(QStringLiteral("dossier.pdf"));
    const QString csv = a.dir.filePath(QStringLiteral("absent/releve.csv"));
    auto half = a.cli({QStringLiteral("dossier"), ref, QStringLiteral("--out"), pdf,
                       QStringLiteral("--csv"), csv, QStringLiteral("--as-of"), asOf});
    CHECK(half.exitCode == 1);
    CHECK(half.err.contains(csv));
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(QDir(a.dir.path())
              .entryList(QDir::Files | QDir::Hidden)
              .filter(QStringLiteral(".relance-"))
              .isEmpty());
    // Nothing was recorded.
    auto d = a.open();
    CHECK(CaseEventRepository(*d).forAccount(a.account().id)->isEmpty());

    auto usage = a.cli({QStringLiteral("dossier"), ref});
    CHECK(usage.exitCode == 2);
}

TEST_CASE("The default cover letters, French and English, pass the templates' validation")
{
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        auto text = DefaultTemplates::commissaireCover(language);
        REQUIRE(text.ok());
        CHECK(text->contains(QStringLiteral("commandement de payer")));
        const auto error = TemplateEngine::check(*text, TemplateEngine::Part::LetterBody);
        INFO(language.toStdString() << ": " << (error ? error->message.toStdString() : ""));
        CHECK_FALSE(error.has_value());
    }
}
