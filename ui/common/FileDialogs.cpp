#include "FileDialogs.h"

#include "MessageBox.h"
#include "NameOnlyIconProvider.h"
#include "storage/OpenDatabaseFiles.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QStandardPaths>

namespace {

void protect(QObject* root)
{
    for (QFileSystemModel* model : root->findChildren<QFileSystemModel*>())
        if (model->iconProvider() != NameOnlyIconProvider::instance())
            model->setIconProvider(NameOnlyIconProvider::instance());
}

// Qt's own dialogs (the print dialog's file button and completer) build
// their file lists out of our reach: they get the provider when they are
// shown, before the event loop delivers the first listing.
class FileListGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType() &&
            static_cast<QWidget*>(watched)->isWindow())
            protect(watched);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void FileDialogs::protectApplication()
{
    static bool done = false;
    if (done || !qApp)
        return;
    done = true;
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    qApp->installEventFilter(new FileListGuard(qApp));
}

QString FileDialogs::startFolder(const QString& remembered)
{
    if (!remembered.isEmpty()) {
        const QFileInfo info(remembered);
        if (info.isDir())
            return info.absoluteFilePath();
        if (info.absoluteDir().exists())
            return info.absolutePath();
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString FileDialogs::openFile(QWidget* parent, const QString& title, const QString& remembered,
                              const QString& filter)
{
    QFileDialog dialog(parent, title, startFolder(remembered), filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog);
}

QString FileDialogs::saveFile(QWidget* parent, const QString& title, const QString& suggested,
                              const QString& filter, QFileDialog::Options options)
{
    const QFileInfo file(suggested);
    const QString folder =
        file.isRelative() && !suggested.contains(u'/') ? startFolder() : startFolder(suggested);
    QFileDialog dialog(parent, title, folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setOptions(options);
    if (!file.fileName().isEmpty())
        dialog.selectFile(file.fileName());
    return run(dialog);
}

QString FileDialogs::folder(QWidget* parent, const QString& title, const QString& remembered)
{
    QFileDialog dialog(parent, title, startFolder(remembered));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return run(dialog);
}

QString FileDialogs::run(QFileDialog& dialog)
{
    // Set before the first listing: the dialog lists its folder once shown.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setOption(QFileDialog::DontUseCustomDirectoryIcons);
    dialog.setIconProvider(NameOnlyIconProvider::instance());
    while (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
        const QString path = dialog.selectedFiles().constFirst();
        if (!OpenDatabaseFiles::contains(path))
            return path;
        MessageBox::warning(&dialog, dialog.windowTitle(),
                            tr("%1 is the agency's open database (or one of its working "
                               "files): Relance never reads it as another file or writes over "
                               "it. Choose another file.")
                                .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}
