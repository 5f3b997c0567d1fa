#include "BackupSettingsTab.h"

#include "common/BackgroundTask.h"
#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "common/TaskWait.h"
#include "setup/AutomaticBackups.h"
#include "setup/BackupFolder.h"
#include "setup/BackupService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    DateColumn,
    SizeColumn,
    KindColumn,
    ColumnCount
};
} // namespace

BackupSettingsTab::BackupSettingsTab(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Relance keeps a copy of the database file every day it is started, and before "
           "every upgrade of its structure: one a day for the last 7 days, then one a week for "
           "4 weeks. A copy is restored into a new database file; the current one is left as "
           "it is."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("backupFolder"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_where);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Made on"), tr("Size"), tr("Kind")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto* buttons = new QHBoxLayout;
    m_backUpNow = new QPushButton(tr("&Back up now"), this);
    m_backUpNow->setObjectName(QStringLiteral("backUpNow"));
    m_restore = new QPushButton(tr("&Restore into a new file…"), this);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    buttons->addWidget(m_backUpNow);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_backUpNow, &QPushButton::clicked, this, [this] {
        if (Status s = backUpNow(); !s)
            MessageBox::warning(this, tr("Backup"), s.error());
    });
    connect(m_restore, &QPushButton::clicked, this, &BackupSettingsTab::chooseAndRestore);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    m_restore->setEnabled(false);
}

void BackupSettingsTab::setDatabase(const Database* db)
{
    m_db = db;
    m_folder =
        db && db->dialect().isSQLite() ? BackupFolder::forDatabase(db->config().path) : QString();
    reload();
}

void BackupSettingsTab::reload()
{
    m_list->clear();
    const bool file = !m_folder.isEmpty();
    m_list->setEnabled(file);
    m_backUpNow->setEnabled(file);
    m_restore->setEnabled(false);
    if (!m_db) {
        m_where->clear();
        return;
    }
    if (!file) {
        m_where->setText(tr("This database is on a shared server: whoever runs the server backs "
                            "it up (pg_dump; relance-cli backup makes such a copy)."));
        return;
    }
    m_where->setText(tr("Copies are kept in %1.").arg(QDir::toNativeSeparators(m_folder)));
    const QLocale locale;
    for (const BackupCopy& copy : BackupFolder::list(m_folder)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(DateColumn, locale.toString(copy.madeAt, QLocale::ShortFormat));
        item->setText(SizeColumn, locale.formattedDataSize(copy.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(KindColumn,
                      copy.beforeUpgradeFrom > 0
                          ? tr("Before an upgrade (from version %1)").arg(copy.beforeUpgradeFrom)
                          : tr("Daily"));
        item->setData(DateColumn, Qt::UserRole, copy.path);
    }
}

int BackupSettingsTab::copyCount() const
{
    return m_list->topLevelItemCount();
}

QString BackupSettingsTab::copyPath(int row) const
{
    const QTreeWidgetItem* item = m_list->topLevelItem(row);
    return item ? item->data(DateColumn, Qt::UserRole).toString() : QString();
}

QString BackupSettingsTab::copyText(int row, int column) const
{
    const QTreeWidgetItem* item = m_list->topLevelItem(row);
    return item ? item->text(column) : QString();
}

Status BackupSettingsTab::backUpNow()
{
    if (!m_db || m_folder.isEmpty())
        return {};
    if (!QDir().mkpath(m_folder))
        return Status::failure(tr("The folder %1 cannot be created. Check its permissions.")
                                   .arg(QDir::toNativeSeparators(m_folder)));
    const QString path =
        QDir(m_folder).filePath(BackupFolder::dailyFileName(QDateTime::currentDateTime()));
    Status s;
    BackgroundTask task(*m_db, [&](BackgroundTask::Control&) {
        s = BackupService::backup(*m_db, path);
        if (s)
            s = AutomaticBackups::prune(m_folder);
    });
    TaskWait::run(this, task, tr("Backing the database up…"));
    reload();
    return s;
}

Status BackupSettingsTab::restore(const QString& copy, const QString& newDatabase)
{
    const QString when = QFileInfo(copy).fileName();
    const auto answer = MessageBox::question(
        this, tr("Restore a backup"),
        tr("Restore the copy %1 into the new database file %2?\n\nThe database open now is "
           "left as it is; the restored one opens in its place.")
            .arg(when, QDir::toNativeSeparators(newDatabase)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Yes, tr("Restore")}});
    if (answer != QMessageBox::Yes)
        return Status::failure(ErrorKind::Cancelled, tr("Nothing was restored."));
    auto version = Result<int>::failure(ErrorKind::Cancelled, tr("Nothing was restored."));
    BackgroundTask task(
        [&](BackgroundTask::Control&) { version = BackupService::restore(copy, newDatabase); });
    TaskWait::run(this, task, tr("Restoring the backup…"));
    if (!version)
        return Status::failure(version.kind(), version.error());
    emit restored(newDatabase);
    return {};
}

void BackupSettingsTab::chooseAndRestore()
{
    const QString copy = copyPath(m_list->indexOfTopLevelItem(m_list->currentItem()));
    if (copy.isEmpty())
        return;
    QString target = FileDialogs::saveFile(
        this, tr("Restore into a new database file"), tr("restored-agency.sqlite"),
        tr("Relance databases (*.sqlite)"), QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += QLatin1String(".sqlite");
    Status s = restore(copy, target);
    if (!s && s.kind() != ErrorKind::Cancelled)
        MessageBox::warning(this, tr("Restore a backup"), s.error());
}
