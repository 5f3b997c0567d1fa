#include "LetterOutputChooser.h"

#include "common/FileDialogs.h"
#include "letters/LetterProducer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSettings>
#include <QStandardPaths>

// The texts were the Debtors page's before the page was split: they keep its
// translation context, and with it their French.

namespace {
const auto printerKey = QLatin1String("printing/printer");
const auto pdfFolderKey = QLatin1String("debtors/pdfFolder");
} // namespace

namespace LetterOutputChooser {

std::optional<LetterOutputOptions> printer(QWidget* parent, const QString& title, int copies)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setCopyCount(copies);
    const QString preferred = QSettings().value(printerKey).toString();
    if (!preferred.isEmpty() && QPrinterInfo::availablePrinterNames().contains(preferred))
        printer.setPrinterName(preferred);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    LetterOutputOptions output;
    if (printer.outputFormat() == QPrinter::PdfFormat)
        output.mergedPath = QFileInfo(printer.outputFileName()).absoluteFilePath();
    else
        output.printerName = printer.printerName();
    output.copies = printer.copyCount();
    output.duplex = printer.duplex() != QPrinter::DuplexNone;
    return output;
}

QString pdfFile(QWidget* parent, QDate asOf)
{
    QSettings settings;
    const QString folder =
        settings
            .value(pdfFolderKey,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString suggested =
        QDir(folder).filePath(QCoreApplication::translate("DebtorsPage", "reminders-%1.pdf")
                                  .arg(asOf.toString(Qt::ISODate)));
    QString path = FileDialogs::saveFile(
        parent, QCoreApplication::translate("DebtorsPage", "Save the letters as PDF"), suggested,
        QCoreApplication::translate("DebtorsPage", "PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".pdf");
    settings.setValue(pdfFolderKey, QFileInfo(path).absolutePath());
    return path;
}

} // namespace LetterOutputChooser
