#include "AccountTableModel.h"

#include "common/SearchText.h"

#include <QBrush>
#include <QPalette>

AccountTableModel::AccountTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int AccountTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account& account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(account, index.column());
    case Qt::ToolTipRole:
        if (index.column() == PropertyColumn || index.column() == EmailColumn ||
            index.column() == OwnerColumn)
            return display(account, index.column());
        if (index.column() == GuaranteeColumn && !account.guaranteeRef.isEmpty())
            return tr("Visa or policy number: %1").arg(account.guaranteeRef);
        if (index.column() == HousingAidColumn && account.housingAid.isPositive())
            return tr("Housing aid paid to the landlord by the %1")
                .arg(AccountKeys::label(account.housingAidPayer));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MonthlyRentColumn || index.column() == HousingAidColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Departed tenants stay listed (they may still owe) but step back.
        if (account.status == AccountStatus::Departed)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case RawSortRole:
        return raw(account, index.column());
    case AccountIdRole:
        return account.id;
    case SearchTextRole:
        return m_searchText.at(index.row());
    case OwnerRefRole:
        return account.ownerRef;
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RefColumn:
        return tr("Ref", "account reference column");
    case NameColumn:
        return tr("Name");
    case PropertyColumn:
        return tr("Property");
    case CityColumn:
        return tr("City");
    case LeaseTypeColumn:
        return tr("Lease type");
    case MonthlyRentColumn:
        return tr("Monthly rent");
    case PaymentMethodColumn:
        return tr("Payment method");
    case StatusColumn:
        return tr("Status");
    case EmailColumn:
        return tr("E-mail");
    case HousingAidColumn:
        return tr("Housing aid");
    case GuaranteeColumn:
        return tr("Guarantee");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

QVariant AccountTableModel::display(const Account& account, int column) const
{
    switch (column) {
    case RefColumn:
        return account.ref;
    case NameColumn:
        return account.name;
    case PropertyColumn:
        return account.property;
    case CityColumn:
        return account.city;
    case LeaseTypeColumn:
        return AccountKeys::label(account.leaseType);
    case MonthlyRentColumn:
        return account.monthlyRent.toLocaleString();
    case PaymentMethodColumn:
        return AccountKeys::label(account.paymentMethod);
    case StatusColumn:
        return AccountKeys::label(account.status);
    case EmailColumn:
        return account.email;
    case HousingAidColumn:
        return account.housingAid.isPositive() ? account.housingAid.toLocaleString() : QString();
    case GuaranteeColumn:
        return account.guarantee == Guarantee::None ? QString()
                                                    : AccountKeys::label(account.guarantee);
    case OwnerColumn:
        if (account.ownerRef.isEmpty())
            return QString();
        return QString(account.ownerRef + QStringLiteral(" — ") +
                       m_ownerNames.value(account.ownerRef));
    default:
        return {};
    }
}

QVariant AccountTableModel::raw(const Account& account, int column) const
{
    if (column == MonthlyRentColumn)
        return account.monthlyRent.cents();
    if (column == HousingAidColumn)
        return account.housingAid.cents();
    return display(account, column);
}

QString AccountTableModel::searchText(const Account& account)
{
    // Fields joined by a character nobody types, so a search never matches
    // across the end of one field and the start of the next.
    const QChar separator(0x1F);
    return SearchText::fold(account.ref + separator + account.name + separator + account.property +
                            separator + account.city + separator + account.email);
}

void AccountTableModel::setAccounts(QList<Account> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    m_searchText.clear();
    m_searchText.reserve(m_accounts.size());
    for (const Account& a : std::as_const(m_accounts))
        m_searchText.append(searchText(a));
    endResetModel();
}

void AccountTableModel::setOwnerNames(QHash<QString, QString> names)
{
    m_ownerNames = std::move(names);
    if (!m_accounts.isEmpty())
        emit dataChanged(index(0, OwnerColumn), index(rowCount() - 1, OwnerColumn));
}

void AccountTableModel::upsert(const Account& account)
{
    const int row = rowOfId(account.id);
    if (row >= 0) {
        m_accounts[row] = account;
        m_searchText[row] = searchText(account);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int end = int(m_accounts.size());
    beginInsertRows({}, end, end);
    m_accounts.append(account);
    m_searchText.append(searchText(account));
    endInsertRows();
}

void AccountTableModel::removeById(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_accounts.removeAt(row);
    m_searchText.removeAt(row);
    endRemoveRows();
}

int AccountTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_accounts.size(); ++row)
        if (m_accounts.at(row).id == id)
            return row;
    return -1;
}

QStringList AccountTableModel::refs() const
{
    QStringList out;
    out.reserve(m_accounts.size());
    for (const Account& a : m_accounts)
        out.append(a.ref);
    return out;
}
