#pragma once

#include "common/DatabaseView.h"
#include "util/Result.h"

#include <QDate>
#include <QString>
#include <QWidget>

#include <functional>

class AgencyMail;
class Database;
class Keychain;
class LevelDialog;
class LevelPanel;
class LevelTableModel;
class ProgramBar;
class QComboBox;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class TemplateEditorDialog;
class TemplateListModel;
class TemplatePanel;

// The « Levels & templates » section: the reminder programs (the global one
// and the custom ones some accounts follow), the levels of the chosen
// program in order, and the letter templates of the chosen level: one panel
// each (ProgramBar, LevelPanel, TemplatePanel), which this page keeps in
// step. Dialogs only ask; level changes go through ProgramEditor.
class LevelsPage : public QWidget, public DatabaseView
{
    Q_OBJECT

public:
    explicit LevelsPage(QWidget* parent = nullptr);
    ~LevelsPage() override;

    void setDatabase(const Database* db) override;
    // Tests give a memory keychain; otherwise the system keyring is used.
    void setKeychain(Keychain* keychain) { m_keychain = keychain; }
    // Sends the editor's letter, as it is now, for `accountId` to the
    // agency's address (workflows.md: « a test sends the letter of any
    // account to the agency's own address »).
    bool sendTemplateTest(TemplateEditorDialog* editor, qint64 accountId);
    AgencyMail* agencyMail() const { return m_agencyMail; }
    // Reads programs, levels and templates again, keeping the selection.
    Status reload();
    // The same, saying in a message box what could not be read.
    void reloadOrWarn();
    // Reads the programs again (automation switched in Settings, …).
    void refresh() override { reloadOrWarn(); }

    QComboBox* programChoice() const;
    QTableView* levelTable() const;
    QTableView* templateTable() const;
    LevelTableModel* levelModel() const;
    TemplateListModel* templateModel() const;
    QSortFilterProxyModel* levelProxy() const;
    // The dialog opened by newLevel()/editLevel(), while it is open.
    LevelDialog* openLevelDialog() const;
    // The day the automation's first run is counted from (tests set it).
    void setToday(QDate today);
    TemplateEditorDialog* openTemplateEditor() const;

    qint64 currentProgramId() const;
    qint64 currentLevelId() const;
    qint64 currentTemplateId() const;
    void selectProgram(qint64 id);
    void selectLevel(qint64 id);
    void selectTemplate(qint64 id);

    void saveViewState() const override;
    void restoreViewState();

public slots:
    void newProgram();
    void renameProgram();
    void removeProgram();
    void makeProgramGlobal();
    void newLevel();
    void editLevel(qint64 id);
    void editCurrentLevel();
    void removeCurrentLevel();
    void moveCurrentLevel(int delta);
    void newTemplate();
    void editCurrentTemplate();
    void duplicateCurrentTemplate();
    void removeCurrentTemplate();
    void setCurrentTemplateDefault();

signals:
    // A program, level or template was created, changed or removed.
    void configurationChanged();

private:
    void showProgram();
    void showTemplates();
    // After a panel changed something: read everything again.
    void changedBy(const std::function<void()>& select);

    const Database* m_db = nullptr;
    Keychain* m_keychain = nullptr;
    AgencyMail* m_agencyMail = nullptr;

    ProgramBar* m_programBar = nullptr;
    LevelPanel* m_levelPanel = nullptr;
    TemplatePanel* m_templatePanel = nullptr;
    QSplitter* m_splitter = nullptr;
};
