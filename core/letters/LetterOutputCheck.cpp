#include "LetterOutputCheck.h"

#include "LetterProducer.h"
#include "PdfScratch.h"
#include "print/PrintQueue.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <QTemporaryFile>

Status LetterOutputCheck::check(const LetterOutputOptions& options)
{
    if (!options.outDir.isEmpty())
        if (Status s = checkFolder(options.outDir); !s)
            return s;
    if (!options.mergedPath.isEmpty()) {
        const QFileInfo merged(options.mergedPath);
        if (merged.isDir())
            return Status::failure(
                tr("%1 is a folder: give the name of the PDF file to write, e.g. %2.")
                    .arg(QDir::toNativeSeparators(merged.absoluteFilePath()),
                         QDir::toNativeSeparators(
                             QDir(merged.absoluteFilePath()).filePath(QStringLiteral("run.pdf")))));
        if (merged.exists() && !merged.isWritable())
            return Status::failure(
                tr("The file %1 cannot be replaced: check your rights on it, or choose another "
                   "name.")
                    .arg(QDir::toNativeSeparators(merged.absoluteFilePath())));
        if (Status s = checkFolder(merged.absolutePath()); !s)
            return s;
    }
    if (!options.printerName.isEmpty())
        if (Status s = checkPrinter(options.printerName); !s)
            return s;
    return {};
}

Status LetterOutputCheck::checkFolder(const QString& dir)
{
    const QFileInfo info(dir);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists() && !info.isDir())
        return Status::failure(
            tr("%1 is a file, not a folder: choose a folder for the letters.").arg(shown));
    if (!QDir().mkpath(info.absoluteFilePath()))
        return Status::failure(
            tr("The folder %1 cannot be created: check the path and your rights on it.")
                .arg(shown));
    // The only sure test of « can write here » is writing (read-only mounts,
    // access lists): a file that removes itself.
    QTemporaryFile probe(QDir(info.absoluteFilePath())
                             .filePath(PdfScratch::prefix() + QStringLiteral("probe-XXXXXX")));
    if (!probe.open())
        return Status::failure(
            tr("No file can be written in the folder %1: check your rights on it, or choose "
               "another folder.")
                .arg(shown));
    probe.close();
    const QStorageInfo storage(info.absoluteFilePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 &&
        storage.bytesAvailable() < minimumFreeBytes)
        return Status::failure(
            tr("The disk of %1 is almost full (%2 free): free some space before writing the "
               "letters.")
                .arg(shown, QLocale().formattedDataSize(storage.bytesAvailable())));
    return {};
}

Status LetterOutputCheck::checkPrinter(const QString& printerName)
{
    const QStringList printers = PrintQueue::printerNames();
    if (printers.contains(printerName))
        return {};
    if (printers.isEmpty())
        return Status::failure(
            tr("There is no printer named « %1 »: no printer is installed here.").arg(printerName));
    return Status::failure(tr("There is no printer named « %1 ». Printers here: %2.")
                               .arg(printerName, printers.join(QStringLiteral(", "))));
}
