#pragma once

#include "ColumnMap.h"
#include "ledger/Account.h"
#include "ledger/Owner.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct ImportReport;

// The landlord columns of accounts.csv (owner_ref, owner_name, owner_email,
// owner_address1, owner_address2, owner_postal_code, owner_city,
// owner_country; French aliases « code propriétaire », « mandant »…).
//
// A row with an owner ref and details (a name, an address…) gives the
// owner: created, or updated when its details changed. A row with only the
// ref links the account to an owner stored or given elsewhere in the file.
// Every line of one owner must give the same details. A row with an empty
// owner ref (when the file has the column) leaves the account without an
// owner. The import stays all or nothing: any problem is an error.
class OwnerImport
{
    Q_DECLARE_TR_FUNCTIONS(OwnerImport)

public:
    static QList<ColumnMap::Column> columns();

    // `columns`: the file's mapped header; `stored`: the owners already in
    // the database.
    OwnerImport(const ColumnMap& columns, const QList<Owner>& stored);

    // Reads the row's owner: sets account.ownerRef when the file has the
    // column, reports problems as "line: column: message".
    void readRow(int line, const QStringList& fields, Account& account, ImportReport& report);
    // After the last row: reports the links to owners that nobody gives.
    void finish(ImportReport& report) const;

    // The owners to write (new or with new details), in file order; counts
    // them in the report (ownersAdded, ownersUpdated).
    QList<Owner> changes(ImportReport& report) const;
    // Inside the import's transaction, before the accounts that name them.
    static Status writeIn(QSqlDatabase& conn, const QList<Owner>& owners);

private:
    struct Given
    {
        int line = 0;
        Owner owner;
    };

    int m_ref = -1;
    QList<int> m_details; // the detail columns the file has
    int m_name = -1, m_email = -1, m_address1 = -1, m_address2 = -1, m_postal = -1, m_city = -1,
        m_country = -1;
    QHash<QString, Owner> m_stored;
    QHash<QString, Given> m_given;
    QStringList m_order;                // refs given, in file order
    QList<QPair<int, QString>> m_links; // (line, ref) of rows giving only a ref
};
