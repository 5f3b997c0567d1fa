#include "BackupFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

QString BackupFolder::forDatabase(const QString& databasePath)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString name = QFileInfo(databasePath).completeBaseName();
    if (name.isEmpty())
        name = QStringLiteral("relance");
    return QDir(base).filePath(QStringLiteral("backups/") + name);
}

QList<BackupCopy> BackupFolder::list(const QString& folder)
{
    static const QRegularExpression form(
        QStringLiteral("^([0-9]{8}-[0-9]{6})(?:-before-upgrade-v([0-9]+))?\\.sqlite$"));
    QList<BackupCopy> copies;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        const auto match = form.match(file.fileName());
        if (!match.hasMatch())
            continue;
        BackupCopy copy;
        copy.path = file.absoluteFilePath();
        copy.madeAt = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        if (!copy.madeAt.isValid())
            continue;
        copy.size = file.size();
        copy.beforeUpgradeFrom = match.captured(2).toInt();
        copies << copy;
    }
    std::sort(copies.begin(), copies.end(),
              [](const BackupCopy& a, const BackupCopy& b) { return a.madeAt > b.madeAt; });
    return copies;
}

QString BackupFolder::dailyFileName(const QDateTime& at)
{
    return at.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".sqlite");
}
