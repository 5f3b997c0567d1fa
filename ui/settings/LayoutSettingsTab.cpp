#include "LayoutSettingsTab.h"

// Its texts keep the translation context of the page they were written for
// (SettingsPage) when it was split along its seams, so that their translations
// still apply (update-translations drops contexts that disappear).

#include "common/FieldErrors.h"
#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "letters/LetterRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

LayoutSettingsTab::LayoutSettingsTab(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(FormParts::note(
        QCoreApplication::translate(
            "SettingsPage", "Where the tenant's address is printed, so that it shows in the "
                            "window of your envelopes. Measure the window from the top left "
                            "corner of an envelope with a sheet folded inside, or print the "
                            "calibration page, fold it and slide it into an envelope: the "
                            "frame must show entirely in the window."),
        this));

    m_windowLeft =
        millimetres(QStringLiteral("windowLeft"),
                    QCoreApplication::translate("SettingsPage", "Window distance from the left"));
    m_windowTop =
        millimetres(QStringLiteral("windowTop"),
                    QCoreApplication::translate("SettingsPage", "Window distance from the top"));
    m_windowWidth = millimetres(QStringLiteral("windowWidth"),
                                QCoreApplication::translate("SettingsPage", "Window width"));
    m_windowHeight = millimetres(QStringLiteral("windowHeight"),
                                 QCoreApplication::translate("SettingsPage", "Window height"));
    auto* group =
        new QGroupBox(QCoreApplication::translate("SettingsPage", "Envelope window"), this);
    auto* form = new QFormLayout(group);
    form->addRow(QCoreApplication::translate("SettingsPage", "From the &left edge:"), m_windowLeft);
    form->addRow(QCoreApplication::translate("SettingsPage", "From the &top edge:"), m_windowTop);
    form->addRow(QCoreApplication::translate("SettingsPage", "&Width:"), m_windowWidth);
    form->addRow(QCoreApplication::translate("SettingsPage", "&Height:"), m_windowHeight);
    auto* defaults =
        new QPushButton(QCoreApplication::translate("SettingsPage", "French DL &defaults"), group);
    defaults->setObjectName(QStringLiteral("windowDefaults"));
    defaults->setToolTip(QCoreApplication::translate(
        "SettingsPage", "110 mm from the left, 55 mm from the top, 85 × 33 mm"));
    connect(defaults, &QPushButton::clicked, this, [this] {
        const EnvelopeWindow d;
        m_windowLeft->setValue(d.leftMm);
        m_windowTop->setValue(d.topMm);
        m_windowWidth->setValue(d.widthMm);
        m_windowHeight->setValue(d.heightMm);
    });
    form->addRow(QString(), defaults);
    layout->addWidget(group);

    auto* preview = new QPushButton(
        QCoreApplication::translate("SettingsPage", "&Preview and print the calibration page…"),
        this);
    preview->setObjectName(QStringLiteral("calibrationPreview"));
    connect(preview, &QPushButton::clicked, this, &LayoutSettingsTab::previewRequested);
    auto* pdf = new QPushButton(
        QCoreApplication::translate("SettingsPage", "Save the calibration page as P&DF…"), this);
    pdf->setObjectName(QStringLiteral("calibrationPdf"));
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFile(
            this, QCoreApplication::translate("SettingsPage", "Save the calibration page"),
            QCoreApplication::translate("SettingsPage", "calibration.pdf"),
            QCoreApplication::translate("SettingsPage", "PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (Status s = saveCalibrationPdf(path); !s)
            MessageBox::warning(
                this, QCoreApplication::translate("SettingsPage", "Calibration page"), s.error());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(preview);
    buttons->addWidget(pdf);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(FormParts::note(
        QCoreApplication::translate("SettingsPage",
                                    "The calibration page uses the values typed above, saved or "
                                    "not."),
        this));
    layout->addStretch();

    for (QDoubleSpinBox* spin : findChildren<QDoubleSpinBox*>())
        connect(spin, &QDoubleSpinBox::valueChanged, this, &LayoutSettingsTab::changed);
}

QDoubleSpinBox* LayoutSettingsTab::millimetres(const QString& objectName,
                                               const QString& accessibleName)
{
    auto* spin = new QDoubleSpinBox(this);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setDecimals(1);
    spin->setSingleStep(0.5);
    spin->setRange(0, 297);
    spin->setSuffix(QCoreApplication::translate("SettingsPage", " mm"));
    return spin;
}

void LayoutSettingsTab::load(const EnvelopeWindow& window)
{
    m_windowLeft->setValue(window.leftMm);
    m_windowTop->setValue(window.topMm);
    m_windowWidth->setValue(window.widthMm);
    m_windowHeight->setValue(window.heightMm);
}

EnvelopeWindow LayoutSettingsTab::window() const
{
    EnvelopeWindow w;
    w.leftMm = m_windowLeft->value();
    w.topMm = m_windowTop->value();
    w.widthMm = m_windowWidth->value();
    w.heightMm = m_windowHeight->value();
    return w;
}

Status LayoutSettingsTab::saveCalibrationPdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Relance"));
    writer.setTitle(QCoreApplication::translate("SettingsPage", "Calibration page"));
    LetterRenderer::preparePage(writer);
    QPainter painter;
    if (!painter.begin(&writer))
        return Status::failure(QCoreApplication::translate(
                                   "SettingsPage",
                                   "%1 could not be written: choose a folder where you may save "
                                   "files.")
                                   .arg(QDir::toNativeSeparators(path)));
    LetterRenderer(window()).renderCalibration(painter, writer);
    painter.end();
    return {};
}

void LayoutSettingsTab::previewCalibration(const QString& printerName)
{
    auto* dialog = new QPrintPreviewDialog(this);
    dialog->setObjectName(QStringLiteral("calibrationPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QCoreApplication::translate("SettingsPage", "Calibration page"));
    const EnvelopeWindow envelope = window();
    if (!printerName.isEmpty())
        dialog->printer()->setPrinterName(printerName);
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [envelope](QPrinter* printer) {
        LetterRenderer::preparePage(*printer);
        QPainter painter(printer);
        LetterRenderer(envelope).renderCalibration(painter, *printer);
    });
    dialog->open();
}
