#pragma once

#include "common/DatabaseView.h"
#include "reminders/Program.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class AgencyMail;
class Database;
class Keychain;
struct LetterTemplate;
class LevelDialog;
class LevelTableModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class TemplateEditorDialog;
class TemplateListModel;

// The « Levels & templates » section: the reminder programs (the global one
// and the custom ones some accounts follow), the levels of the chosen
// program in order, and the letter templates of the chosen level. Dialogs
// only ask; the page saves through ProgramRepository and TemplateRepository.
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
    // Reads the programs again (automation switched in Settings, …).
    void refresh() override { reload(); }

    QComboBox* programChoice() const { return m_programs; }
    QTableView* levelTable() const { return m_levelTable; }
    QTableView* templateTable() const { return m_templateTable; }
    LevelTableModel* levelModel() const { return m_levelModel; }
    TemplateListModel* templateModel() const { return m_templateModel; }
    QSortFilterProxyModel* levelProxy() const { return m_levelProxy; }
    // The dialog opened by newLevel()/editLevel(), while it is open.
    LevelDialog* openLevelDialog() const;
    // The day the automation's first run is counted from (tests set it).
    void setToday(QDate today) { m_today = today; }
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
    const Program* currentProgram() const;
    void showProgram();
    void showTemplates();
    void updateButtons();
    void openLevelDialogFor(const Level& level);
    void openTemplateEditorFor(const LetterTemplate& letterTemplate);
    void askProgramName(const QString& title, const QString& label, const QString& initial,
                        const std::function<void(const QString&)>& done);
    QString uniqueTemplateName(const QString& wanted, const QString& language) const;
    QString textSummary(qint64 levelId) const;
    void warn(const QString& title, const Status& status);

    void chooseTestAccount(TemplateEditorDialog* editor);

    const Database* m_db = nullptr;
    QDate m_today = QDate::currentDate();
    Keychain* m_keychain = nullptr;
    AgencyMail* m_agencyMail = nullptr;
    QList<Program> m_programList;

    QComboBox* m_programs = nullptr;
    QLabel* m_programNote = nullptr;
    QPushButton* m_newProgram = nullptr;
    QPushButton* m_renameProgram = nullptr;
    QPushButton* m_removeProgram = nullptr;
    QPushButton* m_globalProgram = nullptr;

    LevelTableModel* m_levelModel = nullptr;
    QSortFilterProxyModel* m_levelProxy = nullptr;
    QTableView* m_levelTable = nullptr;
    QPushButton* m_newLevel = nullptr;
    QPushButton* m_editLevel = nullptr;
    QPushButton* m_removeLevel = nullptr;
    QPushButton* m_levelUp = nullptr;
    QPushButton* m_levelDown = nullptr;

    QLabel* m_templateTitle = nullptr;
    TemplateListModel* m_templateModel = nullptr;
    QSortFilterProxyModel* m_templateProxy = nullptr;
    QTableView* m_templateTable = nullptr;
    QPushButton* m_newTemplate = nullptr;
    QPushButton* m_editTemplate = nullptr;
    QPushButton* m_duplicateTemplate = nullptr;
    QPushButton* m_removeTemplate = nullptr;
    QPushButton* m_defaultTemplate = nullptr;
    QSplitter* m_splitter = nullptr;
};
