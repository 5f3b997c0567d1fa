#include "ImportDialog.h"

#include "common/BackgroundTask.h"
#include "common/FileDialogs.h"
#include "common/ViewState.h"
#include "import/AccountImporter.h"
#include "import/ColumnMap.h"
#include "import/CsvReader.h"
#include "import/FecImporter.h"
#include "import/FecSettings.h"
#include "import/LedgerImporter.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
// Beyond this, the text box would only slow the dialog down; the first
// errors are the ones that say what is wrong with the file.
constexpr int maxShownLines = 2000;
// Accounts a FEC creates, named in the preview; the rest are counted.
constexpr int maxNamedAccounts = 8;
const auto lastFolderKey = QLatin1String("import/lastFolder");
} // namespace

ImportDialog::ImportDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Import CSV"));
    setObjectName(QStringLiteral("ImportDialog"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("File to import"));
    m_path->setReadOnly(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->setAccessibleName(tr("What the file holds"));
    m_kind->addItem(tr("Accounts (one row per tenancy)"), int(ImportReport::Kind::Accounts));
    m_kind->addItem(tr("Ledger (one row per debit or credit)"), int(ImportReport::Kind::Ledger));
    m_kind->addItem(tr("FEC (the ledger exported by the accounting program)"),
                    int(ImportReport::Kind::Fec));
    m_kind->setToolTip(tr("How a FEC is read (tenant accounts, kinds of entries, due dates) is "
                          "set in Settings › Import."));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_update->setEnabled(kind() != ImportReport::Kind::Accounts);
        check();
    });

    m_update = new QCheckBox(tr("&Replace entries whose content changed (recorded in the "
                                "audit log)"),
                             this);
    m_update->setObjectName(QStringLiteral("importUpdate"));
    m_update->setEnabled(false);
    connect(m_update, &QCheckBox::toggled, this, &ImportDialog::check);

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("&Contents:"), m_kind);
    form->addRow(QString(), m_update);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();

    m_summary = new QLabel(tr("Choose a CSV file exported from your other software, or the "
                              "FEC exported by your accounting program."),
                           this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_fecPreview = new QLabel(this);
    m_fecPreview->setObjectName(QStringLiteral("importFecPreview"));
    m_fecPreview->setWordWrap(true);
    m_fecPreview->setTextFormat(Qt::PlainText);
    m_fecPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fecPreview->hide();

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("importReport"));
    m_text->setAccessibleName(tr("Import report"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importConfirm"));
    m_import->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("importClose"));
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_fecPreview);
    layout->addWidget(m_progress);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);

    ViewState::remember(this, QStringLiteral("importDialog/geometry"), QSize(720, 480));
}

ImportDialog::~ImportDialog()
{
    // Cancelled, the import writes nothing; the task waits for its worker.
    delete m_task;
}

std::optional<ImportReport::Kind> ImportDialog::guessKind(const QString& path)
{
    // A FEC's header is fixed by law (18 named columns): it cannot be taken
    // for a ledger CSV, whose columns it shares some words with.
    if (FecImporter::looksLikeFec(path))
        return ImportReport::Kind::Fec;
    CsvReader reader;
    if (!reader.open(path))
        return std::nullopt;
    bool accountColumns = false;
    bool ledgerColumns = false;
    for (const QString& name : reader.header().fields) {
        const QString key = ColumnMap::normalise(name);
        // Columns only a ledger has (import-formats.md, with the French names).
        if (key == QLatin1String("accountref") || key == QLatin1String("compte") ||
            key == QLatin1String("locataire") || key == QLatin1String("entryref") ||
            key == QLatin1String("piece") || key == QLatin1String("npiece") ||
            key == QLatin1String("debit") || key == QLatin1String("credit") ||
            key == QLatin1String("amount") || key == QLatin1String("montant") ||
            key == QLatin1String("duedate") || key == QLatin1String("echeance") ||
            key == QLatin1String("datedecheance"))
            ledgerColumns = true;
        // Columns only an accounts file has.
        if (key == QLatin1String("name") || key == QLatin1String("nom") ||
            key == QLatin1String("monthlyrent") || key == QLatin1String("loyer") ||
            key == QLatin1String("leasetype") || key == QLatin1String("typedebail") ||
            key == QLatin1String("property") || key == QLatin1String("bien") ||
            key == QLatin1String("lot"))
            accountColumns = true;
    }
    if (ledgerColumns == accountColumns)
        return std::nullopt;
    return ledgerColumns ? ImportReport::Kind::Ledger : ImportReport::Kind::Accounts;
}

