// relance-cli run as a user (or cron) runs it, when things go wrong: bad
// arguments, an output that cannot take the letters, a run killed while it
// writes them and finished with `run --resume`.
#include "EngineFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>

#include <random>

using namespace TestSupport;

namespace {

const QDate runDay(2026, 3, 10);

QStringList runArgs(const QStringList& extra = {})
{
    return QStringList{QStringLiteral("run"), QStringLiteral("--as-of"),
                       runDay.toString(Qt::ISODate)} +
           extra;
}

qint64 recorded(EngineFixture& f)
{
    return f.scalar(QStringLiteral("SELECT count(*) FROM runs")) +
           f.scalar(QStringLiteral("SELECT count(*) FROM reminders"));
}

// The files a user sees in the folder (hidden ones included).
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                               QDir::Name);
}

CliResult runCliIn(const QString& workingDir, const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(RELANCE_CLI_PATH), args);
    p.waitForFinished(300000);
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST_CASE("run --accounts with an empty list is a usage error and records nothing")
{
    EngineFixture f;
    f.addMarchArrears(QStringLiteral("LOC0001"));
    f.addMarchArrears(QStringLiteral("LOC0002"));
    f.addPaymentBefore(runDay);
    for (const QString& list : {QString(), QStringLiteral(",,"), QStringLiteral(" , ")}) {
        auto r = f.cli(runArgs({QStringLiteral("--accounts"), list}));
        INFO(list.toStdString() << " " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("--accounts")));
    }
    CHECK(recorded(f) == 0);
}

TEST_CASE("A date option must be written YYYY-MM-DD, in every command")
{
    EngineFixture f;
    f.addMarchArrears(QStringLiteral("LOC0001"));
    f.addPaymentBefore(runDay);
    const QList<QStringList> calls = {
        {QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2026/03/10")},
        {QStringLiteral("run"), QStringLiteral("--as-of"), QStringLiteral("2026.03.10")},
        {QStringLiteral("plan"), QStringLiteral("--as-of"), QStringLiteral("2026/03/10")},
        {QStringLiteral("debtors"), QStringLiteral("--as-of"), QStringLiteral("2026/03/10")},
        {QStringLiteral("run-due"), QStringLiteral("--today"), QStringLiteral("2026/03/10")},
    };
    for (const QStringList& call : calls) {
        auto r = f.cli(call);
        INFO(call.join(u' ').toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("YYYY-MM-DD")));
    }
    CHECK(recorded(f) == 0);
    // The right form still works.
    auto ok =
        f.cli({QStringLiteral("plan"), QStringLiteral("--as-of"), QStringLiteral("2026-03-10")});
    CHECK(ok.exitCode == 0);
}

TEST_CASE("An argument a command does not take is a usage error, in every command")
{
    EngineFixture f;
    f.addMarchArrears(QStringLiteral("LOC0001"));
    f.addPaymentBefore(runDay);
    const QList<QStringList> calls = {
        runArgs({QStringLiteral("LOC0001")}),
        {QStringLiteral("debtors"), QStringLiteral("extra")},
        {QStringLiteral("plan"), QStringLiteral("extra")},
        {QStringLiteral("init"), QStringLiteral("extra")},
        {QStringLiteral("send"), QStringLiteral("extra")},
        {QStringLiteral("history"), QStringLiteral("extra")},
        {QStringLiteral("import"), QStringLiteral("ledger"), QStringLiteral("a.csv"),
         QStringLiteral("b.csv")},
    };
    for (const QStringList& call : calls) {
        auto r = f.cli(call);
        INFO(call.join(u' ').toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exitCode == 2);
    }
    CHECK(recorded(f) == 0);
}

TEST_CASE("demo --as-of is bounded to sensible years")
{
    QTemporaryDir dir;
    for (const QString& date : {QStringLiteral("1900-01-01"), QStringLiteral("9999-12-31")}) {
        auto r = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("d.sqlite")),
                         QStringLiteral("demo"), QStringLiteral("--accounts"), QStringLiteral("5"),
                         QStringLiteral("--as-of"), date});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("2100")));
    }
}

