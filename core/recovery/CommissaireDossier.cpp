#include "CommissaireDossier.h"

#include "CommissaireCoverLetter.h"
#include "DossierRenderer.h"
#include "StatementCsv.h"
#include "letters/LetterRenderer.h"
#include "letters/PdfFinisher.h"
#include "letters/PdfScratch.h"
#include "storage/AccountRepository.h"
#include "storage/AgencyRepository.h"
#include "storage/CaseEventRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/PositionLoader.h"
#include "storage/ReminderRepository.h"
#include "storage/SettingsRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>

namespace {

bool isPdf(const QString& path)
{
    QFile f(path);
    return !path.isEmpty() && f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-";
}

// Removes the temporary files of a write that did not finish.
struct TempFiles
{
    QStringList paths;
    ~TempFiles()
    {
        for (const QString& p : std::as_const(paths))
            QFile::remove(p);
    }
};

} // namespace

Result<DossierContent> CommissaireDossier::load(const QString& ref, QDate asOf,
                                                const QString& language) const
{
    auto account = AccountRepository(m_db).byRef(ref);
    if (!account)
        return Result<DossierContent>::failure(account.kind(), account.error());
    return load(account->id, asOf, language);
}

Result<DossierContent> CommissaireDossier::load(qint64 accountId, QDate asOf,
                                                const QString& language) const
{
    using R = Result<DossierContent>;
    DossierContent d;
    d.asOf = asOf;
    d.language = language;
    if (d.language.isEmpty())
        d.language =
            QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
    auto account = AccountRepository(m_db).byId(accountId);
    if (!account)
        return R::failure(account.kind(), account.error());
    d.account = *account;
    auto agency = AgencyRepository(m_db).load();
    if (!agency)
        return R::failure(agency.kind(), agency.error());
    d.agency = *agency;
    auto window = SettingsRepository::envelopeWindow(m_db);
    if (!window)
        return R::failure(window.kind(), window.error());
    d.window = *window;
    auto position = PositionLoader(m_db).position(accountId, asOf);
    if (!position)
        return R::failure(position.kind(), position.error());
    d.position = *position;
    auto entries = LedgerRepository(m_db).forAccount(accountId);
    if (!entries)
        return R::failure(entries.kind(), entries.error());
    d.statement = AccountStatement::build(d.account, *entries, asOf);
    // The statement is what the commissaire sues for: it must say what the
    // account says, or nothing is handed over.
    if (d.statement.balance != d.position.balance)
        return R::failure(tr("The statement of %1 adds up to %2 but its balance as of %3 is %4: "
                             "the ledger changed while the file was read. Prepare it again.")
                              .arg(d.account.ref, d.statement.balance.toLocaleString(),
                                   QLocale().toString(asOf, QLocale::ShortFormat),
                                   d.position.balance.toLocaleString()));

    auto reminders = ReminderRepository(m_db).ofAccount(accountId);
    if (!reminders)
        return R::failure(reminders.kind(), reminders.error());
    QHash<qint64, ReminderRecord> byId;
    for (const ReminderRecord& r : std::as_const(*reminders))
        if (r.date.isValid() && r.date <= asOf) {
            d.reminders << r;
            byId.insert(r.id, r);
        }
    std::stable_sort(d.reminders.begin(), d.reminders.end(),
                     [](const ReminderRecord& a, const ReminderRecord& b) {
                         return a.date != b.date ? a.date < b.date : a.id < b.id;
                     });
    auto letters = ReminderRepository(m_db).lettersOfAccount(accountId);
    if (!letters)
        return R::failure(letters.kind(), letters.error());
    for (const ReminderLetter& l : std::as_const(*letters)) {
        auto it = byId.constFind(l.reminderId);
        if (it == byId.constEnd())
            continue;
        DossierLetterCopy copy;
        copy.date = it->date;
        copy.level = it->levelPosition;
        copy.levelName = it->levelName;
        copy.addressee = l.addressee;
        copy.path = l.filePath;
        copy.found = isPdf(l.filePath);
        d.letters << copy;
    }
    std::stable_sort(
        d.letters.begin(), d.letters.end(),
        [](const DossierLetterCopy& a, const DossierLetterCopy& b) { return a.date < b.date; });
    auto events = CaseEventRepository(m_db).forAccount(accountId);
    if (!events)
        return R::failure(events.kind(), events.error());
    for (const CaseEvent& e : std::as_const(*events))
        if (e.date <= asOf)
            d.events << e;

    auto text = CommissaireCoverLetter::text(m_db, d.language);
    if (!text)
        return R::failure(text.kind(), text.error());
    d.cover =
        CommissaireCoverLetter::compose(d.agency, d.account, d.position, asOf, d.language, *text);
    return d;
}