void ImportDialog::browse()
{
    QSettings settings;
    const QString path =
        FileDialogs::openFile(this, tr("Import CSV"), settings.value(lastFolderKey).toString(),
                              tr("CSV and FEC files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(lastFolderKey, QFileInfo(path).absolutePath());
    setFile(path);
}

void ImportDialog::setFile(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_path->setToolTip(m_path->text());
    if (const auto guessed = guessKind(path)) {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(int(*guessed)));
        m_update->setEnabled(*guessed != ImportReport::Kind::Accounts);
    }
    check();
}

ImportReport::Kind ImportDialog::kind() const
{
    return static_cast<ImportReport::Kind>(m_kind->currentData().toInt());
}

void ImportDialog::check()
{
    if (m_path->text().isEmpty() || m_task)
        return;
    start(true);
}

void ImportDialog::runImport()
{
    if (m_task || !m_checkedOk)
        return;
    start(false);
}

void ImportDialog::start(bool dryRun)
{
    m_dryRun = dryRun;
    if (dryRun)
        m_checkedOk = false;
    m_import->setEnabled(false);
    m_text->clear();
    m_fecPreview->hide();
    m_summary->setText(dryRun ? tr("Checking the file…") : tr("Importing…"));

    ImportOptions options;
    options.dryRun = dryRun;
    options.update = m_update->isEnabled() && m_update->isChecked();
    const QString path = QDir::fromNativeSeparators(m_path->text());
    const ImportReport::Kind what = kind();
    const Database& db = m_db;
    auto report = std::make_shared<ImportReport>();
    m_workerReport = report;
    m_task = new BackgroundTask(
        m_db,
        [&db, path, what, options, report](BackgroundTask::Control& control) mutable {
            // The importers report every row: only a new percentage crosses
            // over to the GUI thread.
            int shown = -1;
            options.progress = [&control, &shown](int percent) {
                if (percent != shown)
                    control.progress(shown = percent, 100);
                return !control.cancelled();
            };
            switch (what) {
            case ImportReport::Kind::Accounts:
                *report = AccountImporter::importFile(db, path, options);
                break;
            case ImportReport::Kind::Ledger:
                *report = LedgerImporter::importFile(db, path, options);
                break;
            case ImportReport::Kind::Fec: {
                // Read on the worker's connection, as saved in Settings › Import.
                auto settings = FecSettings::load(db);
                if (!settings) {
                    report->kind = what;
                    report->fileName = QFileInfo(path).fileName();
                    report->addError(0, QString(), settings.error());
                    break;
                }
                *report = FecImporter::importFile(db, path, *settings, options);
                break;
            }
            }
        },
        this);
    connect(m_task, &BackgroundTask::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_task, &BackgroundTask::finished, this, &ImportDialog::workerFinished);
    setBusy(true);
    m_task->start();
}

void ImportDialog::workerFinished()
{
    m_task->deleteLater();
    m_task = nullptr;
    m_report = std::move(*m_workerReport);
    m_workerReport.reset();
    setBusy(false);
    showReport(m_report);
    const bool wasDryRun = m_dryRun;
    if (wasDryRun) {
        m_checkedOk = m_report.ok();
        m_import->setEnabled(m_checkedOk);
        emit checkFinished();
    } else {
        // A cancelled import wrote nothing and the file was checked: the user
        // may start it again.
        if (m_report.written)
            m_checkedOk = false;
        m_import->setEnabled(m_checkedOk && m_report.cancelled);
        if (m_report.written)
            emit imported();
        emit importFinished();
    }
}

void ImportDialog::showReport(const ImportReport& report)
{
    QStringList lines;
    const QStringList errors = report.errorLines();
    const QStringList warnings = report.warningLines();
    if (!errors.isEmpty()) {
        lines.append(tr("Errors (the file cannot be imported until they are corrected):"));
        lines.append(errors.mid(0, maxShownLines));
        if (errors.size() > maxShownLines)
            lines.append(
                tr("… and %n more error(s).", nullptr, int(errors.size() - maxShownLines)));
    }
    if (!warnings.isEmpty()) {
        if (!lines.isEmpty())
            lines.append(QString());
        lines.append(tr("Warnings:"));
        lines.append(warnings.mid(0, maxShownLines));
        if (warnings.size() > maxShownLines)
            lines.append(
                tr("… and %n more warning(s).", nullptr, int(warnings.size() - maxShownLines)));
    }
    m_text->setPlainText(lines.join(QLatin1Char('\n')));

    // A FEC's counts are in the preview below, one per line: the summary
    // only names the file.
    QString summary =
        report.kind == ImportReport::Kind::Fec && report.ok()
            ? tr("%1: FEC read with the choices of Settings › Import.").arg(report.fileName)
            : report.summary();
    if (report.dryRun && report.ok())
        summary += QLatin1Char('\n') + tr("Nothing has been written yet: click Import to "
                                          "import this file.");
    else if (report.written)
        summary += QLatin1Char('\n') + tr("The file has been imported.");
    m_summary->setText(summary);
    showFecPreview(report);
}

void ImportDialog::showFecPreview(const ImportReport& report)
{
    if (report.kind != ImportReport::Kind::Fec || report.cancelled) {
        m_fecPreview->clear();
        m_fecPreview->hide();
        return;
    }
    // Counts after a colon, as in the summary: no plural forms to keep in step.
    QStringList lines;
    lines << tr("Tenant lines: %1").arg(report.fecTenantLines);
    lines << tr("Entries: %1 new, %2 unchanged, %3 changed")
                 .arg(report.added)
                 .arg(report.unchanged)
                 .arg(report.replaced + report.changedRefused);
    if (report.changedRefused > 0)
        lines << tr("Entries whose content changed are refused unless « Replace entries whose "
                    "content changed » is ticked.");
    if (!report.fecAccountsCreated.isEmpty()) {
        QStringList named = report.fecAccountsCreated.mid(0, maxNamedAccounts);
        if (report.fecAccountsCreated.size() > maxNamedAccounts)
            named << QStringLiteral("…");
        lines << tr("Accounts created: %1 (%2)")
                     .arg(report.fecAccountsCreated.size())
                     .arg(named.join(QStringLiteral(", ")));
    } else {
        lines << tr("Accounts created: 0");
    }
    QStringList classes;
    for (auto it = report.fecSkipped.cbegin(); it != report.fecSkipped.cend(); ++it)
        classes << tr("class %1: %2").arg(it.key()).arg(it.value());
    lines << (classes.isEmpty() ? tr("Other lines skipped: 0")
                                : tr("Other lines skipped: %1 (%2)")
                                      .arg(report.fecSkippedTotal())
                                      .arg(classes.join(QStringLiteral(", "))));
    m_fecPreview->setText(lines.join(u'\n'));
    m_fecPreview->show();
}

QString ImportDialog::fecPreviewText() const
{
    return m_fecPreview->isHidden() ? QString() : m_fecPreview->text();
}

QString ImportDialog::reportText() const
{
    return m_summary->text() + QLatin1Char('\n') + m_text->toPlainText();
}

void ImportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setValue(0);
    m_browse->setEnabled(!busy);
    m_kind->setEnabled(!busy);
    m_update->setEnabled(!busy && kind() != ImportReport::Kind::Accounts);
    m_close->setText(busy ? tr("&Cancel") : tr("&Close"));
}

void ImportDialog::reject()
{
    if (m_task) {
        // Cancelling writes nothing (all or nothing); the dialog closes once
        // the worker has stopped, so no thread outlives it.
        m_task->cancel();
        m_summary->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}
