#include "LetterProducer.h"

#include "EnvelopeWindow.h"
#include "LetterComposer.h"
#include "LetterOutputCheck.h"
#include "LetterPlans.h"
#include "LetterRenderer.h"
#include "LetterStateChange.h"
#include "PdfFinisher.h"
#include "PdfScratch.h"
#include "print/PrintQueue.h"
#include "storage/AccountRepository.h"
#include "storage/AgencyRepository.h"
#include "storage/Database.h"
#include "storage/ReminderRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TemplateRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#ifdef Q_OS_UNIX
#include <time.h>
#endif

namespace {

// CPU seconds the calling thread has used: what each step costs, whatever
// else the machine runs.
double threadCpuSeconds()
{
#ifdef Q_OS_UNIX
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
#else
    return 0;
#endif
}

struct Job
{
    const ReminderRecord* reminder = nullptr;
    ReminderLetter letter;
};

QString uniquePath(const QString& dir, const QString& fileName, QSet<QString>& used)
{
    QString path = QDir(dir).filePath(fileName);
    int n = 2;
    while (used.contains(path)) {
        const QFileInfo fi(fileName);
        path = QDir(dir).filePath(fi.completeBaseName() + u'-' + QString::number(n++) +
                                  QStringLiteral(".pdf"));
    }
    used.insert(path);
    return path;
}

// Everything the letters of one production share, loaded once in the
// calling thread; the rendering threads only read it.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(LetterProducer)

public:
    explicit Context(const Database& db)
        : m_db(db)
        , m_templates(db)
    {}

    Status load(const QList<Job>& jobs, const QString& outDir)
    {
        auto agency = AgencyRepository(m_db).load();
        if (!agency)
            return Status::failure(agency.error());
        m_agency = *agency;
        auto window = SettingsRepository::envelopeWindow(m_db);
        if (!window)
            return Status::failure(window.kind(), window.error());
        m_window = *window;
        auto accounts = AccountRepository(m_db).all();
        if (!accounts)
            return Status::failure(accounts.error());
        QHash<qint64, Account> byId;
        for (Account& a : *accounts)
            byId.insert(a.id, std::move(a));
        auto plans = LetterPlans::load(m_db);
        if (!plans)
            return Status::failure(plans.kind(), plans.error());
        QSet<QString> used;
        m_letters.reserve(size_t(jobs.size()));
        for (const Job& job : jobs) {
            Prepared p;
            p.facts = facts(job, byId);
            if (plans->has(job.reminder->accountId)) {
                auto plan = plans->of(m_db, job.reminder->accountId, job.reminder->date);
                if (!plan)
                    return Status::failure(plan.kind(), plan.error());
                p.facts.plan = *plan;
            }
            auto t = templateFor(*job.reminder, LetterComposer::language(p.facts));
            if (!t)
                return Status::failure(t.error());
            p.letterTemplate = *t;
            if (p.facts.guarantor)
                for (int g = 0; g < p.facts.account.guarantors.size(); ++g)
                    if (p.facts.account.guarantors.at(g).id == p.facts.guarantor->id)
                        p.guarantorIndex = g;
            if (!outDir.isEmpty())
                p.path =
                    uniquePath(outDir, LetterComposer::fileName(p.facts, p.guarantorIndex), used);
            m_letters.push_back(std::move(p));
        }
        return {};
    }

    const EnvelopeWindow& window() const { return m_window; }
    const AgencyIdentity& agency() const { return m_agency; }
    int size() const { return int(m_letters.size()); }
    QString path(int i) const { return m_letters[size_t(i)].path; }
    LetterContent compose(int i) const
    {
        const Prepared& p = m_letters[size_t(i)];
        return LetterComposer::compose(p.facts, *p.letterTemplate);
    }

private:
    struct Prepared
    {
        LetterFacts facts;
        const LetterTemplate* letterTemplate = nullptr;
        QString path;
        int guarantorIndex = 0;
    };