TEST_CASE("A relative --out is recorded as an absolute path, so send finds it from anywhere")
{
    EngineFixture f;
    f.editLevel(1, [](Level& l) { l.byEmail = true; });
    f.addMarchArrears(QStringLiteral("LOC0001"), false, QStringLiteral("loc1@example.org"));
    f.addPaymentBefore(runDay);
    QTemporaryDir work;
    auto r =
        runCliIn(work.path(), QStringList{QStringLiteral("--db"), f.dbPath()} +
                                  runArgs({QStringLiteral("--out"), QStringLiteral("lettres")}));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // What `send` attaches, read as it reads it (the letter's file), from
    // this test's own working folder.
    auto q = f.db().exec(
        QStringLiteral("SELECT COALESCE(NULLIF(o.attachment_path, ''), l.file_path) FROM outbox o "
                       "JOIN letters l ON l.id = o.letter_id"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    const QString attachment = q->value(0).toString();
    CHECK(QFileInfo(attachment).isAbsolute());
    CHECK(attachment.startsWith(QDir(work.path()).filePath(QStringLiteral("lettres"))));
    CHECK(QFile::exists(attachment));
}

TEST_CASE("An output that cannot take the letters is refused before anything is recorded")
{
    EngineFixture f;
    f.addMarchArrears(QStringLiteral("LOC0001"));
    f.addPaymentBefore(runDay);
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("a-file")), "x");

    const QList<QPair<QStringList, QString>> outputs = {
        // --merged names a folder.
        {{QStringLiteral("--merged"), dir.path()}, QStringLiteral("is a folder")},
        // --out is a file, or under a file: no folder can be made there.
        {{QStringLiteral("--out"), dir.filePath(QStringLiteral("a-file"))},
         QStringLiteral("not a folder")},
        {{QStringLiteral("--out"), dir.filePath(QStringLiteral("a-file/letters"))},
         QStringLiteral("cannot be created")},
        {{QStringLiteral("--merged"), dir.filePath(QStringLiteral("a-file/run.pdf"))},
         QStringLiteral("not a folder")},
        // A printer that does not exist (a typo).
        {{QStringLiteral("--printer"), QStringLiteral("Brother-HL-typo")},
         QStringLiteral("Brother-HL-typo")},
    };
    for (const auto& [extra, says] : outputs) {
        auto r = f.cli(runArgs(extra));
        INFO(extra.join(u' ').toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(says));
        CHECK(r.err.contains(QStringLiteral("Nothing was recorded")));
    }
    CHECK(recorded(f) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM letters")) == 0);
}

TEST_CASE("A very long account ref gets a letter with a bounded file name")
{
    EngineFixture f;
    const QString ref = QStringLiteral("LOC") + QString(237, u'7');
    f.addMarchArrears(ref);
    f.addPaymentBefore(runDay);
    QTemporaryDir out;
    auto r = f.cli(runArgs({QStringLiteral("--out"), out.path()}));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QStringList files = entries(out.path());
    REQUIRE(files.size() == 1);
    CHECK(files.first().size() <= 100);
    CHECK(files.first().startsWith(QStringLiteral("relance-LOC777")));
    CHECK(pdfInfo(out.filePath(files.first()), QStringLiteral("Pages")) == QStringLiteral("1"));
}

TEST_CASE("A template that cannot be merged stops the run before anything is recorded")
{
    EngineFixture f;
    f.addMarchArrears(QStringLiteral("LOC0001"));
    f.addPaymentBefore(runDay);
    // As `config import` could store it before it checked templates.
    REQUIRE(f.db()
                .exec(QStringLiteral("UPDATE templates SET body = body || '{{#account.name}}' "
                                     "WHERE language = 'fr'"))
                .ok());
    auto q = f.db().exec(
        QStringLiteral("SELECT t.name FROM templates t JOIN levels l ON l.id = t.level_id "
                       "WHERE l.position = 1 AND t.language = 'fr' AND t.is_default = 1"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    const QString name = q->value(0).toString();
    QTemporaryDir out;
    auto r = f.cli(runArgs({QStringLiteral("--out"), out.path()}));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Nothing was recorded")));
    CHECK(r.err.contains(QStringLiteral("« %1 »").arg(name)));
    CHECK(r.err.contains(QStringLiteral("account.name")));
    CHECK(recorded(f) == 0);
    CHECK(entries(out.path()).isEmpty());
}

TEST_CASE("A run killed while it writes its letters is finished once by run --resume")
{
    // Fixed seed: the same kill points on every machine.
    std::mt19937 random(20261206);
    for (int attempt = 0; attempt < 4; ++attempt) {
        EngineFixture f;
        f.editLevel(1, [](Level& l) {
            l.toGuarantor = true;
            l.byEmail = true;
        });
        // 6 reminders; 2 with a guarantor: 8 letters; 4 tenants with an e-mail.
        for (int i = 1; i <= 6; ++i)
            f.addMarchArrears(QStringLiteral("LOC%1").arg(i, 4, 10, QLatin1Char('0')), i <= 2,
                              i <= 4 ? QStringLiteral("loc%1@example.org").arg(i) : QString());
        f.addPaymentBefore(runDay);
        constexpr int letters = 8;
        // Steps: 8 letters drawn, 8 letter files written, 1 before recording.
        const int abortAt = std::uniform_int_distribution<int>(1, 2 * letters + 1)(random);
        INFO("attempt " << attempt << ", killed at step " << abortAt);

        QTemporaryDir out;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RELANCE_TEST_ABORT_AFTER_LETTERS"), QString::number(abortAt));
        auto killed = runCli(QStringList{QStringLiteral("--db"), f.dbPath()} +
                                 runArgs({QStringLiteral("--out"), out.path()}),
                             {}, env);
        CHECK(killed.exitCode == -1); // killed, as by kill -9
        REQUIRE(f.scalar(QStringLiteral("SELECT count(*) FROM reminders")) == 6);
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM letters WHERE state = 'pending' "
                                      "AND COALESCE(file_path, '') = ''")) == letters);

        // A second plain run issues nothing again.
        auto again = f.cli(runArgs({QStringLiteral("--out"), out.path()}));
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM reminders")) == 6);

        auto resumed = f.cli({QStringLiteral("run"), QStringLiteral("--resume")});
        INFO(resumed.err.toStdString());
        CHECK(resumed.exitCode == 0);
        CHECK(resumed.err.contains(QStringLiteral("8 letters written")));

        // Every letter written once, whole, under its own name; nothing else left.
        const QStringList files = entries(out.path());
        INFO(files.join(u' ').toStdString());
        CHECK(files.size() == letters);
        for (const QString& file : files) {
            CHECK(file.endsWith(QStringLiteral(".pdf")));
            CHECK(pdfInfo(out.filePath(file), QStringLiteral("Pages")).toInt() >= 1);
        }
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM letters WHERE state = 'generated' "
                                      "AND file_path LIKE ?"),
                       {QString(out.path() + QStringLiteral("/%"))}) == letters);
        // Every e-mail queued once.
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")) == 4);
        CHECK(f.scalar(QStringLiteral("SELECT count(DISTINCT to_address) FROM outbox")) == 4);

        // Finishing again writes nothing twice.
        auto twice = f.cli({QStringLiteral("run"), QStringLiteral("--resume")});
        CHECK(twice.exitCode == 0);
        CHECK(twice.err.contains(QStringLiteral("No recorded run still owes letters")));
        CHECK(entries(out.path()).size() == letters);
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")) == 4);
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM reminders")) == 6);
    }
}
