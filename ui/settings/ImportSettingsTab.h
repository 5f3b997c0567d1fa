#pragma once

#include "common/FieldErrors.h"
#include "import/FecSettings.h"
#include "import/FecSettingsValidator.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

// The « Import » tab of the settings: how the agency's FEC (the ledger
// exported by its accounting program) is read — the tenant account
// prefixes, the table that gives each line its kind (tried in order, the
// first rule that matches wins) and which date is a debit's due date. It
// shows and reads back; the rules are FecSettingsValidator's, the page
// checks and saves with the other tabs.
class ImportSettingsTab : public QWidget
{
    Q_OBJECT

public:
    enum RuleColumn
    {
        FieldColumn,
        WordsColumn,
        SideColumn,
        KindColumn,
        RuleColumnCount
    };

    // `errors` (the page's) gets this tab's fields, on tab `tabIndex`.
    ImportSettingsTab(FieldErrors<QString>& errors, int tabIndex, QWidget* parent = nullptr);

    void load(const FecSettings& settings);
    // What is set now, saved or not.
    FecSettings settings() const;
    void showProblems(const QList<FecSettingsValidator::Problem>& problems);

    QTableWidget* rulesTable() const { return m_rules; }

signals:
    void changed();

protected:
    // A click into a rule's words or lists makes its row the current one,
    // so that Remove and Move act on the rule being edited.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The table drawn again from m_kindRules, `current` selected.
    void showRules(int current);
    void addRule();
    void removeRule();
    void moveRule(int by);
    void restoreDefaults();
    void updateButtons();
    int currentRule() const;

    FieldErrors<QString>& m_errors;
    int m_tabIndex;
    bool m_showing = false;
    QList<FecKindRule> m_kindRules; // what the table shows, edits included

    QLineEdit* m_prefixes = nullptr;
    QTableWidget* m_rules = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_defaults = nullptr;
    QRadioButton* m_pieceDate = nullptr;
    QRadioButton* m_entryDate = nullptr;
};