    LetterFacts facts(const Job& job, const QHash<qint64, Account>& accounts) const
    {
        return LetterComposer::facts(m_agency, *job.reminder, job.letter,
                                     accounts.value(job.reminder->accountId));
    }

    Result<const LetterTemplate*> templateFor(const ReminderRecord& r, const QString& language)
    {
        const QString key =
            QString::number(r.templateId) + u'/' + QString::number(r.levelId) + u'/' + language;
        auto it = m_cache.find(key);
        if (it != m_cache.end())
            return &it->second;
        // The same choice as the reminder's e-mail (MailQueue).
        auto t = m_templates.forReminder(r.templateId, r.levelId, language);
        if (!t)
            return Result<const LetterTemplate*>::failure(t.error());
        if (!t->has_value())
            return Result<const LetterTemplate*>::failure(
                r.levelId <= 0
                    ? tr("The level of a reminder was deleted with its templates: its letter "
                         "cannot be written.")
                    : TemplateRepository::tr("The reminder level has no letter template: add "
                                             "one in « Levels and templates »."));
        return &m_cache.emplace(key, **t).first->second;
    }

    const Database& m_db;
    TemplateRepository m_templates;
    AgencyIdentity m_agency;
    EnvelopeWindow m_window;
    std::vector<Prepared> m_letters;
    std::map<QString, LetterTemplate> m_cache; // stable addresses
};

// The letters [from, to) drawn into one file by one thread, then split.
struct Chunk
{
    int from = 0;
    int to = 0;
    QString raw;
    QList<PdfPart> parts;
    int pages = 0;
    QString error;
    // CPU seconds of this chunk's thread (LetterTimings).
    double layout = 0;
    double writing = 0;
    double splitting = 0;
    bool finished = false; // drawn (and split when asked) without error
    // Its file is whole: the merged file may take its pages (set by the
    // drawing thread, read by the calling thread).
    std::atomic<bool> drawn = false;
};

void renderChunk(const Context& context, Chunk& chunk, const QString& title,
                 const PdfMetadata& meta, bool split, const std::function<void()>& letterDone,
                 const std::function<void()>& chunkDrawn, const std::atomic<bool>& stop)
{
    double mark = threadCpuSeconds();
    const auto lap = [&mark](double& into) {
        const double now = threadCpuSeconds();
        into += now - mark;
        mark = now;
    };
    {
        QPdfWriter writer(chunk.raw);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Relance"));
        writer.setResolution(600);
        LetterRenderer::preparePage(writer);
        // Each thread has its own renderer (it caches decoded images and the
        // pieces of text laid out for this writer), gone before the writer.
        const LetterRenderer renderer(context.window());
        QPainter painter(&writer);
        for (int i = chunk.from; i < chunk.to; ++i) {
            if (stop) {
                chunk.error = LetterProducer::tr("Stopped: no letter was written.");
                return;
            }
            const LetterContent content = context.compose(i);
            const LetterPages laidOut = renderer.layout(writer, content);
            lap(chunk.layout);
            const int pages = renderer.paint(painter, writer, laidOut, chunk.pages > 0);
            lap(chunk.writing);
            chunk.parts << PdfPart{chunk.pages, pages, context.path(i), content.title};
            chunk.pages += pages;
            letterDone();
            PdfScratch::testAbortPoint();
        }
        if (!painter.end()) {
            chunk.error =
                LetterProducer::tr("The PDF file %1 could not be written.").arg(chunk.raw);
            return;
        }
    }
    lap(chunk.writing);
    chunk.drawn = true;
    chunkDrawn();
    if (split) {
        const Status st = PdfFinisher::finish(chunk.raw, {}, meta, chunk.parts, {},
                                              [&stop]() { return stop.load(); });
        if (!st) {
            chunk.error = st.error();
            return;
        }
        lap(chunk.splitting);
    }
    chunk.finished = true;
}

