#include "NameOnlyIconProvider.h"

#include <QFileInfo>

NameOnlyIconProvider::NameOnlyIconProvider()
{
    // A folder's .directory file is a file read for an icon, too.
    setOptions(QAbstractFileIconProvider::DontUseCustomDirectoryIcons);
}

NameOnlyIconProvider* NameOnlyIconProvider::instance()
{
    static NameOnlyIconProvider provider;
    return &provider;
}

QIcon NameOnlyIconProvider::icon(const QFileInfo& info) const
{
    if (info.isRoot())
        return icon(QAbstractFileIconProvider::Drive);
    if (info.isDir())
        return icon(QAbstractFileIconProvider::Folder);
    const QList<QMimeType> types = m_mime.mimeTypesForFileName(info.fileName());
    if (!types.isEmpty()) {
        const QIcon themed = QIcon::fromTheme(types.first().iconName(),
                                              QIcon::fromTheme(types.first().genericIconName()));
        if (!themed.isNull())
            return themed;
    }
    return icon(QAbstractFileIconProvider::File);
}

QString NameOnlyIconProvider::type(const QFileInfo& info) const
{
    if (!info.isFile())
        return QFileIconProvider::type(info); // folders, drives, links: no reading
    const QList<QMimeType> types = m_mime.mimeTypesForFileName(info.fileName());
    if (!types.isEmpty() && !types.first().comment().isEmpty())
        return types.first().comment();
    const QString suffix = info.suffix();
    return suffix.isEmpty() ? tr("File") : tr("%1 file").arg(suffix.toUpper());
}
