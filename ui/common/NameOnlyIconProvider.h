#pragma once

#include <QCoreApplication>
#include <QFileIconProvider>
#include <QMimeDatabase>

// Icons and type names for file lists, guessed from the file's name only.
// Qt's own provider reads a file's first bytes when its name says nothing
// (relance.sqlite, relance.sqlite-wal, -shm): opening and closing the
// agency's database in our process releases SQLite's locks on it
// (OpenDatabaseFiles). Every file list of the application uses this one.
class NameOnlyIconProvider : public QFileIconProvider
{
    Q_DECLARE_TR_FUNCTIONS(NameOnlyIconProvider)

public:
    NameOnlyIconProvider();

    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo& info) const override;
    QString type(const QFileInfo& info) const override;

    // The instance shared by every dialog (it must outlive them).
    static NameOnlyIconProvider* instance();

private:
    QMimeDatabase m_mime;
};
