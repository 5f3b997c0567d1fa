#include "LetterFixture.h"

#include "letters/LetterProducer.h"
#include "storage/DatabaseConfig.h"
#include "storage/ReminderRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

using namespace TestSupport;
using namespace LetterFixture;

namespace {

// A private CUPS server with one CUPS-PDF queue whose output goes to a
// temporary folder: letters printed through QPrinter come back as a PDF we
// can read. CUPS-PDF reads its settings only from /etc/cups, per queue
// (cups-pdf-<queue>.conf): the queue name is unique to this process and the
// file is removed afterwards.
class CupsServer
{
public:
    explicit CupsServer(const QString& root)
        : m_root(root)
        , m_queue(QStringLiteral("RelanceTest%1").arg(QCoreApplication::applicationPid()))
    {}

    ~CupsServer()
    {
        if (m_cupsd.state() != QProcess::NotRunning) {
            m_cupsd.terminate();
            if (!m_cupsd.waitForFinished(5000))
                m_cupsd.kill();
            m_cupsd.waitForFinished(2000);
        }
        QFile::remove(queueConfig());
    }

    QString queue() const { return m_queue; }
    QString socket() const { return m_root + QStringLiteral("/cups.sock"); }
    QString outDir() const { return m_root + QStringLiteral("/out"); }

    // Empty when the server runs, else why it cannot run here.
    QString start()
    {
        const QString cupsd =
            QStandardPaths::findExecutable(QStringLiteral("cupsd"), {QStringLiteral("/usr/sbin")});
        const QString lpadmin = QStandardPaths::findExecutable(QStringLiteral("lpadmin"),
                                                               {QStringLiteral("/usr/sbin")});
        if (cupsd.isEmpty() || lpadmin.isEmpty())
            return QStringLiteral("cupsd or lpadmin is not installed (apt install cups)");
        if (!QFile::exists(QStringLiteral("/usr/lib/cups/backend/cups-pdf")))
            return QStringLiteral("the CUPS-PDF backend is not installed "
                                  "(apt install printer-driver-cups-pdf)");
        if (geteuid() != 0)
            return QStringLiteral("cupsd and the CUPS-PDF queue need root");
        for (const char* sub : {"spool", "tmp", "cache", "state", "log", "out"}) {
            QDir().mkpath(m_root + u'/' + QLatin1String(sub));
            // CUPS filters run as the lp user.
            QFile::setPermissions(m_root + u'/' + QLatin1String(sub),
                                  QFileDevice::Permissions(0x7777));
        }
        QFile::setPermissions(m_root, QFileDevice::Permissions(0x7755));
        writeFile(m_root + QStringLiteral("/cups-files.conf"),
                  QStringLiteral("ServerRoot %1\nRequestRoot %1/spool\nTempDir %1/tmp\n"
                                 "CacheDir %1/cache\nStateDir %1/state\nErrorLog %1/log/error_log\n"
                                 "AccessLog %1/log/access_log\nPageLog %1/log/page_log\n"
                                 "SystemGroup root\n")
                      .arg(m_root)
                      .toUtf8());
        writeFile(m_root + QStringLiteral("/cupsd.conf"),
                  QStringLiteral("Listen %1\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
                                 "LogLevel warn\n<Location />\n  Order allow,deny\n  Allow all\n"
                                 "</Location>\n<Location /admin>\n  Order allow,deny\n  Allow all\n"
                                 "</Location>\n<Policy default>\n  <Limit All>\n    Order "
                                 "deny,allow\n  </Limit>\n</Policy>\n")
                      .arg(socket())
                      .toUtf8());
        QFile config(queueConfig());
        if (!config.open(QIODevice::WriteOnly))
            return QStringLiteral("%1 cannot be written").arg(queueConfig());
        config.write(QStringLiteral("Out %1\nAnonDirName %1\nLog %2/log\nUserUMask 0000\n")
                         .arg(outDir(), m_root)
                         .toUtf8());
        config.close();

        m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
        m_cupsd.start(cupsd, {QStringLiteral("-f"), QStringLiteral("-c"),
                              m_root + QStringLiteral("/cupsd.conf"), QStringLiteral("-s"),
                              m_root + QStringLiteral("/cups-files.conf")});
        if (!m_cupsd.waitForStarted(5000))
            return QStringLiteral("cupsd did not start: %1").arg(m_cupsd.errorString());
        QElapsedTimer timer;
        timer.start();
        while (!QFileInfo::exists(socket()) && timer.elapsed() < 10000) {
            if (m_cupsd.state() == QProcess::NotRunning)
                return QStringLiteral("cupsd stopped: %1")
                    .arg(QString::fromUtf8(m_cupsd.readAll()) +
                         readFile(m_root + QStringLiteral("/log/error_log")));
            QThread::msleep(100);
        }
        if (!QFileInfo::exists(socket()))
            return QStringLiteral("cupsd did not open its socket");

        // Poppler's renderer keeps the text extractable in the PDF that
        // CUPS-PDF writes (Ghostscript's turns it into unreadable glyphs).
        QProcess admin;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CUPS_SERVER"), socket());
        admin.setProcessEnvironment(env);
        admin.setProcessChannelMode(QProcess::MergedChannels);
        admin.start(lpadmin,
                    {QStringLiteral("-p"), m_queue, QStringLiteral("-E"), QStringLiteral("-v"),
                     QStringLiteral("cups-pdf:/") + m_queue, QStringLiteral("-P"),
                     QStringLiteral("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"),
                     QStringLiteral("-o"), QStringLiteral("pdftops-renderer-default=pdftocairo")});
        admin.waitForFinished(30000);
        if (admin.exitCode() != 0)
            return QStringLiteral("lpadmin failed: %1").arg(QString::fromUtf8(admin.readAll()));
        return {};
    }

