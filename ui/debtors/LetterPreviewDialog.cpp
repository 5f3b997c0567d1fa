#include "LetterPreviewDialog.h"

#include "letters/LetterPreview.h"
#include "letters/LetterRenderer.h"
#include "reminders/Plan.h"

#include <QAction>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QToolBar>
#include <QVBoxLayout>

LetterPreviewDialog::LetterPreviewDialog(QWidget* parent)
    : QDialog(parent)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("letterPreview"));
    setWindowTitle(tr("Preview of the letters (nothing is recorded yet)"));
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("letterPreviewPages"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            &LetterPreviewDialog::paintRequested);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this,
            &LetterPreviewDialog::updatePageLabel);

    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("letterPreviewTools"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction* fitWidth =
        bar->addAction(tr("Fit &width"), m_preview, &QPrintPreviewWidget::fitToWidth);
    fitWidth->setObjectName(QStringLiteral("previewFitWidth"));
    QAction* wholePage =
        bar->addAction(tr("Whole &page"), m_preview, &QPrintPreviewWidget::fitInView);
    wholePage->setObjectName(QStringLiteral("previewWholePage"));
    QAction* zoomIn = bar->addAction(tr("Zoom &in"), m_preview, [this] { m_preview->zoomIn(); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = bar->addAction(tr("Zoom &out"), m_preview, [this] { m_preview->zoomOut(); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    bar->addSeparator();
    QAction* previous = bar->addAction(tr("P&revious page"), m_preview, [this] {
        m_preview->setCurrentPage(m_preview->currentPage() - 1);
        updatePageLabel();
    });
    previous->setShortcut(QKeySequence::MoveToPreviousPage);
    m_page = new QLabel(bar);
    m_page->setObjectName(QStringLiteral("previewPageNumber"));
    m_page->setMargin(6);
    bar->addWidget(m_page);
    QAction* next = bar->addAction(tr("&Next page"), m_preview, [this] {
        m_preview->setCurrentPage(m_preview->currentPage() + 1);
        updatePageLabel();
    });
    next->setShortcut(QKeySequence::MoveToNextPage);
    bar->addSeparator();
    // The only way to print from here goes through the run.
    m_print = bar->addAction(tr("&Print…"), this, [this] {
        close();
        emit printRequested();
    });
    m_print->setObjectName(QStringLiteral("previewPrint"));
    m_print->setToolTip(tr("Issue the reminders of the checked debtors and print their letters"));
    QAction* closeAction = bar->addAction(tr("&Close"), this, &QDialog::close);
    closeAction->setObjectName(QStringLiteral("previewClose"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_preview, 1);
}

LetterPreviewDialog::~LetterPreviewDialog() = default;

void LetterPreviewDialog::updatePageLabel()
{
    m_page->setText(tr("Page %1 of %2").arg(m_preview->currentPage()).arg(m_preview->pageCount()));
}

Status LetterPreviewDialog::paint(QPrinter& printer, const Database& db,
                                  const QList<const PlannedReminder*>& reminders, QDate asOf,
                                  const QString& templateName)
{
    LetterPreview letters(db);
    if (Status s = letters.load(); !s)
        return s;
    LetterRenderer::preparePage(printer);
    printer.setFullPage(true);
    LetterRenderer renderer(letters.window());
    // Nothing is recorded yet: the pages say so, in case one is printed some
    // other way (a screenshot, the system's print of the window).
    renderer.setDraftMark(tr("DRAFT", "across a previewed letter not yet recorded"));
    QPainter painter(&printer);
    bool first = true;
    for (const PlannedReminder* r : reminders) {
        auto contents = letters.letters(*r, asOf, templateName);
        if (!contents)
            return Status::failure(contents.error());
        for (const LetterContent& c : std::as_const(*contents)) {
            renderer.render(painter, printer, c, !first);
            first = false;
        }
    }
    return {};
}
