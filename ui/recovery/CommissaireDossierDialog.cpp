#include "CommissaireDossierDialog.h"

#include "CoverLetterEditor.h"
#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "letters/LetterFormat.h"
#include "letters/LetterRenderer.h"
#include "recovery/CaseFile.h"
#include "recovery/CommissaireDossier.h"
#include "recovery/DossierRenderer.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

CommissaireDossierDialog::CommissaireDossierDialog(const Database& db, qint64 accountId, QDate asOf,
                                                   QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_accountId(accountId)
    , m_asOf(asOf)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("commissaireDossier"));
    setWindowTitle(tr("Prepare the file for the commissaire de justice"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dossierSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("dossierPreview"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            &CommissaireDossierDialog::paint);
    m_csv = new QCheckBox(tr("Also save the statement as a CSV file (for a spreadsheet)"), this);
    m_csv->setObjectName(QStringLiteral("dossierCsv"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* edit = buttons->addButton(tr("Edit the letter…"), QDialogButtonBox::ActionRole);
    edit->setObjectName(QStringLiteral("dossierEditLetter"));
    edit->setToolTip(tr("The cover letter's text, for every account"));
    QPushButton* save = buttons->addButton(tr("&Save the file…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("dossierSave"));
    save->setDefault(true);
    connect(edit, &QPushButton::clicked, this, &CommissaireDossierDialog::editCoverLetter);
    connect(save, &QPushButton::clicked, this, &CommissaireDossierDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_csv);
    layout->addWidget(buttons);
    resize(820, 900);

    if (!reload())
        save->setEnabled(false);
}

CommissaireDossierDialog::~CommissaireDossierDialog() = default;

bool CommissaireDossierDialog::reload()
{
    auto content = CommissaireDossier(m_db).load(m_accountId, m_asOf);
    if (!content) {
        m_problem = content.error();
        m_summary->setText(tr("The file cannot be prepared: %1").arg(m_problem));
        return false;
    }
    m_problem.clear();
    m_content = *content;
    m_summary->setText(summary());
    m_preview->updatePreview();
    return true;
}

QString CommissaireDossierDialog::summary() const
{
    if (!m_problem.isEmpty())
        return tr("The file cannot be prepared: %1").arg(m_problem);
    int found = 0;
    for (const DossierLetterCopy& l : m_content.letters)
        found += l.found ? 1 : 0;
    const int missing = int(m_content.letters.size()) - found;
    QString text =
        tr("%1 (%2) as of %3: overdue %4, balance %5.")
            .arg(m_content.account.name, m_content.account.ref, LetterFormat::longDate(m_asOf),
                 m_content.position.overdue.toLocaleString(),
                 m_content.position.balance.toLocaleString());
    text += u' ' + tr("The saved PDF also holds the copies of %n letter(s) sent, after these "
                      "pages.",
                      nullptr, found);
    if (missing > 0)
        text += u' ' + tr("%n letter(s) cannot be found and are listed as such.", nullptr, missing);
    return text;
}

void CommissaireDossierDialog::paint(QPrinter* printer)
{
    if (!m_problem.isEmpty() || m_content.account.id == 0)
        return;
    LetterRenderer::preparePage(*printer);
    printer->setFullPage(true);
    QPainter painter(printer);
    DossierRenderer::paint(painter, *printer, m_content);
}

void CommissaireDossierDialog::saveAs()
{
    if (!m_problem.isEmpty())
        return;
    const QString pdf = FileDialogs::saveFile(
        this, tr("Save the file for the commissaire de justice"),
        CommissaireDossier::fileName(m_content, QStringLiteral("pdf")), tr("PDF files (*.pdf)"));
    if (pdf.isEmpty())
        return;
    QString csv;
    if (m_csv->isChecked()) {
        const QFileInfo info(pdf);
        csv = FileDialogs::saveFile(this, tr("Save the statement as CSV"),
                                    info.absoluteDir().filePath(CommissaireDossier::fileName(
                                        m_content, QStringLiteral("csv"))),
                                    tr("CSV files (*.csv)"));
        if (csv.isEmpty())
            return;
    }
    saveTo(pdf, csv);
}

bool CommissaireDossierDialog::saveTo(const QString& pdfPath, const QString& csvPath)
{
    if (!m_problem.isEmpty())
        return false;
    auto written = CommissaireDossier::write(m_content, pdfPath, csvPath);
    if (!written) {
        MessageBox::warning(this, tr("File not saved"), written.error());
        return false;
    }
    askWhetherSent();
    return true;
}

void CommissaireDossierDialog::askWhetherSent()
{
    if (m_recorded)
        return;
    const QString question =
        tr("Has the file been sent to the commissaire de justice?\n\nAnswer Yes once it is "
           "sent: the hand-off is recorded in the case file of %1 as of %2, the account goes "
           "into litigation and reminders stop for it. Answer No to record nothing now.")
            .arg(m_content.account.ref, LetterFormat::longDate(m_asOf));
    if (MessageBox::question(this, tr("File sent?"), question) != QMessageBox::Yes)
        return;
    CaseEvent event;
    event.kind = CaseEventKind::HandedToCommissaire;
    event.date = m_asOf;
    auto id = CaseFile(m_db).record(m_content.account.ref, event, Database::currentUserName());
    if (!id) {
        MessageBox::warning(this, tr("Hand-off not recorded"), id.error());
        return;
    }
    m_recorded = true;
    emit handedOver(m_accountId);
}

void CommissaireDossierDialog::editCoverLetter()
{
    CoverLetterEditor editor(
        m_db, m_content.language.isEmpty() ? QStringLiteral("fr") : m_content.language, this);
    // Restoring the default is stored at once, even if the editor is then
    // cancelled: read the letter again either way.
    editor.exec();
    reload();
}
