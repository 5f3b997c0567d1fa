#include "LetterProducer.h"

#include "EnvelopeWindow.h"
#include "LetterComposer.h"
#include "LetterRenderer.h"
#include "PdfFinisher.h"
#include "storage/AccountRepository.h"
#include "storage/AgencyRepository.h"
#include "storage/Database.h"
#include "storage/ReminderRepository.h"
#include "storage/TemplateRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTemporaryDir>

#include <memory>

namespace {

struct Job
{
    const ReminderRecord* reminder = nullptr;
    ReminderLetter letter;
};

// Everything the letters of one production share, loaded once.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(LetterProducer)

public:
    explicit Context(const Database& db)
        : m_db(db)
        , m_templates(db)
    {}

    Status load()
    {
        auto agency = AgencyRepository(m_db).load();
        if (!agency)
            return Status::failure(agency.error());
        m_agency = *agency;
        m_window = EnvelopeWindow::fromSettings(m_db);
        auto accounts = AccountRepository(m_db).all();
        if (!accounts)
            return Status::failure(accounts.error());
        for (Account& a : *accounts)
            m_accounts.insert(a.id, std::move(a));
        return {};
    }

    const EnvelopeWindow& window() const { return m_window; }
    const AgencyIdentity& agency() const { return m_agency; }

    Result<LetterContent> compose(const Job& job, QString* fileName)
    {
        LetterFacts facts;
        facts.agency = m_agency;
        facts.reminder = *job.reminder;
        facts.account = m_accounts.value(job.reminder->accountId);
        facts.items = LetterComposer::parseItems(job.reminder->itemsJson);
        facts.recordedAddress = job.letter.address.split(u'\n', Qt::SkipEmptyParts);
        if (facts.account.name.isEmpty())
            facts.account.name = job.letter.addressee;
        int guarantorIndex = 0;
        if (job.letter.recipient == QLatin1String("guarantor")) {
            Guarantor g;
            g.name = job.letter.addressee;
            for (int i = 0; i < facts.account.guarantors.size(); ++i) {
                if (facts.account.guarantors.at(i).id == job.letter.guarantorId) {
                    g = facts.account.guarantors.at(i);
                    guarantorIndex = i;
                }
            }
            facts.guarantor = g;
        }
        auto t = templateFor(*job.reminder, LetterComposer::language(facts));
        if (!t)
            return Result<LetterContent>::failure(t.error());
        if (fileName)
            *fileName = LetterComposer::fileName(facts, guarantorIndex);
        return LetterComposer::compose(facts, *t);
    }

private:
    Result<LetterTemplate> templateFor(const ReminderRecord& r, const QString& language)
    {
        const QString key =
            QString::number(r.templateId) + u'/' + QString::number(r.levelId) + u'/' + language;
        auto it = m_cache.constFind(key);
        if (it != m_cache.constEnd())
            return *it;
        Result<LetterTemplate> t = LetterTemplate();
        if (r.templateId > 0)
            t = m_templates.byId(r.templateId);
        if (r.templateId <= 0 || !t) {
            if (r.levelId <= 0)
                return Result<LetterTemplate>::failure(
                    tr("The level of the reminder to %1 was deleted with its templates.")
                        .arg(QString::number(r.accountId)));
            t = m_templates.defaultFor(r.levelId, language);
        }
        if (t)
            m_cache.insert(key, *t);
        return t;
    }

