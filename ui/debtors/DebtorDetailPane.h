#pragma once

#include "recovery/DeadlineReport.h"

#include <QWidget>

#include <optional>

class AccountRemindersModel;
class Database;
class QLabel;
class QSplitter;
class QTableView;
class UnpaidItemsModel;
struct Debtor;

// The bottom of the Debtors screen: the current debtor's unpaid items (in
// the order the letter lists them, with the totals) beside the reminders it
// was sent, each with its letter and e-mail state.
class DebtorDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DebtorDetailPane(QWidget* parent);

    // Shows `debtor` (nothing when null); its reminders are read from `db`.
    void showDebtor(const Debtor* debtor, const Database* db);
    // The debtor's next deadline as of `asOf` (late ones marked); `known`
    // false while the deadlines are computed: nothing is said.
    void showNextDeadline(bool known, const std::optional<AccountDeadline>& next, QDate asOf);
    QString nextDeadlineText() const;
    // The unpaid items' columns as wide as what they hold.
    void fitItemColumns();

    UnpaidItemsModel* itemsModel() const { return m_items; }
    AccountRemindersModel* remindersModel() const { return m_reminders; }

    void restoreViewState();
    void saveViewState() const;

private:
    UnpaidItemsModel* m_items = nullptr;
    AccountRemindersModel* m_reminders = nullptr;
    QTableView* m_itemsTable = nullptr;
    QLabel* m_itemsTotal = nullptr;
    QLabel* m_nextDeadline = nullptr;
    QTableView* m_remindersTable = nullptr;
    QSplitter* m_splitter = nullptr;
};