    // The first PDF CUPS-PDF writes, once complete.
    QString waitForOutput(int timeoutMs) const
    {
        QElapsedTimer timer;
        timer.start();
        qint64 lastSize = -1;
        while (timer.elapsed() < timeoutMs) {
            const QFileInfoList files =
                QDir(outDir()).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files);
            if (!files.isEmpty()) {
                const qint64 size = files.first().size();
                // Ghostscript writes the file in steps: wait until it settles.
                if (size > 0 && size == lastSize)
                    return files.first().absoluteFilePath();
                lastSize = size;
            }
            QThread::msleep(300);
        }
        return {};
    }

private:
    QString queueConfig() const
    {
        return QStringLiteral("/etc/cups/cups-pdf-") + m_queue + QStringLiteral(".conf");
    }

    QString m_root;
    QString m_queue;
    QProcess m_cupsd;
};

} // namespace

TEST_CASE("A run printed to a real CUPS queue comes out as the letters")
{
    QTemporaryDir dir(QStringLiteral("/tmp/relance-cups-XXXXXX"));
    REQUIRE(dir.isValid());
    CupsServer cups(dir.path());
    const QString problem = cups.start();
    if (!problem.isEmpty()) {
        WARN("SKIPPED: no CUPS server can run here: " << problem.toStdString());
        return;
    }
    // libcups reads CUPS_SERVER once: set it before Qt asks for printers.
    qputenv("CUPS_SERVER", cups.socket().toUtf8());

    auto db = createDatabase(dir);
    Account second = dupont();
    second.ref = QStringLiteral("LOC0077");
    second.name = QStringLiteral("Mme Chloé Bernard");
    second.guarantors.clear();
    Issued one;
    one.account = dupont();
    one.level = 1;
    one.oldestDue = QDate(2026, 10, 5);
    one.itemsJson = monthlyItems(1, one.oldestDue, Money::fromCents(101350), &one.overdue);
    Issued two = one;
    two.account = second;
    two.itemsJson = monthlyItems(2, QDate(2026, 9, 5), Money::fromCents(48000), &two.overdue);
    QList<Issued> issued{one, two};
    const qint64 runId = recordRun(*db, QDate(2026, 11, 23), issued);

    LetterOutputOptions options;
    options.printerName = cups.queue();
    auto printed = LetterProducer::produceRun(*db, runId, options);
    INFO(printed.error().toStdString());
    REQUIRE(printed.ok());
    CHECK(printed->printed);
    CHECK(printed->letters == 2);

    const QString pdf = cups.waitForOutput(90000);
    REQUIRE_FALSE(pdf.isEmpty());
    CHECK(pdfInfo(pdf, QStringLiteral("Pages")) == QStringLiteral("2"));
    const QString text = normalizedText(pdf);
    CHECK(text.contains(QStringLiteral("M. Jean Dupont")));
    CHECK(text.contains(QStringLiteral("1 013,50 €")));
    CHECK(text.contains(QStringLiteral("Mme Chloé Bernard")));
    CHECK(text.contains(QStringLiteral("960,00 €")));
    CHECK(text.contains(QStringLiteral("Lyon, le 23 novembre 2026")));
    CHECK(text.indexOf(QStringLiteral("M. Jean Dupont")) <
          text.indexOf(QStringLiteral("Mme Chloé Bernard")));

    auto letters = ReminderRepository(*db).lettersOfRun(runId);
    REQUIRE(letters.ok());
    for (const ReminderLetter& l : *letters)
        CHECK(l.state == LetterState::Printed);
}