    const Database& m_db;
    TemplateRepository m_templates;
    AgencyIdentity m_agency;
    EnvelopeWindow m_window;
    QHash<qint64, Account> m_accounts;
    QHash<QString, LetterTemplate> m_cache;
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

Result<LetterOutput> produce(const Database& db, const QList<Job>& jobs,
                             const LetterOutputOptions& options, const QString& title)
{
    using R = Result<LetterOutput>;
    LetterOutput output;
    if (jobs.isEmpty())
        return output;
    const bool wantPdf = !options.outDir.isEmpty() || !options.mergedPath.isEmpty();
    const bool wantPrint = !options.printerName.isEmpty();
    if (!wantPdf && !wantPrint)
        return R::failure(LetterProducer::tr(
            "Say where the letters go: a folder, a merged PDF file or a printer."));

    Context context(db);
    if (Status st = context.load(); !st)
        return R::failure(st.error());
    const LetterRenderer renderer(context.window());
    const int total = int(jobs.size()) * ((wantPdf ? 1 : 0) + (wantPrint ? 1 : 0));
    int done = 0;
    const auto stopped = [&]() {
        return options.cancelled && options.cancelled();
    };

    // The printer is checked before anything is drawn or recorded.
    std::unique_ptr<QPrinter> printer;
    if (wantPrint) {
        if (!QPrinterInfo::availablePrinterNames().contains(options.printerName))
            return R::failure(
                LetterProducer::tr("There is no printer named « %1 ». Printers here: %2.")
                    .arg(options.printerName,
                         QPrinterInfo::availablePrinterNames().join(QStringLiteral(", "))));
        printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setPrinterName(options.printerName);
        if (!printer->isValid())
            return R::failure(
                LetterProducer::tr("The printer « %1 » cannot be used.").arg(options.printerName));
        printer->setFullPage(true);
        printer->setDocName(title);
        LetterRenderer::preparePage(*printer);
    }

    if (wantPdf) {
        if (!options.outDir.isEmpty() && !QDir().mkpath(options.outDir))
            return R::failure(LetterProducer::tr("The folder %1 cannot be created: check the "
                                                 "path and your rights on it.")
                                  .arg(options.outDir));
        // Qt writes into a scratch file beside the output; qpdf then writes
        // the finished files.
        const QString scratchBase = !options.outDir.isEmpty()
                                        ? options.outDir
                                        : QFileInfo(options.mergedPath).absolutePath();
        QTemporaryDir scratch(QDir(scratchBase).filePath(QStringLiteral(".relance-XXXXXX")));
        if (!scratch.isValid())
            return R::failure(
                LetterProducer::tr("No temporary file can be written in %1.").arg(scratchBase));
        const QString raw = scratch.filePath(QStringLiteral("letters.pdf"));
        QList<PdfPart> parts;
        QSet<QString> used;
        {
            QPdfWriter writer(raw);
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
            writer.setTitle(title);
            writer.setCreator(QStringLiteral("Relance"));
            writer.setResolution(600);
            LetterRenderer::preparePage(writer);
            QPainter painter(&writer);
            int page = 0;
            for (const Job& job : jobs) {
                if (stopped())
                    return R::failure(LetterProducer::tr("Stopped: no letter was written."));
                QString fileName;
                auto content = context.compose(job, &fileName);
                if (!content)
                    return R::failure(content.error());
                const int pages = renderer.render(painter, writer, *content, page > 0);
                if (!options.outDir.isEmpty())
                    parts << PdfPart{page, pages, uniquePath(options.outDir, fileName, used),
                                     content->title};
                page += pages;
                if (options.progress)
                    options.progress(++done, total);
            }
            if (!painter.end())
                return R::failure(
                    LetterProducer::tr("The PDF file %1 could not be written.").arg(raw));
            output.pages = page;
        }
        PdfMetadata meta;
        meta.title = title;
        meta.author = context.agency().name;
        meta.subject = LetterProducer::tr("Rent arrears reminders");
        if (Status st = PdfFinisher::finish(raw, options.mergedPath, meta, parts, {}, stopped); !st)
            return R::failure(st.error());
        output.mergedPath = options.mergedPath;
        ReminderRepository reminders(db);
        for (int i = 0; i < parts.size(); ++i) {
            output.files << parts.at(i).path;
            if (Status st = reminders.setLetterFile(jobs.at(i).letter.id, parts.at(i).path); !st)
                return R::failure(st.error());
        }
    }

    if (printer) {
        QPainter painter;
        if (!painter.begin(printer.get()))
            return R::failure(
                LetterProducer::tr("The printer « %1 » refused the job.").arg(options.printerName));
        bool first = true;
        for (const Job& job : jobs) {
            if (stopped()) {
                printer->abort();
                return R::failure(LetterProducer::tr("Stopped: nothing was printed."));
            }
            auto content = context.compose(job, nullptr);
            if (!content) {
                printer->abort();
                return R::failure(content.error());
            }
            const int pages = renderer.render(painter, *printer, *content, !first);
            if (!wantPdf)
                output.pages += pages;
            first = false;
            if (options.progress)
                options.progress(++done, total);
        }
        if (!painter.end())
            return R::failure(LetterProducer::tr("The printer « %1 » could not take the letters.")
                                  .arg(options.printerName));
        output.printed = true;
        ReminderRepository reminders(db);
        for (const Job& job : jobs)
            if (Status st = reminders.setLetterState(job.letter.id, LetterState::Printed); !st)
                return R::failure(st.error());
    }
    output.letters = int(jobs.size());
    return output;
}

} // namespace

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
    QHash<qint64, const ReminderRecord*> byId;
    for (const ReminderRecord& r : *reminders)
        byId.insert(r.id, &r);
    // Letters in the order of the run's reminders, tenant before guarantors.
    QList<Job> jobs;
    for (const ReminderRecord& r : *reminders)
        for (const ReminderLetter& l : *letters)
            if (l.reminderId == r.id)
                jobs << Job{&r, l};
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
