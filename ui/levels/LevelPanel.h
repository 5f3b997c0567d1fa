#pragma once

#include "reminders/Program.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class Database;
class LevelDialog;
class LevelTableModel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The middle panel of the Levels page: the levels of the program shown, in
// order, and adding, editing, removing and moving them (ProgramEditor
// checks every change).
class LevelPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LevelPanel(QWidget* parent = nullptr);

    void setDatabase(const Database* db) { m_db = db; }
    // Shows the levels of `program` (none when null) and selects the first.
    void setProgram(const Program* program);
    void setToday(QDate today) { m_today = today; }

    qint64 currentLevelId() const;
    // The level selected, if any.
    std::optional<Level> currentLevel() const;
    void selectLevel(qint64 id);
    // The dialog opened by newLevel()/editLevel(), while it is open.
    LevelDialog* openLevelDialog() const;

    QTableView* table() const { return m_levelTable; }
    LevelTableModel* model() const { return m_levelModel; }
    QSortFilterProxyModel* proxy() const { return m_levelProxy; }
    QList<QPushButton*> sideButtons() const;
    void updateButtons();

public slots:
    void newLevel();
    void editLevel(qint64 id);
    void editCurrentLevel();
    void removeCurrentLevel();
    void moveCurrentLevel(int delta);

signals:
    // Another level is selected.
    void levelChosen();
    // A level was created, changed, moved or removed; `selectId` (when not
    // 0) is the one to select after reading the programs again.
    void changed(qint64 selectId);

private:
    void openLevelDialogFor(const Level& level);
    QString textSummary(qint64 levelId) const;
    void warn(const QString& title, const Status& status);

    const Database* m_db = nullptr;
    QDate m_today = QDate::currentDate();
    std::optional<Program> m_program;

    LevelTableModel* m_levelModel = nullptr;
    QSortFilterProxyModel* m_levelProxy = nullptr;
    QTableView* m_levelTable = nullptr;
    QPushButton* m_newLevel = nullptr;
    QPushButton* m_editLevel = nullptr;
    QPushButton* m_removeLevel = nullptr;
    QPushButton* m_levelUp = nullptr;
    QPushButton* m_levelDown = nullptr;
};
