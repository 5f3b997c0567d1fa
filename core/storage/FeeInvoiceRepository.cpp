#include "FeeInvoiceRepository.h"

#include "Database.h"
#include "LedgerRepository.h"

#include <QSqlQuery>

namespace {

const QString columns =
    QStringLiteral("id, number, reminder_id, account_id, date, amount, supplier_account, "
                   "expense_account, state, debit_entry_id, credit_note_entry_id");

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString debitRef(const FeeInvoice& invoice)
{
    return QStringLiteral("FEE-") + invoice.number;
}

QString creditNoteRef(const FeeInvoice& invoice)
{
    return QStringLiteral("CN-") + invoice.number;
}

} // namespace

Result<FeeInvoice> FeeInvoiceRepository::createIn(QSqlDatabase& conn, FeeInvoice invoice,
                                                  const QString& label)
{
    using R = Result<FeeInvoice>;
    if (!invoice.amount.isPositive())
        return R::failure(tr("A fee invoice needs an amount above zero."));
    if (invoice.state == FeeInvoiceState::Cancelled)
        return R::failure(tr("A fee invoice cannot be created cancelled."));
    // Numbers follow each other within a year. The caller holds the write
    // lock (Database::write), so two runs cannot take the same number.
    const QString prefix = QStringLiteral("FR-%1-").arg(invoice.date.year());
    auto n = Database::exec(conn,
                            QStringLiteral("SELECT count(*) FROM fee_invoices WHERE number LIKE ?"),
                            {QString(prefix + u'%')});
    if (!n)
        return R::failure(n.error());
    const qint64 next = n->next() ? n->value(0).toLongLong() + 1 : 1;
    invoice.number = prefix + QStringLiteral("%1").arg(next, 5, 10, QLatin1Char('0'));

    if (invoice.state == FeeInvoiceState::Validated) {
        auto entry = postEntryIn(conn, invoice, true, invoice.date, label);
        if (!entry)
            return R::failure(entry.error());
        invoice.debitEntryId = *entry;
    }
    auto q = Database::exec(
        conn,
        QStringLiteral("INSERT INTO fee_invoices (number, reminder_id, account_id, date, amount, "
                       "supplier_account, expense_account, state, debit_entry_id, "
                       "credit_note_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {invoice.number, idOrNull(invoice.reminderId), invoice.accountId,
         invoice.date.toString(Qt::ISODate), invoice.amount.cents(), invoice.supplierAccount,
         invoice.expenseAccount, FeeInvoiceStates::toKey(invoice.state),
         idOrNull(invoice.debitEntryId), idOrNull(invoice.creditNoteEntryId)});
    if (!q)
        return R::failure(q.error());
    if (!q->next())
        return R::failure(tr("The fee invoice could not be recorded."));
    invoice.id = q->value(0).toLongLong();
    return invoice;
}

Result<qint64> FeeInvoiceRepository::postEntryIn(QSqlDatabase& conn, const FeeInvoice& invoice,
                                                 bool debit, const QDate& date,
                                                 const QString& label)
{
    // Through the ledger's own repository, so whatever it keeps in step with
    // every ledger write stays right.
    LedgerEntry entry;
    entry.accountId = invoice.accountId;
    entry.entryRef = debit ? debitRef(invoice) : creditNoteRef(invoice);
    entry.side = debit ? Side::Debit : Side::Credit;
    entry.date = date;
    entry.dueDate = date;
    entry.label = label;
    entry.amount = invoice.amount;
    entry.kind = debit ? EntryKind::Fee : EntryKind::CreditNote;
    if (!debit)
        entry.matches = debitRef(invoice);
    return LedgerRepository::insert(conn, entry);
}

