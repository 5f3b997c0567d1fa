#pragma once

#include "common/FieldErrors.h"
#include "reminders/Level.h"
#include "reminders/LevelValidator.h"
#include "util/Result.h"

#include <QDate>
#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

// Every setting of one reminder level (reminder-rules.md), grouped as staff
// know them: general, fee invoice, automation, delivery. It checks the level
// with LevelValidator and shows each problem under its field; saving is the
// caller's job through the save handler, so the dialog holds no SQL and a
// refusal from the database is shown in the dialog, which stays open.
class LevelDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab
    {
        GeneralTab,
        FeeTab,
        AutomationTab,
        DeliveryTab
    };
    // Saves the level (setting its id on creation); a failure's sentence is
    // shown in the dialog.
    using SaveHandler = std::function<Status(Level&)>;

    // otherNames: the other levels of the program; isLastLevel: whether
    // this level may repeat.
    LevelDialog(const Level& level, QStringList otherNames, bool isLastLevel,
                QWidget* parent = nullptr);
    ~LevelDialog() override;

    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }
    // What the level's letters say, shown on the General tab (the text
    // itself is edited in the template editor).
    void setTextSummary(const QString& summary);
    // The day the dialog is used, and whether run-due already issued this
    // level this month: what « the first automated run » will be.
    void setAutomationContext(QDate today, bool ranThisMonth);
    // The sentence under the automation settings about the first automated
    // run once saved (empty when the automation stays as stored).
    QString firstRunNote() const;

    Level level() const;
    QStringList visibleProblems() const;
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    void accept() override;

private:
    QWidget* buildGeneralTab();
    QWidget* buildFeeTab();
    QWidget* buildAutomationTab();
    QWidget* buildDeliveryTab();
    QWidget* withError(QWidget* field, LevelValidator::Field which, int tab);
    QLineEdit* lineEdit(const QString& objectName, const QString& accessibleName);
    QSpinBox* spinBox(const QString& objectName, const QString& accessibleName, int min, int max,
                      const QString& suffix = {});
    QCheckBox* checkBox(const QString& objectName, const QString& text);
    void load(const Level& level);
    void updateEnabled();
    void updateFirstRunNote();
    void clearProblems();
    void showProblems(const QList<LevelValidator::Problem>& problems);

    Level m_original;
    QStringList m_otherNames;
    bool m_isLastLevel = true;
    SaveHandler m_save;

    QTabWidget* m_tabs = nullptr;
    // General
    QLineEdit* m_name = nullptr;
    QSpinBox* m_delay = nullptr;
    QCheckBox* m_customGap = nullptr;
    QSpinBox* m_gap = nullptr;
    QLineEdit* m_threshold = nullptr;
    QLabel* m_textSummary = nullptr;
    QCheckBox* m_excludeDirectDebit = nullptr;
    QCheckBox* m_excludePaymentPlan = nullptr;
    QCheckBox* m_excludeLitigation = nullptr;
    QCheckBox* m_excludeDeparted = nullptr;
    // Fee invoice
    QLineEdit* m_fee = nullptr;
    QLineEdit* m_supplierAccount = nullptr;
    QLineEdit* m_expenseAccount = nullptr;
    QCheckBox* m_feeAutoValidate = nullptr;
    QLabel* m_residentialWarning = nullptr;
    // Automation
    QCheckBox* m_automationEnabled = nullptr;
    QSpinBox* m_automationOrder = nullptr;
    QSpinBox* m_automationDay = nullptr;
    QLabel* m_firstRunNote = nullptr;
    QDate m_today = QDate::currentDate();
    bool m_ranThisMonth = false;
    // Delivery
    QCheckBox* m_toTenant = nullptr;
    QCheckBox* m_toGuarantor = nullptr;
    QCheckBox* m_byLetter = nullptr;
    QCheckBox* m_byEmail = nullptr;
    QCheckBox* m_registered = nullptr;
    QSpinBox* m_deadline = nullptr;
    QCheckBox* m_repeat = nullptr;
    QSpinBox* m_repeatEvery = nullptr;
    QSpinBox* m_repeatMax = nullptr;

    QLabel* m_saveError = nullptr;
    FieldErrors<LevelValidator::Field> m_errors;
};
