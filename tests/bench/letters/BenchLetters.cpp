// bench_letters [LETTERS [THREADS,…]]: renders a run of LETTERS reminders (default
// 10,000, that is 11,000 letters) into the merged PDF plus one PDF per
// letter, with 1, 2 and 4 drawing threads (or those listed), and prints letters per second,
// the share of CPU time in layout, PDF writing, splitting and merging, and
// the peak memory. Targets (issue 17): >= 500 letters/s, <= 400 MB.
// A program that prints figures, not a test: run it on a Release build.

#include "letters/LetterProducer.h"
#include "reminders/Program.h"
#include "reminders/RunRecord.h"
#include "setup/DatabaseSetup.h"
#include "storage/AccountRepository.h"
#include "storage/AgencyRepository.h"
#include "storage/Database.h"
#include "storage/ProgramRepository.h"
#include "storage/ReminderRepository.h"
#include "storage/RunRepository.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

QTextStream out(stdout);

long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// CPU seconds used so far: the machines are shared, so wall-clock figures
// alone can mislead.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

[[noreturn]] void fail(const QString& what)
{
    out << "FAILED: " << what << Qt::endl;
    std::exit(1);
}

QByteArray png(const QSize& size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setBrush(Qt::darkBlue);
    p.drawEllipse(QRect(QPoint(0, 0), size));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// One run with `count` reminders (level 1 for most, a formal notice with a
// guarantor copy for every tenth) with 1 to 4 unpaid items each.
qint64 recordRun(const Database& db, int count)
{
    AgencyIdentity agency;
    agency.name = QStringLiteral("Agence du Parc");
    agency.address1 = QStringLiteral("8 quai de Saône");
    agency.postalCode = QStringLiteral("69001");
    agency.city = QStringLiteral("Lyon");
    agency.siret = QStringLiteral("123 456 789 00012");
    agency.signatory = QStringLiteral("Claire Martin");
    agency.logoPng = png(QSize(600, 240));
    agency.signaturePng = png(QSize(400, 150));
    if (Status st = AgencyRepository(db).save(agency); !st)
        fail(st.error());
    auto program = ProgramRepository(db).global();
    if (!program)
        fail(program.error());
    const QDate asOf(2026, 11, 23);
    qint64 runId = 0;
    int letters = 0;
    const Status st = db.write([&](QSqlDatabase& conn) -> Status {
        QList<Account> accounts;
        for (int i = 0; i < count; ++i) {
            Account a;
            a.ref = QStringLiteral("LOC%1").arg(i + 1, 5, 10, QChar(u'0'));
            a.name = QStringLiteral("M. Locataire %1").arg(i + 1);
            a.address1 = QStringLiteral("%1 rue des Lilas").arg(i % 200 + 1);
            a.postalCode = QStringLiteral("69003");
            a.city = QStringLiteral("Lyon");
            a.property = QStringLiteral("Appartement %1").arg(i + 1);
            if (i % 10 == 0) {
                Guarantor g;
                g.name = QStringLiteral("Mme Caution %1").arg(i + 1);
                g.address1 = QStringLiteral("3 place Bellecour");
                g.postalCode = QStringLiteral("69002");
                g.city = QStringLiteral("Lyon");
                a.guarantors << g;
            }
            accounts << a;
        }
        if (Status s = AccountRepository::upsertMany(conn, accounts); !s)
            return s;
        RunRecord run;
        run.createdAt = QDateTime::currentDateTimeUtc();
        run.asOf = asOf;
        auto id = RunRepository::insertIn(conn, run);
        if (!id)
            return Status::failure(id.error());
        runId = *id;
        auto ids = Database::exec(conn, QStringLiteral("SELECT id, ref FROM accounts"));
        QHash<QString, qint64> byRef;
        while (ids && ids->next())
            byRef.insert(ids->value(1).toString(), ids->value(0).toLongLong());
        for (int i = 0; i < count; ++i) {
            const Account& a = accounts.at(i);
            const bool notice = i % 10 == 0;
            const Level* level = program->level(notice ? 4 : 1);
            QJsonArray items;
            Money total;
            for (int m = 0; m < 1 + i % 4; ++m) {
                QJsonObject o;
                o[QStringLiteral("label")] = QStringLiteral("Loyer %1/2026").arg(10 - m);
                o[QStringLiteral("due_date")] = QDate(2026, 10 - m, 5).toString(Qt::ISODate);
                o[QStringLiteral("amount")] = QStringLiteral("645.30");
                o[QStringLiteral("remaining")] = QStringLiteral("645.30");
                items.append(o);
                total += Money::fromCents(64530);
            }
            ReminderRecord r;
            r.runId = runId;
            r.accountId = byRef.value(a.ref);
            r.levelId = level->id;
            r.levelPosition = level->position;
            r.levelName = level->name;
            r.date = asOf;
            r.episodeStart = QDate(2026, 10 - i % 4, 4);
            r.overdue = total;
            r.balance = total;
            r.oldestDueDate = QDate(2026, 10 - i % 4, 5);
            r.itemsJson = QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));
            r.recipients = notice
                               ? QStringList{QStringLiteral("tenant"), QStringLiteral("guarantor")}
                               : QStringList{QStringLiteral("tenant")};
            r.channels = {QStringLiteral("letter")};
            r.deadline = asOf.addDays(notice ? 15 : 8);
            r.registered = notice;
            auto rid = ReminderRepository::insertIn(conn, r);
            if (!rid || !*rid)
                return Status::failure(rid ? QStringLiteral("duplicate reminder") : rid.error());
            ReminderLetter l;
            l.reminderId = **rid;
            l.addressee = a.name;
            if (auto lid = ReminderRepository::insertLetterIn(conn, l); !lid)
                return Status::failure(lid.error());
            ++letters;
            if (notice) {
                auto g = Database::exec(conn,
                                        QStringLiteral("SELECT id, name FROM guarantors WHERE "
                                                       "account_id = ?"),
                                        {r.accountId});
                while (g && g->next()) {
                    ReminderLetter gl;
                    gl.reminderId = **rid;
                    gl.recipient = QStringLiteral("guarantor");
                    gl.guarantorId = g->value(0).toLongLong();
                    gl.addressee = g->value(1).toString();
                    if (auto lid = ReminderRepository::insertLetterIn(conn, gl); !lid)
                        return Status::failure(lid.error());
                }
            }
        }
        return {};
    });
    if (!st)
        fail(st.error());
    return runId;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    DatabaseConfig config;
    config.path = dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = Database::open(config);
    if (!db)
        fail(db.error());
    if (Status st = DatabaseSetup::prepare(**db); !st)
        fail(st.error());
    QElapsedTimer setup;
    setup.start();
    const qint64 runId = recordRun(**db, count);
    out << "setup: " << count << " reminders recorded in " << setup.elapsed() << " ms" << Qt::endl;

    // The same letters with 1, 2 and 4 drawing threads, each time the
    // merged PDF and one PDF per letter (what a run writes).
    QList<int> passes{1, 2, 4};
    if (argc > 2) {
        passes.clear();
        for (const QString& n : QString::fromLocal8Bit(argv[2]).split(u','))
            passes << n.toInt();
    }
    for (const int threads : passes) {
        LetterOutputOptions options;
        options.threads = threads;
        options.mergedPath = dir.filePath(QStringLiteral("merged-%1.pdf").arg(threads));
        options.outDir = dir.filePath(QStringLiteral("letters-%1").arg(threads));
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuSeconds();
        auto r = LetterProducer::produceRun(**db, runId, options);
        const double seconds = timer.elapsed() / 1000.0;
        const double cpuUsed = cpuSeconds() - cpu;
        if (!r)
            fail(r.error());
        if (r->files.size() != r->letters)
            fail(QStringLiteral("%1 files for %2 letters").arg(r->files.size()).arg(r->letters));
        const LetterTimings& t = r->timings;
        const double work = t.layout + t.writing + t.splitting + t.merging;
        const auto share = [work](double part) -> QString {
            return QString::number(work > 0 ? 100 * part / work : 0, 'f', 0) + QStringLiteral("%");
        };
        out << threads << " thread(s) (" << t.threads << " used): " << r->letters << " letters, "
            << r->pages << " pages, merged + one PDF each in " << QString::number(seconds, 'f', 2)
            << " s = " << QString::number(r->letters / seconds, 'f', 0) << " letters/s; CPU "
            << QString::number(cpuUsed, 'f', 2)
            << " s = " << QString::number(r->letters / cpuUsed, 'f', 0)
            << " letters per CPU second; merged " << QFileInfo(options.mergedPath).size() / 1024
            << " KB, first letter's file " << QFileInfo(r->files.value(0)).size() / 1024 << " KB"
            << Qt::endl;
        if (qEnvironmentVariableIsSet("BENCH_LETTERS_KEEP"))
            QFile::copy(r->files.value(0), QStringLiteral("%1/letter-%2.pdf")
                                               .arg(qEnvironmentVariable("BENCH_LETTERS_KEEP"))
                                               .arg(threads));
        if (qEnvironmentVariableIsSet("BENCH_LETTERS_KEEP"))
            QFile::copy(options.mergedPath, QStringLiteral("%1/merged-%2.pdf")
                                                .arg(qEnvironmentVariable("BENCH_LETTERS_KEEP"))
                                                .arg(threads));
        out << "  CPU shares: layout " << share(t.layout) << ", PDF writing " << share(t.writing)
            << ", splitting " << share(t.splitting) << ", merging " << share(t.merging) << " (of "
            << QString::number(work, 'f', 2) << " s); peak memory so far " << peakMegabytes()
            << " MB" << Qt::endl;
        // The files stay until the end: ext4 is slow to hand out inodes
        // freed a moment ago, which would slow the next pass, not this one.
    }
    out << "peak memory: " << peakMegabytes() << " MB (target <= 400 MB; >= 500 letters/s)"
        << Qt::endl;
    return 0;
}
