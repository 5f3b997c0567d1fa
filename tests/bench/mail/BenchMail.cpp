// Sends N e-mails (default 1,000) with a 60 KB PDF each through the real
// outbox and SMTP code to a local aiosmtpd, and prints messages per second
// and the resident memory at the start, the middle and the end.
//
//   bench_mail [--messages N] [--security none|starttls]
#include "mail/Outbox.h"
#include "mail/SmtpSender.h"
#include "storage/Database.h"
#include "storage/OutboxRepository.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <Poco/Net/ServerSocket.h>

#include <cstdio>

namespace {

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

int freePort()
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    const int port = socket.address().port();
    socket.close();
    return port;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int count = 1000;
    QString security = QStringLiteral("none");
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--messages"))
            count = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--security"))
            security = args.at(i + 1);
    }

    QTemporaryDir dir;
    const QString serverDir = dir.filePath(QStringLiteral("server"));
    const int port = freePort();
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedChannels);
    server.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(RELANCE_SMTP_FIXTURE), QStringLiteral("--port"),
                  QString::number(port), QStringLiteral("--dir"), serverDir,
                  QStringLiteral("--security"),
                  security == QLatin1String("none") ? QStringLiteral("plain") : security,
                  QStringLiteral("--raw-only")});
    QDeadlineTimer ready(20000);
    while (!QFileInfo::exists(serverDir + QStringLiteral("/ready")) && !ready.hasExpired())
        server.waitForFinished(50);
    if (!QFileInfo::exists(serverDir + QStringLiteral("/ready"))) {
        std::fprintf(stderr, "aiosmtpd did not start (is python3-aiosmtpd installed?)\n");
        return 1;
    }

    auto opened = Database::open(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("b.sqlite"))));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Database& db = **opened;
    auto* rng = QRandomGenerator::global();
    const Status filled = db.write([&](QSqlDatabase& conn) -> Status {
        for (int i = 0; i < count; ++i) {
            QByteArray pdf("%PDF-1.4\n");
            while (pdf.size() < 60 * 1024)
                pdf.append(char(rng->bounded(256)));
            const QString path = dir.filePath(QStringLiteral("letter-%1.pdf").arg(i));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
                return Status::failure(QStringLiteral("cannot write ") + path);
            OutboxMessage m;
            m.toAddress = QStringLiteral("locataire%1@example.fr").arg(i);
            m.toName = QStringLiteral("Locataire n° %1").arg(i);
            m.subject = QStringLiteral("Loyer impayé — LOC%1").arg(i, 5, 10, QLatin1Char('0'));
            m.body = QStringLiteral("Bonjour,\n\nVeuillez trouver ci-joint notre courrier.\n\n"
                                    "Agence Étoile\n")
                         .repeated(4);
            m.attachmentPath = path;
            m.attachmentName = QStringLiteral("relance-LOC%1.pdf").arg(i);
            m.recipient = QStringLiteral("tenant");
            if (auto id = OutboxRepository::insertIn(conn, m); !id)
                return Status::failure(id.error());
        }
        return {};
    });
    if (!filled) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.error()));
        return 1;
    }
    SmtpSettings settings;
    settings.host = security == QLatin1String("none") ? QStringLiteral("127.0.0.1")
                                                      : QStringLiteral("localhost");
    settings.port = port;
    settings.security =
        SmtpSettings::securityFromKey(security).value_or(SmtpSettings::Security::None);
    settings.fromAddress = QStringLiteral("relances@agence-etoile.fr");
    settings.fromName = QStringLiteral("Agence Étoile");
    settings.caFile =
        security == QLatin1String("none") ? QString() : serverDir + QStringLiteral("/ca.pem");
    if (Status s = settings.save(db); !s)
        return 1;

    std::printf("bench_mail: %d messages, 60 KB PDF each, security %s\n", count,
                qPrintable(security));
    std::printf("RSS at start:  %ld KB\n", rssKb());
    Outbox outbox(db);
    Outbox::Options options;
    options.progress = [count](int done, int) {
        if (done == count / 2)
            std::printf("RSS at middle: %ld KB (%d sent)\n", rssKb(), done);
    };
    QElapsedTimer timer;
    timer.start();
    auto report = outbox.sendPending(options);
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("RSS at end:    %ld KB\n", rssKb());
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error()));
        return 1;
    }
    const int received =
        int(QDir(serverDir).entryList({QStringLiteral("msg-*.json")}, QDir::Files).size());
    std::printf("sent %d, failed %d, received by the server %d\n", report->sent,
                report->temporaryFailures + report->permanentFailures, received);
    if (!report->sessionError.isEmpty())
        std::printf("session error: %s\n", qPrintable(report->sessionError));
    std::printf("time %.2f s, %.1f messages/s (target >= 50, issue 17)\n", seconds,
                report->sent / seconds);
    server.terminate();
    server.waitForFinished(5000);
    return report->sent == count ? 0 : 1;
}
