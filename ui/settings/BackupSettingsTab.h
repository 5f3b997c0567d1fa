#pragma once

#include "util/Result.h"

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTreeWidget;

// The « Backup » tab of the settings: the automatic copies of the database
// file kept in the user's data folder (date, size), a copy made now, and a
// copy restored into a new database file, which then opens. Nothing here
// waits for « Save »: each button acts at once, after asking.
class BackupSettingsTab : public QWidget
{
    Q_OBJECT

public:
    explicit BackupSettingsTab(QWidget* parent = nullptr);

    void setDatabase(const Database* db);
    // Reads the folder again.
    void reload();

    // The copies shown, newest first (tests).
    int copyCount() const;
    QString copyPath(int row) const;
    QString copyText(int row, int column) const;

    // Makes a copy now (the Back up now button).
    Status backUpNow();
    // Restores `copy` into the new file `newDatabase` after asking the user
    // to confirm; `restored` is emitted on success. The Restore button asks
    // for the file, then calls this.
    Status restore(const QString& copy, const QString& newDatabase);

signals:
    // The copy was restored into `path`: the window opens it.
    void restored(const QString& path);

private:
    void chooseAndRestore();

    const Database* m_db = nullptr;
    QString m_folder;
    QLabel* m_where = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_backUpNow = nullptr;
    QPushButton* m_restore = nullptr;
};
