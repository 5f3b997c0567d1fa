#pragma once

#include "ledger/Account.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

// The accounts as a table. What is shown (locale text, translated labels) and
// what is sorted on (RawSortRole: cents for money, plain text otherwise) are
// kept apart, so 900,00 € sorts below 1 013,50 €.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RefColumn,
        NameColumn,
        PropertyColumn,
        CityColumn,
        LeaseTypeColumn,
        MonthlyRentColumn,
        PaymentMethodColumn,
        StatusColumn,
        EmailColumn,
        HousingAidColumn, // paid to the landlord (recovery-path.md)
        GuaranteeColumn,
        OwnerColumn, // the landlord: "ref — name"
        ColumnCount
    };
    enum Role
    {
        RawSortRole = Qt::UserRole + 1, // qint64 cents for money, QString otherwise
        AccountIdRole,                  // qint64, on every column
        SearchTextRole, // the searchable fields, folded (SearchText::fold), on column 0
        OwnerRefRole,   // QString, the owner's ref (empty: none), on every column
    };

    explicit AccountTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setAccounts(QList<Account> accounts);
    // The owners' names by ref, for the owner column.
    void setOwnerNames(QHash<QString, QString> names);
    // Adds the account, or replaces the one with the same id.
    void upsert(const Account& account);
    void removeById(qint64 id);

    const Account& accountAt(int row) const { return m_accounts.at(row); }
    int rowOfId(qint64 id) const;
    QStringList refs() const;

private:
    QVariant display(const Account& account, int column) const;
    QVariant raw(const Account& account, int column) const;
    static QString searchText(const Account& account);

    QList<Account> m_accounts;
    QHash<QString, QString> m_ownerNames;
    // Folded once per account, so typing in the search box costs no
    // normalisation per key and row.
    QList<QString> m_searchText;
};