Status FeeInvoiceRepository::storeValidatedIn(QSqlDatabase& conn, const FeeInvoice& invoice,
                                              const QDate& date)
{
    auto entry =
        postEntryIn(conn, invoice, true, date, tr("Reminder fee, invoice %1").arg(invoice.number));
    if (!entry)
        return Status::failure(entry.error());
    auto q = Database::exec(
        conn,
        QStringLiteral("UPDATE fee_invoices SET state = 'validated', debit_entry_id = ? "
                       "WHERE id = ?"),
        {*entry, invoice.id});
    if (!q)
        return Status::failure(q.error());
    return Database::audit(conn, QStringLiteral("validate"), QStringLiteral("fee_invoice"),
                           invoice.number, {});
}

Status FeeInvoiceRepository::storeCancelledIn(QSqlDatabase& conn, const FeeInvoice& invoice,
                                              const QDate& date)
{
    QVariant creditNote;
    if (invoice.state == FeeInvoiceState::Validated) {
        auto entry = postEntryIn(conn, invoice, false, date,
                                 tr("Credit note, fee invoice %1").arg(invoice.number));
        if (!entry)
            return Status::failure(entry.error());
        creditNote = *entry;
    }
    auto q = Database::exec(
        conn,
        QStringLiteral("UPDATE fee_invoices SET state = 'cancelled', credit_note_entry_id = ? "
                       "WHERE id = ?"),
        {creditNote, invoice.id});
    if (!q)
        return Status::failure(q.error());
    return Database::audit(conn, QStringLiteral("cancel"), QStringLiteral("fee_invoice"),
                           invoice.number, {});
}

Result<FeeInvoice> FeeInvoiceRepository::byId(qint64 id) const
{
    QSqlDatabase conn = m_db.connection();
    return loadIn(conn, id);
}

Result<FeeInvoice> FeeInvoiceRepository::byNumber(const QString& number) const
{
    QSqlDatabase conn = m_db.connection();
    auto list = loadManyIn(conn, QStringLiteral("WHERE number = ?"), {number});
    if (!list)
        return Result<FeeInvoice>::failure(list.error());
    if (list->isEmpty())
        return Result<FeeInvoice>::failure(tr("There is no fee invoice %1.").arg(number));
    return list->first();
}

Result<QList<FeeInvoice>> FeeInvoiceRepository::ofAccount(qint64 accountId) const
{
    QSqlDatabase conn = m_db.connection();
    return loadManyIn(conn, QStringLiteral("WHERE account_id = ?"), {accountId});
}

Result<QList<FeeInvoice>> FeeInvoiceRepository::all() const
{
    QSqlDatabase conn = m_db.connection();
    return loadManyIn(conn, {}, {});
}

Result<FeeInvoice> FeeInvoiceRepository::loadIn(QSqlDatabase& conn, qint64 id)
{
    auto list = loadManyIn(conn, QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return Result<FeeInvoice>::failure(list.error());
    if (list->isEmpty())
        return Result<FeeInvoice>::failure(tr("There is no fee invoice number %1.").arg(id));
    return list->first();
}

Result<QList<FeeInvoice>> FeeInvoiceRepository::loadManyIn(QSqlDatabase& conn, const QString& where,
                                                           const QVariantList& values)
{
    auto q =
        Database::exec(conn,
                       QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM fee_invoices ") +
                           where + QStringLiteral(" ORDER BY id"),
                       values);
    if (!q)
        return Result<QList<FeeInvoice>>::failure(q.error());
    QList<FeeInvoice> list;
    while (q->next()) {
        FeeInvoice f;
        f.id = q->value(0).toLongLong();
        f.number = q->value(1).toString();
        f.reminderId = q->value(2).toLongLong();
        f.accountId = q->value(3).toLongLong();
        f.date = QDate::fromString(q->value(4).toString(), Qt::ISODate);
        f.amount = Money::fromCents(q->value(5).toLongLong());
        f.supplierAccount = q->value(6).toString();
        f.expenseAccount = q->value(7).toString();
        f.state =
            FeeInvoiceStates::fromKey(q->value(8).toString()).value_or(FeeInvoiceState::Draft);
        f.debitEntryId = q->value(9).toLongLong();
        f.creditNoteEntryId = q->value(10).toLongLong();
        list << f;
    }
    return list;
}
