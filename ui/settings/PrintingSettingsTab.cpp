#include "PrintingSettingsTab.h"

// Its texts keep the translation context of the page they were written for
// (SettingsPage) when it was split along its seams, so that their translations
// still apply (update-translations drops contexts that disappear).

#include "common/FieldErrors.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QPrinterInfo>
#include <QSettings>

namespace {
// The Debtors screen prints to this printer; empty means « ask each time ».
const auto printerKey = QLatin1String("printing/printer");
} // namespace

PrintingSettingsTab::PrintingSettingsTab(QWidget* parent)
    : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    m_printer = new QComboBox(this);
    m_printer->setObjectName(QStringLiteral("printer"));
    m_printer->setAccessibleName(QCoreApplication::translate("SettingsPage", "Default printer"));
    m_printer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(QCoreApplication::translate("SettingsPage", "Default &printer:"), m_printer);
    form->addRow(QString(),
                 FormParts::note(QCoreApplication::translate(
                                     "SettingsPage",
                                     "Letters are printed there without asking. With « Ask each "
                                     "time », the print dialog opens for every batch. This choice "
                                     "belongs to this computer, not to the database."),
                                 this));

    connect(m_printer, &QComboBox::currentIndexChanged, this, &PrintingSettingsTab::changed);
}

void PrintingSettingsTab::load(bool listPrinters)
{
    const QString saved = QSettings().value(printerKey).toString();
    // Asking the print system takes a second or more where CUPS looks for
    // network printers: once per page, and never for a page letting go of
    // its database (quitting, another database being opened).
    if (!m_printersListed && listPrinters) {
        m_printerNames = QPrinterInfo::availablePrinterNames();
        m_printersListed = true;
    }
    m_printer->clear();
    m_printer->addItem(QCoreApplication::translate("SettingsPage", "Ask each time"), QString());
    const QStringList& names = m_printerNames;
    for (const QString& name : names)
        m_printer->addItem(name, name);
    // A printer that is gone (unplugged, renamed) stays the choice until the
    // user picks another: printing then asks and says why.
    if (!saved.isEmpty() && !names.contains(saved))
        m_printer->addItem(
            QCoreApplication::translate("SettingsPage", "%1 (not available now)").arg(saved),
            saved);
    m_printer->setCurrentIndex(qMax(0, m_printer->findData(saved)));
}

void PrintingSettingsTab::apply() const
{
    QSettings().setValue(printerKey, printerName());
}

QString PrintingSettingsTab::printerName() const
{
    return m_printer->currentData().toString();
}
