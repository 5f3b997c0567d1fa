#include "PlanAgreementDialog.h"

#include "CoverLetterEditor.h"

#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "debtors/LetterOutputChooser.h"
#include "letters/LetterFormat.h"
#include "letters/LetterPdf.h"
#include "letters/LetterProducer.h"
#include "letters/LetterRenderer.h"
#include "print/PrintQueue.h"
#include "recovery/PlanAgreementLetter.h"
#include "storage/SettingsRepository.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace {
// Both sides sign, each keeps one.
constexpr int agreementCopies = 2;
} // namespace

PlanAgreementDialog::PlanAgreementDialog(const Database& db, const QString& ref, QDate date,
                                         QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_ref(ref)
    , m_date(date)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("planAgreementDialog"));
    setWindowTitle(tr("Payment plan agreement — %1").arg(ref));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("agreementSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("agreementPreview"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &PlanAgreementDialog::paint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* edit = buttons->addButton(tr("Edit the letter…"), QDialogButtonBox::ActionRole);
    edit->setObjectName(QStringLiteral("agreementEditLetter"));
    edit->setToolTip(tr("The agreement's text, for every account"));
    m_save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("agreementSave"));
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("agreementPrint"));
    m_print->setDefault(true);
    connect(edit, &QPushButton::clicked, this, &PlanAgreementDialog::editLetter);
    connect(m_save, &QPushButton::clicked, this, &PlanAgreementDialog::saveAs);
    connect(m_print, &QPushButton::clicked, this, &PlanAgreementDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(820, 900);
    reload();
}

bool PlanAgreementDialog::reload()
{
    auto letter = PlanAgreementLetter::forAccount(m_db, m_ref, m_date);
    auto window = letter ? SettingsRepository::envelopeWindow(m_db)
                         : Result<EnvelopeWindow>::failure(letter.kind(), letter.error());
    const bool ok = letter && window;
    m_save->setEnabled(ok);
    m_print->setEnabled(ok);
    if (!ok) {
        m_problem = letter ? window.error() : letter.error();
        m_summary->setText(tr("The agreement letter cannot be prepared: %1").arg(m_problem));
        m_preview->updatePreview();
        return false;
    }
    m_problem.clear();
    m_letter = *letter;
    m_window = *window;
    m_summary->setText(tr("The agreement of %1 dated %2, to print in two copies: the tenant signs "
                          "both, each side keeps one. Once it is back signed, record it with "
                          "“Mark as signed…”.")
                           .arg(m_ref, LetterFormat::longDate(m_date)));
    m_preview->updatePreview();
    return true;
}

void PlanAgreementDialog::editLetter()
{
    CoverLetterEditor editor(m_db, CoverLetterEditor::Letter::PlanAgreement,
                             m_letter.language.isEmpty() ? QStringLiteral("fr") : m_letter.language,
                             this);
    // Restoring the default is stored at once, even if the editor is then
    // cancelled: compose the letter again either way.
    editor.exec();
    reload();
}

PlanAgreementDialog::~PlanAgreementDialog() = default;

void PlanAgreementDialog::paint(QPrinter* printer)
{
    if (!m_problem.isEmpty())
        return;
    LetterRenderer::preparePage(*printer);
    QPainter painter(printer);
    LetterRenderer(m_window).render(painter, *printer, m_letter);
}

void PlanAgreementDialog::saveAs()
{
    if (!m_problem.isEmpty())
        return;
    const QString suggested =
        tr("payment-plan-%1-%2.pdf").arg(m_letter.reference, m_date.toString(Qt::ISODate));
    QString path = FileDialogs::saveFile(this, tr("Save the agreement as PDF"), suggested,
                                         tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".pdf");
    saveTo(path);
}

bool PlanAgreementDialog::saveTo(const QString& pdfPath)
{
    if (!m_problem.isEmpty())
        return false;
    // Archival PDF, like the letters of a run: it is a record.
    if (Status s = LetterPdf::write({m_letter}, m_window, pdfPath, m_letter.title, true); !s) {
        MessageBox::warning(this, tr("Agreement not saved"), s.error());
        return false;
    }
    return true;
}

void PlanAgreementDialog::print()
{
    if (!m_problem.isEmpty())
        return;
    const auto output =
        LetterOutputChooser::printer(this, tr("Print the agreement"), agreementCopies);
    if (!output)
        return;
    if (!output->mergedPath.isEmpty())
        saveTo(output->mergedPath);
    else
        printTo(output->printerName, output->copies, output->duplex);
}

bool PlanAgreementDialog::printTo(const QString& printerName, int copies, bool duplex)
{
    if (!m_problem.isEmpty())
        return false;
    // Paper is the PDF handed to the print queue, as for every letter: what
    // is printed is what is previewed.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("agreement.pdf"));
    Status s = dir.isValid()
                   ? LetterPdf::write({m_letter}, m_window, pdf, m_letter.title, true)
                   : Status::failure(
                         ErrorKind::Storage,
                         tr("No temporary folder to prepare the print: %1").arg(dir.errorString()));
    if (s) {
        PrintJob job;
        job.printer = printerName;
        job.title = m_letter.title;
        job.copies = qMax(1, copies);
        job.duplex = duplex;
        s = PrintQueue::print(pdf, job);
    }
    if (!s) {
        MessageBox::warning(this, tr("Agreement not printed"), s.error());
        return false;
    }
    return true;
}