Result<DossierWritten> CommissaireDossier::write(const DossierContent& d, const QString& pdfPath,
                                                 const QString& csvPath)
{
    using R = Result<DossierWritten>;
    const auto cannotWrite = [](const QString& path) {
        return R::failure(ErrorKind::BadInput,
                          tr("The file %1 cannot be written: check the folder and your rights on "
                             "it. Nothing was written.")
                              .arg(path));
    };
    // What a killed process left beside the output goes first.
    PdfScratch::removeStale(QFileInfo(pdfPath).absolutePath());
    TempFiles temps;
    DossierWritten written;

    // 1. The dossier's own pages, drawn by Qt.
    const QString drawn = PdfScratch::tempPathFor(pdfPath);
    temps.paths << drawn;
    {
        QPdfWriter writer(drawn);
        writer.setTitle(d.cover.title);
        writer.setCreator(QStringLiteral("Relance"));
        writer.setResolution(600);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        LetterRenderer::preparePage(writer);
        QPainter painter;
        if (!painter.begin(&writer))
            return cannotWrite(pdfPath);
        written.ownPages = DossierRenderer::paint(painter, writer, d);
        if (!painter.end())
            return cannotWrite(pdfPath);
    }
    if (QFileInfo(drawn).size() == 0)
        return cannotWrite(pdfPath);

    // 2. The copies of the letters appended, and the metadata, by qpdf.
    QStringList parts{drawn};
    for (const DossierLetterCopy& l : d.letters) {
        if (l.found && isPdf(l.path)) {
            parts << l.path;
            ++written.appendedLetters;
        } else {
            ++written.missingLetters;
        }
    }
    const QString merged = PdfScratch::tempPathFor(pdfPath);
    temps.paths << merged;
    PdfMetadata meta;
    meta.title = d.cover.title;
    meta.author = d.agency.name;
    meta.subject = tr("File handed to the commissaire de justice – %1").arg(d.account.ref);
    if (Status s = PdfFinisher::merge(parts, merged, meta); !s)
        return R::failure(s.kind(), s.error());

    // 3. The CSV, then every file under its name.
    QString csvTemp;
    if (!csvPath.isEmpty()) {
        csvTemp = PdfScratch::tempPathFor(csvPath);
        temps.paths << csvTemp;
        QFile f(csvTemp);
        const QByteArray bytes = StatementCsv::bytes(d.statement);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size() ||
            !f.flush())
            return cannotWrite(csvPath);
        f.close();
    }
    if (!PdfScratch::commit(merged, pdfPath))
        return cannotWrite(pdfPath);
    if (!csvTemp.isEmpty() && !PdfScratch::commit(csvTemp, csvPath)) {
        // Both or neither: the PDF alone would pass for the whole hand-off.
        QFile::remove(pdfPath);
        return cannotWrite(csvPath);
    }
    return written;
}

QString CommissaireDossier::fileName(const DossierContent& d, const QString& extension)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    QString ref = d.account.ref.normalized(QString::NormalizationForm_KD);
    ref.replace(unsafe, QStringLiteral("_"));
    return QStringLiteral("dossier-") + ref.left(60) + u'-' + d.asOf.toString(Qt::ISODate) + u'.' +
           extension;
}