Result<LetterOutput> produce(const Database& db, QList<Job> jobs, LetterOutputOptions options,
                             const QString& title)
{
    using R = Result<LetterOutput>;
    LetterOutput output;
    if (options.onlyUnwritten)
        jobs.removeIf([](const Job& job) {
            return job.letter.state != LetterState::Pending || !job.letter.filePath.isEmpty();
        });
    if (jobs.isEmpty())
        return output;
    // Paths are recorded absolute: `send` runs later, from another folder
    // (cron starts in $HOME), and must find the same files.
    if (!options.outDir.isEmpty())
        options.outDir = QDir::cleanPath(QFileInfo(options.outDir).absoluteFilePath());
    if (!options.mergedPath.isEmpty())
        options.mergedPath = QDir::cleanPath(QFileInfo(options.mergedPath).absoluteFilePath());
    const bool wantPdf = !options.outDir.isEmpty() || !options.mergedPath.isEmpty();
    const bool wantPrint = !options.printerName.isEmpty();
    if (!wantPdf && !wantPrint)
        return R::failure(LetterProducer::tr(
            "Say where the letters go: a folder, a merged PDF file or a printer."));

    // Checked before anything is drawn (the run command checks the same
    // before it records anything).
    if (Status st = LetterOutputCheck::check(options); !st)
        return R::failure(st.error());
    // What a killed production left behind (scratch folders, half-written
    // files under temporary names) goes before this one writes.
    if (!options.outDir.isEmpty())
        PdfScratch::removeStale(options.outDir);
    if (!options.mergedPath.isEmpty())
        PdfScratch::removeStale(QFileInfo(options.mergedPath).absolutePath());

    Context context(db);
    if (Status st = context.load(jobs, options.outDir); !st)
        return R::failure(st.error());
    const int count = context.size();
    // Each letter is drawn once; printing hands the drawn PDF to the queue.
    const int total = count;
    int reported = 0;
    const auto stopped = [&]() {
        return options.cancelled && options.cancelled();
    };

    // Qt writes scratch files beside the output; qpdf then writes the
    // finished files. Letters only printed are drawn into a PDF in the
    // temporary folder, which the print queue takes.
    const QString scratchBase = !options.outDir.isEmpty() ? options.outDir
                                : !options.mergedPath.isEmpty()
                                    ? QFileInfo(options.mergedPath).absolutePath()
                                    : QDir::tempPath();
    QTemporaryDir scratch(
        QDir(scratchBase).filePath(PdfScratch::prefix() + QStringLiteral("XXXXXX")));
    if (!scratch.isValid())
        return R::failure(
            LetterProducer::tr("No temporary file can be written in %1.").arg(scratchBase));
    const QString merged = !options.mergedPath.isEmpty() ? options.mergedPath
                           : wantPrint ? scratch.filePath(QStringLiteral("print.pdf"))
                                       : QString();
    {
        PdfMetadata meta;
        meta.title = title;
        meta.author = context.agency().name;
        meta.subject = LetterProducer::tr("Rent arrears reminders");

        // Drawing and splitting take all the time and the letters do not
        // depend on each other: the run is cut into chunks of consecutive
        // letters that one thread per core (unless told) draws and splits,
        // each taking the next chunk when done. Small chunks keep the memory
        // of each split small and every thread busy to the end on a shared
        // machine; each still costs a file and its own font subsets, so a
        // short run is drawn whole by one thread.
        const int wanted =
            options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
        const int perChunk = count < 64 ? count : std::clamp(count / (wanted * 4), 32, 256);
        const int chunkCount = (count + perChunk - 1) / perChunk;
        const int threads = std::clamp(wanted, 1, chunkCount);
        output.timings.threads = threads;
        std::vector<Chunk> chunks(static_cast<size_t>(chunkCount));
        for (int c = 0; c < chunkCount; ++c) {
            chunks[size_t(c)].from = c * perChunk;
            chunks[size_t(c)].to = std::min(count, (c + 1) * perChunk);
            chunks[size_t(c)].raw = scratch.filePath(QStringLiteral("letters-%1.pdf").arg(c));
        }
        std::atomic<int> done = 0;
        std::atomic<bool> stop = false;
        // A chunk failed: the others stop taking new chunks (those already
        // started end normally, so that the first error in order is the real one).
        std::atomic<bool> failed = false;
        std::atomic<int> nextChunk = 0;
        std::atomic<int> running = threads;
        std::atomic<int> drawnChunks = 0;
        // The calling thread sleeps until a letter is drawn or a worker ends;
        // taking the mutex before notifying means no wake-up is lost.
        std::mutex mutex;
        std::condition_variable changed;
        const auto notify = [&] {
            {
                const std::lock_guard lock(mutex);
            }
            changed.notify_one();
        };
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t)
            workers.emplace_back([&, split = !options.outDir.isEmpty()]() {
                for (int c = nextChunk++; c < chunkCount && !stop && !failed; c = nextChunk++) {
                    Chunk& chunk = chunks[size_t(c)];
                    renderChunk(
                        context, chunk, title, meta, split,
                        [&] {
                            ++done;
                            notify();
                        },
                        [&] {
                            ++drawnChunks;
                            notify();
                        },
                        stop);
                    if (!chunk.error.isEmpty())
                        failed = true;
                }
                --running;
                notify();
            });
        // Progress and cancellation stay in the calling thread. The time-out
        // only bounds how long a cancel waits to be seen: cancelled() is a
        // question the caller answers, not an event. `seen` moves on even
        // with no progress callback, or the wait would return at once forever
        // after the first letter and spin on a core the drawing needs.
        // Meanwhile it takes the pages of each chunk drawn into the merged
        // file, in order, so that only its writing is left once all are drawn.
        std::optional<PdfMerger> merger;
        if (!merged.isEmpty())
            merger.emplace(merged);
        int mergedChunks = 0;
        QString mergeError;
        const auto mergeDrawn = [&]() {
            const double before = threadCpuSeconds();
            while (merger && mergeError.isEmpty() && mergedChunks < chunkCount &&
                   chunks[size_t(mergedChunks)].drawn) {
                if (Status st = merger->add(chunks[size_t(mergedChunks)].raw); !st)
                    mergeError = st.error();
                ++mergedChunks;
            }
            output.timings.merging += threadCpuSeconds() - before;
        };
        int seen = 0;
        int seenDrawn = 0;
        while (running > 0) {
            {
                std::unique_lock lock(mutex);
                changed.wait_for(lock, std::chrono::milliseconds(200), [&] {
                    return running == 0 || done > seen || drawnChunks > seenDrawn;
                });
                seen = done;
                seenDrawn = drawnChunks;
            }
            if (stopped())
                stop = true;
            if (options.progress && seen > reported)
                options.progress(reported = seen, total);
            if (!stop && !failed)
                mergeDrawn();
        }
        for (std::thread& w : workers)
            w.join();
        for (const Chunk& chunk : chunks) {
            if (!chunk.error.isEmpty())
                return R::failure(chunk.error);
            // Never started: the production was stopped before its turn.
            if (!chunk.finished)
                return R::failure(LetterProducer::tr("Stopped: no letter was written."));
            output.pages += chunk.pages;
            output.timings.layout += chunk.layout;
            output.timings.writing += chunk.writing;
            output.timings.splitting += chunk.splitting;
            for (const PdfPart& part : chunk.parts)
                if (!part.path.isEmpty())
                    output.files << part.path;
        }
        if (merger) {
            mergeDrawn();
            if (!mergeError.isEmpty())
                return R::failure(mergeError);
            const double before = threadCpuSeconds();
            if (Status st = merger->write(meta); !st)
                return R::failure(st.error());
            output.timings.merging += threadCpuSeconds() - before;
        }
        output.mergedPath = options.mergedPath;
        reported = count;
        PdfScratch::testAbortPoint();
    }
    if (wantPdf) {
        // All the letters are recorded as written, or none: a production
        // stopped here is done again whole by `run --resume`.
        const bool generated = !wantPrint && !options.keepInPrintBatch;
        const Status recorded = db.write([&](QSqlDatabase& conn) -> Status {
            for (int i = 0; i < count; ++i) {
                const ReminderLetter& letter = jobs.at(i).letter;
                if (!options.outDir.isEmpty())
                    if (Status st =
                            ReminderRepository::setLetterFileIn(conn, letter.id, context.path(i));
                        !st)
                        return st;
                // Rendered to PDF only: the letters leave the print batch.
                if (generated && letter.state == LetterState::Pending)
                    if (Status st =
                            LetterStateChange::applyIn(conn, letter.id, LetterState::Generated);
                        !st)
                        return st;
            }
            return {};
        });
        if (!recorded)
            return R::failure(recorded.error());
    }

    if (wantPrint) {
        if (stopped())
            return R::failure(LetterProducer::tr("Stopped: nothing was printed."));
        PrintJob printJob;
        printJob.printer = options.printerName;
        printJob.title = title;
        printJob.copies = options.copies;
        printJob.duplex = options.duplex;
        if (Status st = PrintQueue::print(merged, printJob); !st)
            return R::failure(st.error());
        output.printed = true;
        const Status recorded = db.write([&](QSqlDatabase& conn) -> Status {
            for (const Job& job : jobs)
                if (Status st =
                        LetterStateChange::applyIn(conn, job.letter.id, LetterState::Printed);
                    !st)
                    return st;
            return {};
        });
        if (!recorded)
            return R::failure(recorded.error());
    }
    output.letters = count;
    return output;
}

} // namespace

