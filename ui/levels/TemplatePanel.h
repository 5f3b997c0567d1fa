#pragma once

#include "reminders/Level.h"
#include "util/Result.h"

#include <QList>
#include <QWidget>

#include <optional>

class AgencyMail;
class Database;
struct LetterTemplate;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class TemplateEditorDialog;
class TemplateListModel;

// The lower panel of the Levels page: the letter templates of the level
// chosen above, their editor, and the test letter sent to the agency.
class TemplatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatePanel(QWidget* parent = nullptr);

    // `mail` sends test letters (null without a database).
    void setDatabase(const Database* db, AgencyMail* mail);
    // Shows the templates of `level` (none when unset) and selects the first.
    void setLevel(const std::optional<Level>& level);

    qint64 currentTemplateId() const;
    void selectTemplate(qint64 id);
    TemplateEditorDialog* openTemplateEditor() const;
    // Sends the editor's letter, as it is now, for `accountId` to the
    // agency's address.
    bool sendTemplateTest(TemplateEditorDialog* editor, qint64 accountId);

    QTableView* table() const { return m_templateTable; }
    TemplateListModel* model() const { return m_templateModel; }
    QList<QPushButton*> sideButtons() const;
    void updateButtons();

public slots:
    void newTemplate();
    void editCurrentTemplate();
    void duplicateCurrentTemplate();
    void removeCurrentTemplate();
    void setCurrentTemplateDefault();

signals:
    // A template was created, changed or removed.
    void changed();

private:
    // Reads the templates of the level shown again, selecting `selectId`.
    void showTemplates(qint64 selectId = 0);
    void openTemplateEditorFor(const LetterTemplate& letterTemplate);
    QString uniqueTemplateName(const QString& wanted, const QString& language) const;
    void chooseTestAccount(TemplateEditorDialog* editor);
    void warn(const QString& title, const Status& status);

    const Database* m_db = nullptr;
    AgencyMail* m_agencyMail = nullptr;
    std::optional<Level> m_level;

    QLabel* m_templateTitle = nullptr;
    TemplateListModel* m_templateModel = nullptr;
    QSortFilterProxyModel* m_templateProxy = nullptr;
    QTableView* m_templateTable = nullptr;
    QPushButton* m_newTemplate = nullptr;
    QPushButton* m_editTemplate = nullptr;
    QPushButton* m_duplicateTemplate = nullptr;
    QPushButton* m_removeTemplate = nullptr;
    QPushButton* m_defaultTemplate = nullptr;
};
