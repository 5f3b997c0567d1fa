#pragma once

#include "common/DatabaseView.h"
#include "util/Result.h"

#include <QWidget>

struct Account;
struct Owner;
class AccountDialog;
class AccountFilterProxy;
class AccountTableModel;
class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The Accounts section: every tenancy in a table with search and sorting,
// and the form to create, edit or remove one. The page talks to the
// repository; its dialog only asks.
class AccountsPage : public QWidget, public DatabaseView
{
    Q_OBJECT

public:
    explicit AccountsPage(QWidget* parent = nullptr);
    ~AccountsPage() override;

    // The page reads and writes this database (may be null: an empty page).
    void setDatabase(const Database* db) override;
    // Reads the accounts again (after an import, another database).
    Status reload();

    AccountTableModel* model() const { return m_model; }
    AccountFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    // « All owners », then each owner (data: its ref); typing finds one.
    QComboBox* ownerFilter() const { return m_ownerFilter; }
    // The form opened by newAccount()/editAccount(), while it is open.
    AccountDialog* openDialog() const;

    void saveViewState() const override;
    void restoreViewState();

public slots:
    void newAccount();
    void editAccount(qint64 id);
    void editCurrent();
    void removeCurrent();

signals:
    // An account was created, changed or removed.
    void accountsChanged();

private:
    void openDialogFor(const Account& account);
    qint64 currentId() const;
    void selectId(qint64 id);
    void updateCount();
    void updateButtons();
    void fillOwnerFilter(const QList<Owner>& owners);

    const Database* m_db = nullptr;
    AccountTableModel* m_model = nullptr;
    AccountFilterProxy* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_ownerFilter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
};
