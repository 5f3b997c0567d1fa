#pragma once

#include <QCoreApplication>
#include <QFileDialog>
#include <QString>

class QWidget;

// Every file chooser of the application goes through here. They start in
// the user's Documents folder (or the folder the user chose last time for
// the same purpose), never beside the agency's database, and they never
// read a file to guess its type: SQLite's locks are per process, and a
// dialog that opens and closes the database, its -wal or -shm to pick an
// icon releases them, after which the next relance-cli deletes the WAL
// under the window (docs/gui.md). Choosing one of the open database's own
// files is refused: it is neither a logo, nor a CSV, nor where a PDF goes.
class FileDialogs
{
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)

public:
    // `remembered`: a folder (or a file in it) chosen before; Documents when
    // empty or gone.
    static QString openFile(QWidget* parent, const QString& title, const QString& remembered,
                            const QString& filter);
    // `suggested`: a file name, alone (it goes in Documents) or with its
    // folder.
    static QString saveFile(QWidget* parent, const QString& title, const QString& suggested,
                            const QString& filter,
                            QFileDialog::Options options = QFileDialog::Options());

    // A folder (created by the user in the dialog if need be); `remembered`
    // as for openFile.
    static QString folder(QWidget* parent, const QString& title, const QString& remembered);

    // Where a dialog starts: `remembered` when it is an existing folder (or
    // a file in one), else Documents (the home folder if there is none).
    static QString startFolder(const QString& remembered = {});

    // Once per process (MainWindow): no native dialogs, which read files in
    // our process where we cannot stop them, and every file list Qt builds
    // itself (the print dialog's output file, its completer) gets the
    // name-only icon provider before it lists anything.
    static void protectApplication();

private:
    static QString run(QFileDialog& dialog);
};