TEST_CASE("relance-cli run --printer prints the run on a real CUPS queue")
{
    // What a cron job does: relance-cli prints through the print system
    // itself (it loads no Qt Widgets, test_cli_without_widgets).
    QTemporaryDir dir(QStringLiteral("/tmp/relance-cups-XXXXXX"));
    REQUIRE(dir.isValid());
    CupsServer cups(dir.path());
    const QString problem = cups.start();
    if (!problem.isEmpty()) {
        WARN("SKIPPED: no CUPS server can run here: " << problem.toStdString());
        return;
    }
    const QString path = dir.filePath(QStringLiteral("relance.sqlite"));
    auto demo =
        runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--accounts"),
                QStringLiteral("12"), QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUPS_SERVER"), cups.socket());
    auto run =
        runCli({QStringLiteral("--db"), path, QStringLiteral("run"), QStringLiteral("--as-of"),
                QStringLiteral("2026-11-23"), QStringLiteral("--printer"), cups.queue()},
               {}, env);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("sent to the printer")));

    auto db = Database::open(DatabaseConfig::sqlite(path), Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    // Every paper letter of the run is recorded as printed, and the queue
    // received them all: one page or more each, the first tenant's name in
    // the printed text.
    auto q = (*db)->exec(QStringLiteral(
        "SELECT count(*), sum(CASE WHEN l.state = 'printed' THEN 1 ELSE 0 END), min(a.name) "
        "FROM letters l JOIN reminders r ON r.id = l.reminder_id "
        "JOIN accounts a ON a.id = r.account_id"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    const int letters = q->value(0).toInt();
    REQUIRE(letters > 0);
    CHECK(q->value(1).toInt() == letters);
    const QString pdf = cups.waitForOutput(90000);
    REQUIRE_FALSE(pdf.isEmpty());
    CHECK(pdfInfo(pdf, QStringLiteral("Pages")).toInt() >= letters);
    CHECK(normalizedText(pdf).contains(q->value(2).toString()));
}

TEST_CASE("Printing to a printer that does not exist is refused before anything is recorded")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    Issued one;
    one.account = dupont();
    one.oldestDue = QDate(2026, 10, 5);
    one.itemsJson = monthlyItems(1, one.oldestDue, Money::fromCents(101350), &one.overdue);
    QList<Issued> issued{one};
    const qint64 runId = recordRun(*db, QDate(2026, 11, 23), issued);
    LetterOutputOptions options;
    options.printerName = QStringLiteral("NoSuchPrinter");
    auto printed = LetterProducer::produceRun(*db, runId, options);
    REQUIRE_FALSE(printed.ok());
    CHECK(printed.error().contains(QStringLiteral("NoSuchPrinter")));
    auto letters = ReminderRepository(*db).lettersOfRun(runId);
    REQUIRE(letters.ok());
    CHECK(letters->first().state != LetterState::Printed);
}
