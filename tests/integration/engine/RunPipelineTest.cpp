// The one pipeline of a run (RunPipeline) on a real SQLite agency: what is
// recorded, which letters come out of it (read back with pdftotext), what the
// SMTP server on 127.0.0.1 receives, and what a failure leaves behind.
#include "EngineFixture.h"

#include "../smtp/SmtpFixture.h"
#include "letters/LetterProducer.h"
#include "reminders/RunPipeline.h"
#include "storage/ReminderRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace TestSupport;

namespace {

const QDate runDay(2026, 3, 10);

RunRequest request(const LetterOutputOptions& output = {})
{
    RunRequest r;
    r.options.asOf = runDay;
    r.options.userName = QStringLiteral("claire");
    r.output = output;
    return r;
}

qint64 recorded(EngineFixture& f)
{
    return f.scalar(QStringLiteral("SELECT count(*) FROM runs")) +
           f.scalar(QStringLiteral("SELECT count(*) FROM reminders")) +
           f.scalar(QStringLiteral("SELECT count(*) FROM outbox"));
}

QStringList pdfsIn(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
}

// The SMTP settings for `server` (STARTTLS, its CA, a login), as `smtp set`
// stores them.
void useServer(EngineFixture& f, const SmtpFixture& server)
{
    const CliResult r = f.cli(
        {QStringLiteral("smtp"), QStringLiteral("set"), QStringLiteral("--host"),
         QStringLiteral("localhost"), QStringLiteral("--port"), QString::number(server.port()),
         QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("--user"),
         QStringLiteral("agence"), QStringLiteral("--ca-file"), server.caFile(),
         QStringLiteral("--from"), QStringLiteral("relances@agence-etoile.fr"),
         QStringLiteral("--timeout"), QStringLiteral("10")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

SmtpFixture smtpServer()
{
    return SmtpFixture({QStringLiteral("--security"), QStringLiteral("starttls"),
                        QStringLiteral("--user"), QStringLiteral("agence"),
                        QStringLiteral("--password"), QStringLiteral("s3cret")});
}

} // namespace

TEST_CASE("RunPipeline: a letters folder that cannot take them records nothing, and the debtor "
          "is still owed a reminder")
{
    EngineFixture f;
    f.addMarchArrears(QStringLiteral("LOC0001"));
    f.addPaymentBefore(runDay);
    QTemporaryDir scratch;
    const QString file = scratch.filePath(QStringLiteral("letters"));
    writeFile(file, "not a folder");

    LetterOutputOptions output;
    output.outDir = file;
    QList<RunStep> steps;
    RunPipeline pipeline(f.db());
    pipeline.setProgress([&](RunStep step, int, int) { steps << step; });
    const RunPipelineResult r = pipeline.run(request(output));
    CHECK(r.failure.kind == RunFailureKind::OutputUnusable);
    CHECK(r.failure.reason.contains(QDir::toNativeSeparators(file)));
    CHECK(r.failure.reason.contains(QStringLiteral("is a file")));
    CHECK_FALSE(r.recorded);
    CHECK(recorded(f) == 0);
    CHECK(steps == QList<RunStep>{RunStep::CheckingOutput});

    // Nothing was spent: the same run with a usable folder issues to LOC0001.
    output.outDir = scratch.filePath(QStringLiteral("good"));
    const RunPipelineResult again = RunPipeline(f.db()).run(request(output));
    INFO(again.failure.reason.toStdString());
    REQUIRE(again.failure.kind == RunFailureKind::None);
    REQUIRE(again.outcome.issued.size() == 1);
    CHECK(again.outcome.issued.first().ref == QStringLiteral("LOC0001"));
}

TEST_CASE("RunPipeline: cancelled before recording, at the start or once the output is checked, "
          "records nothing")
{
    EngineFixture f;
    f.addMarchArrears(QStringLiteral("LOC0001"), false, QStringLiteral("loc1@example.fr"));
    f.addPaymentBefore(runDay);
    QTemporaryDir scratch;
    LetterOutputOptions output;
    output.outDir = scratch.filePath(QStringLiteral("letters"));

    SECTION("at the start")
    {
        RunPipeline pipeline(f.db());
        pipeline.setCancelled([] { return true; });
        const RunPipelineResult r = pipeline.run(request(output));
        CHECK(r.failure.kind == RunFailureKind::Cancelled);
    }
    SECTION("while the output is checked")
    {
        bool cancel = false;
        RunPipeline pipeline(f.db());
        pipeline.setProgress([&](RunStep step, int, int) {
            if (step == RunStep::CheckingOutput)
                cancel = true;
        });
        pipeline.setCancelled([&] { return cancel; });
        const RunPipelineResult r = pipeline.run(request(output));
        CHECK(r.failure.kind == RunFailureKind::Cancelled);
    }
    CHECK(recorded(f) == 0);
    CHECK(pdfsIn(output.outDir).isEmpty());
}

TEST_CASE("RunPipeline: a manual run that names no account is not recorded, and its message "
          "names no command-line option")
{
    EngineFixture f;
    f.addMarchArrears(QStringLiteral("LOC0001"));
    f.addPaymentBefore(runDay);
    RunRequest r = request();
    r.options.manual = true;
    const RunPipelineResult done = RunPipeline(f.db()).run(r);
    CHECK(done.failure.kind == RunFailureKind::NotRecorded);
    INFO(done.failure.reason.toStdString());
    CHECK_FALSE(done.failure.reason.isEmpty());
    CHECK_FALSE(done.failure.reason.contains(QStringLiteral("--")));
    CHECK(recorded(f) == 0);
}

TEST_CASE("RunPipeline: a run drawn into a folder gives one PDF per letter that says what is "
          "owed, with the counts and the progress of the drawing")
{
    EngineFixture f;
    f.addMarchArrears(QStringLiteral("LOC0001"));
    f.addMarchArrears(QStringLiteral("LOC0002"));
    f.addMarchArrears(QStringLiteral("LOC0003"));
    f.addPaymentBefore(runDay);
    QTemporaryDir scratch;
    LetterOutputOptions output;
    output.outDir = scratch.filePath(QStringLiteral("letters"));
    output.mergedPath = scratch.filePath(QStringLiteral("run.pdf"));

    QList<std::pair<int, int>> drawn;
    RunPipeline pipeline(f.db());
    pipeline.setProgress([&](RunStep step, int done, int total) {
        if (step == RunStep::DrawingLetters)
            drawn << std::pair{done, total};
    });
    const RunPipelineResult r = pipeline.run(request(output));
    INFO(r.failure.reason.toStdString() << r.delivery.lettersFailure.reason.toStdString());
    REQUIRE(r.failure.kind == RunFailureKind::None);
    CHECK(r.recorded);
    CHECK(r.outcome.issued.size() == 3);
    CHECK(r.delivery.letters == 3);
    CHECK(r.delivery.lettersFailure.kind == RunFailureKind::None);
    REQUIRE(r.delivery.produced.has_value());
    CHECK(r.delivery.produced->letters == 3);
    CHECK(pdfsIn(output.outDir).size() == 3);
    REQUIRE(!drawn.isEmpty());
    CHECK(drawn.last() == std::pair{3, 3});

    const QString merged = pdfText(output.mergedPath).simplified();
    INFO(merged.toStdString());
    CHECK(merged.contains(QStringLiteral("LOC0001")));
    CHECK(merged.contains(QStringLiteral("LOC0002")));
    CHECK(merged.contains(QStringLiteral("LOC0003")));
    CHECK(merged.contains(QStringLiteral("650,00")));
    // Written to PDF only: out of the print batch.
    auto pending = ReminderRepository(f.db()).pendingLetters();
    REQUIRE(pending.ok());
    CHECK(pending->isEmpty());
}

TEST_CASE("RunPipeline: asked only for a merged PDF, the desktop's run keeps one PDF per letter "
          "in the run's folder beside the database")
{
    EngineFixture f;
    f.addMarchArrears(QStringLiteral("LOC0001"));
    f.addPaymentBefore(runDay);
    QTemporaryDir scratch;
    LetterOutputOptions output;
    output.mergedPath = scratch.filePath(QStringLiteral("run.pdf"));
    RunRequest r = request(output);
    r.keepLettersWithRun = true;
    const RunPipelineResult done = RunPipeline(f.db()).run(r);
    REQUIRE(done.failure.kind == RunFailureKind::None);
    REQUIRE(done.delivery.produced.has_value());
    const QString folder = LetterProducer::runFolder(f.db(), done.outcome.runId);
    CHECK(QFileInfo(folder).absolutePath() ==
          QFileInfo(f.dbPath()).absoluteDir().filePath(QStringLiteral("letters")));
    const QStringList files = pdfsIn(folder);
    REQUIRE(files.size() == 1);
    CHECK(pdfText(QDir(folder).filePath(files.first())).contains(QStringLiteral("LOC0001")));
    CHECK(pdfText(output.mergedPath).contains(QStringLiteral("LOC0001")));
}

TEST_CASE("RunPipeline: without a destination the letters wait in the print batch, which the "
          "print batch then draws")
{
    EngineFixture f;
    f.addMarchArrears(QStringLiteral("LOC0001"));
    f.addMarchArrears(QStringLiteral("LOC0002"));
    f.addPaymentBefore(runDay);
    const RunPipelineResult r = RunPipeline(f.db()).run(request());
    REQUIRE(r.failure.kind == RunFailureKind::None);
    CHECK(r.delivery.letters == 2);
    CHECK_FALSE(r.delivery.wantedOutput);
    CHECK_FALSE(r.delivery.produced.has_value());
    auto pending = ReminderRepository(f.db()).pendingLetters();
    REQUIRE(pending.ok());
    CHECK(pending->size() == 2);

    QTemporaryDir scratch;
    LetterOutputOptions output;
    output.mergedPath = scratch.filePath(QStringLiteral("batch.pdf"));
    const PrintBatchResult batch = RunPipeline(f.db()).printBatch(output);
    INFO(batch.failure.reason.toStdString());
    REQUIRE(batch.produced.has_value());
    CHECK(batch.produced->letters == 2);
    const QString text = pdfText(output.mergedPath);
    CHECK(text.contains(QStringLiteral("LOC0001")));
    CHECK(text.contains(QStringLiteral("LOC0002")));
    pending = ReminderRepository(f.db()).pendingLetters();
    REQUIRE(pending.ok());
    CHECK(pending->isEmpty());
}

TEST_CASE("RunPipeline: asked to send, the run's e-mail reaches the SMTP server with its letter, "
          "and without a password it stays queued and nothing reaches the server")
{
    SmtpFixture server = smtpServer();
    REQUIRE(server.ready());
    EngineFixture f;
    f.addMarchArrears(QStringLiteral("LOC0001"), false, QStringLiteral("loc1@example.fr"));
    f.addPaymentBefore(runDay);
    useServer(f, server);
    QTemporaryDir scratch;
    LetterOutputOptions output;
    output.outDir = scratch.filePath(QStringLiteral("letters"));
    RunRequest r = request(output);
    r.sendEmails = true;
    RunPipeline pipeline(f.db());

    SECTION("with the password")
    {
        int asked = 0;
        pipeline.setPassword([&] {
            ++asked;
            return Result<QString>(QStringLiteral("s3cret"));
        });
        const RunPipelineResult done = pipeline.run(r);
        INFO(done.delivery.mailFailure.reason.toStdString());
        REQUIRE(done.failure.kind == RunFailureKind::None);
        CHECK(done.outcome.emailsQueued == 1);
        CHECK(asked == 1);
        CHECK(done.delivery.emailsAttempted);
        REQUIRE(done.delivery.mail.has_value());
        CHECK(done.delivery.mail->sent == 1);
        CHECK(done.delivery.mail->allSent());
        REQUIRE(server.waitForMessages(1));
        const QJsonObject message = server.messages().first();
        CHECK(message.value(QStringLiteral("rcpt_tos")).toArray().first().toString() ==
              QStringLiteral("loc1@example.fr"));
        const QJsonArray attachments = message.value(QStringLiteral("attachments")).toArray();
        REQUIRE(attachments.size() == 1);
        const QString attached =
            attachments.first().toObject().value(QStringLiteral("path")).toString();
        CHECK(pdfText(attached).contains(QStringLiteral("LOC0001")));
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'sent'")) == 1);
    }
    SECTION("without it")
    {
        pipeline.setPassword(
            [] { return Result<QString>::failure(QStringLiteral("No password in the keyring.")); });
        const RunPipelineResult done = pipeline.run(r);
        REQUIRE(done.failure.kind == RunFailureKind::None);
        CHECK(done.delivery.produced.has_value()); // the letters were still drawn
        CHECK(done.delivery.mailFailure.kind == RunFailureKind::NoPassword);
        CHECK(done.delivery.mailFailure.reason == QStringLiteral("No password in the keyring."));
        CHECK_FALSE(done.delivery.mail.has_value());
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'queued'")) == 1);
        server.stop();
        CHECK(server.messages().isEmpty());
    }
}

TEST_CASE("RunPipeline: run-due records each due automated level and keeps its letters in the "
          "print batch, their PDFs in the run's folder, and sends its e-mails")
{
    SmtpFixture server = smtpServer();
    REQUIRE(server.ready());
    EngineFixture f;
    f.automate(1, 10);
    f.addMarchArrears(QStringLiteral("LOC0001"), false, QStringLiteral("loc1@example.fr"));
    f.addMarchArrears(QStringLiteral("LOC0002"));
    f.addPaymentBefore(runDay);
    useServer(f, server);

    RunPipeline pipeline(f.db());
    pipeline.setPassword([] { return Result<QString>(QStringLiteral("s3cret")); });
    SECTION("not due yet: nothing recorded")
    {
        const RunDueResult r = pipeline.runDue(runDay.addDays(-1), false, QStringLiteral("cron"));
        REQUIRE(r.failure.kind == RunFailureKind::None);
        REQUIRE(r.report.levels.size() == 1);
        CHECK_FALSE(r.report.levels.first().due);
        REQUIRE(r.deliveries.size() == 1);
        CHECK_FALSE(r.deliveries.first().produced.has_value());
        CHECK(recorded(f) == 0);
    }
    SECTION("due")
    {
        const RunDueResult r = pipeline.runDue(runDay, false, QStringLiteral("cron"));
        INFO(r.failure.reason.toStdString());
        REQUIRE(r.failure.kind == RunFailureKind::None);
        REQUIRE(r.report.levels.size() == 1);
        const AutomationLevelRun& level = r.report.levels.first();
        CHECK(level.due);
        CHECK(level.outcome.issued.size() == 2);
        REQUIRE(r.deliveries.size() == 1);
        const RunDelivery& d = r.deliveries.first();
        INFO(d.lettersFailure.reason.toStdString() << d.mailFailure.reason.toStdString());
        REQUIRE(d.produced.has_value());
        CHECK(d.produced->letters == 2);
        CHECK(pdfsIn(LetterProducer::runFolder(f.db(), level.outcome.runId)).size() == 2);
        // Drawn for the e-mails only: the paper letters still wait.
        auto pending = ReminderRepository(f.db()).pendingLetters();
        REQUIRE(pending.ok());
        CHECK(pending->size() == 2);
        REQUIRE(d.mail.has_value());
        CHECK(d.mail->sent == 1);
        REQUIRE(server.waitForMessages(1));
        CHECK(server.messages().first().value(QStringLiteral("rcpt_tos")).toArray().first() ==
              QStringLiteral("loc1@example.fr"));
    }
}

TEST_CASE("RunPipeline: run-due whose letters folder cannot be made records no run")
{
    EngineFixture f;
    f.automate(1, 10);
    f.addMarchArrears(QStringLiteral("LOC0001"));
    f.addPaymentBefore(runDay);
    // The letters folder beside the database is taken by a file.
    const QString folder = QFileInfo(LetterProducer::runFolder(f.db(), 0)).absolutePath();
    writeFile(folder, "not a folder");
    const RunDueResult r = RunPipeline(f.db()).runDue(runDay, false, QStringLiteral("cron"));
    CHECK(r.failure.kind == RunFailureKind::OutputUnusable);
    CHECK(r.failure.reason.contains(QDir::toNativeSeparators(folder)));
    CHECK(recorded(f) == 0);
}
