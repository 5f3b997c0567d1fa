// bench_letters [LETTERS]: renders a run of LETTERS letters (default 10,000)
// into the merged PDF alone, then into the merged PDF plus one PDF per
// letter, and prints letters per second and the peak memory.
// Targets (issue 4): 10,000 letters, both outputs, <= 20 s and <= 400 MB.
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

    LetterOutputOptions merged;
    merged.mergedPath = dir.filePath(QStringLiteral("merged.pdf"));
    QElapsedTimer t1;
    t1.start();
    const double cpu1 = cpuSeconds();
    auto r1 = LetterProducer::produceRun(**db, runId, merged);
    const double s1 = t1.elapsed() / 1000.0;
    if (!r1)
        fail(r1.error());
    out << "merged PDF alone: " << r1->letters << " letters, " << r1->pages << " pages in "
        << QString::number(s1, 'f', 2) << " s = " << QString::number(r1->letters / s1, 'f', 0)
        << " letters/s, " << QFileInfo(merged.mergedPath).size() / 1024 << " KB (CPU "
        << QString::number(cpuSeconds() - cpu1, 'f', 2) << " s)" << Qt::endl;

    LetterOutputOptions both = merged;
    both.outDir = dir.filePath(QStringLiteral("letters"));
    QElapsedTimer t2;
    t2.start();
    const double cpu2 = cpuSeconds();
    auto r2 = LetterProducer::produceRun(**db, runId, both);
    const double s2 = t2.elapsed() / 1000.0;
    if (!r2)
        fail(r2.error());
    out << "merged PDF + one PDF per letter: " << r2->letters << " letters in "
        << QString::number(s2, 'f', 2) << " s = " << QString::number(r2->letters / s2, 'f', 0)
        << " letters/s (CPU " << QString::number(cpuSeconds() - cpu2, 'f', 2)
        << " s; target for 10,000: <= 20 s)" << Qt::endl;
    out << "peak memory: " << peakMegabytes() << " MB (target <= 400 MB)" << Qt::endl;
    return 0;
}
