#include "DemoCsvWriter.h"

#include "DemoAgency.h"

#include <QFile>

namespace {

void field(QByteArray& line, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    if (utf8.contains(';') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        QByteArray quoted = utf8;
        quoted.replace("\"", "\"\"");
        line += '"' + quoted + '"';
    } else {
        line += utf8;
    }
}

void row(QByteArray& out, std::initializer_list<QString> values)
{
    bool first = true;
    for (const QString& v : values) {
        if (!first)
            out += ';';
        field(out, v);
        first = false;
    }
    out += "\r\n";
}

QString flag(bool b)
{
    return b ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

Result<DemoCsvWriter::Counts>
DemoCsvWriter::write(const DemoAgency& demo, const QString& accountsPath, const QString& ledgerPath)
{
    using R = Result<Counts>;
    QFile accountsFile(accountsPath);
    QFile ledgerFile(ledgerPath);
    if (!accountsFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return R::failure(tr("Cannot write %1: %2").arg(accountsPath, accountsFile.errorString()));
    if (!ledgerFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return R::failure(tr("Cannot write %1: %2").arg(ledgerPath, ledgerFile.errorString()));

    QByteArray accounts;
    QByteArray ledger;
    row(accounts, {QStringLiteral("ref"),
                   QStringLiteral("name"),
                   QStringLiteral("email"),
                   QStringLiteral("phone"),
                   QStringLiteral("address1"),
                   QStringLiteral("address2"),
                   QStringLiteral("postal_code"),
                   QStringLiteral("city"),
                   QStringLiteral("country"),
                   QStringLiteral("property"),
                   QStringLiteral("lease_type"),
                   QStringLiteral("monthly_rent"),
                   QStringLiteral("payment_method"),
                   QStringLiteral("status"),
                   QStringLiteral("payment_plan"),
                   QStringLiteral("litigation"),
                   QStringLiteral("language"),
                   QStringLiteral("guarantor_name"),
                   QStringLiteral("guarantor_email"),
                   QStringLiteral("guarantor_address1"),
                   QStringLiteral("guarantor_address2"),
                   QStringLiteral("guarantor_postal_code"),
                   QStringLiteral("guarantor_city"),
                   QStringLiteral("lease_start"),
                   QStringLiteral("rent_excl_charges"),
                   QStringLiteral("housing_aid"),
                   QStringLiteral("housing_aid_payer"),
                   QStringLiteral("guarantee"),
                   QStringLiteral("guarantee_ref"),
                   QStringLiteral("owner_ref"),
                   QStringLiteral("owner_name"),
                   QStringLiteral("owner_email"),
                   QStringLiteral("owner_address1"),
                   QStringLiteral("owner_address2"),
                   QStringLiteral("owner_postal_code"),
                   QStringLiteral("owner_city")});
    row(ledger, {QStringLiteral("account_ref"), QStringLiteral("entry_ref"), QStringLiteral("date"),
                 QStringLiteral("due_date"), QStringLiteral("label"), QStringLiteral("debit"),
                 QStringLiteral("credit"), QStringLiteral("kind"), QStringLiteral("matches")});

    Counts counts;
    auto flush = [](QFile& file, QByteArray& buffer, bool force) {
        if (buffer.size() < (1 << 20) && !force)
            return true;
        const bool ok = file.write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    // Every line of an owner repeats its details, as an export does.
    QList<Owner> owners;
    for (int i = 0; i < demo.owners().count(); ++i)
        owners.append(demo.owners().owner(i));
    for (int i = 0; i < demo.accountCount(); ++i) {
        const DemoTenancy t = demo.tenancy(i);
        const Account& a = t.account;
        const Guarantor g = a.guarantors.value(0);
        const Owner& o = owners.at(demo.owners().ownerOfAccount(i));
        row(accounts, {a.ref,
                       a.name,
                       a.email,
                       a.phone,
                       a.address1,
                       a.address2,
                       a.postalCode,
                       a.city,
                       a.country,
                       a.property,
                       AccountKeys::toKey(a.leaseType),
                       a.monthlyRent.toPlainString(),
                       AccountKeys::toKey(a.paymentMethod),
                       AccountKeys::toKey(a.status),
                       flag(a.paymentPlan),
                       flag(a.litigation),
                       a.language,
                       g.name,
                       g.email,
                       g.address1,
                       g.address2,
                       g.postalCode,
                       g.city,
                       a.leaseStart.toString(Qt::ISODate),
                       a.rentExclCharges ? a.rentExclCharges->toPlainString() : QString(),
                       a.housingAid.isZero() ? QString() : a.housingAid.toPlainString(),
                       AccountKeys::toKey(a.housingAidPayer),
                       AccountKeys::toKey(a.guarantee),
                       a.guaranteeRef,
                       o.ref,
                       o.name,
                       o.email,
                       o.address1,
                       o.address2,
                       o.postalCode,
                       o.city});
        ++counts.accounts;
        for (const LedgerEntry& e : demo.ledger(t)) {
            const bool debit = e.side == Side::Debit;
            const QString amount = e.amount.toPlainString();
            row(ledger, {e.accountRef, e.entryRef, e.date.toString(Qt::ISODate),
                         e.dueDate.toString(Qt::ISODate), e.label, debit ? amount : QString(),
                         debit ? QString() : amount, LedgerKeys::toKey(e.kind), e.matches});
            ++counts.entries;
        }
        if (!flush(accountsFile, accounts, false) || !flush(ledgerFile, ledger, false))
            return R::failure(tr("Cannot write the CSV files: the disk may be full."));
    }
    if (!flush(accountsFile, accounts, true) || !flush(ledgerFile, ledger, true))
        return R::failure(tr("Cannot write the CSV files: the disk may be full."));
    return counts;
}