namespace {
QString lettersRoot(const Database& db)
{
    return db.dialect().isSQLite()
               ? QFileInfo(db.config().path).absoluteDir().filePath(QStringLiteral("letters"))
               : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                     .filePath(QStringLiteral("letters"));
}
} // namespace

QString LetterProducer::runFolder(const Database& db, qint64 runId)
{
    return QDir(lettersRoot(db)).filePath(QStringLiteral("run-%1").arg(runId));
}

QString LetterProducer::batchFolder(const Database& db, const QDateTime& when)
{
    return QDir(lettersRoot(db))
        .filePath(QStringLiteral("batch-%1").arg(when.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

Result<LetterOutput> LetterProducer::produceRun(const Database& db, qint64 runId,
                                                const LetterOutputOptions& options)
{
    ReminderRepository repo(db);
    auto reminders = repo.ofRun(runId);
    if (!reminders)
        return Result<LetterOutput>::failure(reminders.error());
    auto letters = repo.lettersOfRun(runId);
    if (!letters)
        return Result<LetterOutput>::failure(letters.error());
    // Letters in the order of the run's reminders, tenant before guarantors
    // (each reminder's letters in the order they were listed).
    QHash<qint64, QList<const ReminderLetter*>> lettersOf;
    for (const ReminderLetter& l : *letters)
        lettersOf[l.reminderId] << &l;
    QList<Job> jobs;
    jobs.reserve(letters->size());
    for (const ReminderRecord& r : *reminders)
        for (const ReminderLetter* l : lettersOf.value(r.id))
            jobs << Job{&r, *l};
    const QString title = tr("Reminder run %1").arg(runId);
    return produce(db, jobs, options, title);
}

Result<LetterOutput> LetterProducer::produceLetters(const Database& db,
                                                    const QList<ReminderLetter>& letters,
                                                    const LetterOutputOptions& options)
{
    auto reminders = ReminderRepository(db).all();
    if (!reminders)
        return Result<LetterOutput>::failure(reminders.error());
    QHash<qint64, const ReminderRecord*> byId;
    for (const ReminderRecord& r : *reminders)
        byId.insert(r.id, &r);
    QList<Job> jobs;
    for (const ReminderLetter& l : letters) {
        const ReminderRecord* r = byId.value(l.reminderId);
        if (!r)
            return Result<LetterOutput>::failure(
                tr("The reminder of letter %1 no longer exists.").arg(l.id));
        jobs << Job{r, l};
    }
    return produce(db, jobs, options, tr("Letters to print"));
}
