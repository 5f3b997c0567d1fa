#include "DemoInstaller.h"

#include "DemoAgency.h"
#include "ledger/Allocation.h"
#include "storage/AccountRepository.h"
#include "storage/AgencyRepository.h"
#include "storage/BulkWrite.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"
#include "storage/LedgerWriterThread.h"
#include "storage/OwnerRepository.h"
#include "storage/PaymentPlanRepository.h"

namespace {

// Accounts written per batch: large enough for fast batched inserts, small
// enough that 20,000 accounts × 36 months never sit in memory at once.
constexpr int kChunk = 1000;

} // namespace

Result<DemoSummary> DemoInstaller::run(const Database& db, const DemoOptions& options,
                                       const std::function<void(int, int)>& progress)
{
    using R = Result<DemoSummary>;
    if (Status s = DemoAgency::validate(options); !s)
        return R::failure(s.error());
    const DemoAgency demo(options);
    DemoSummary summary;

    Status written = db.write([&](QSqlDatabase& conn) -> Status {
        // Checked inside the transaction: nobody can add an account between
        // the check and the writing.
        auto existing = AccountRepository::countIn(conn);
        if (!existing)
            return Status::failure(existing.error());
        if (const int n = *existing; n > 0)
            return Status::failure(
                tr("The database %1 already has %n account(s): the demo only fills an empty "
                   "database, so that demo tenants never mix with real ones. Choose another, "
                   "new database file.",
                   nullptr, n)
                    .arg(db.config().displayName()));

        const BulkWrite bulk(conn, db.dialect());
        // Without the per-row account_totals triggers; totals recomputed at the end.
        auto load = LedgerRepository::beginBulkLoad(conn);
        if (!load)
            return Status::failure(load.error());
        if (Status s = AgencyRepository::saveIn(conn, demo.agency()); !s)
            return s;

        // The landlords first: the accounts name them.
        for (int i = 0; i < demo.owners().count(); ++i)
            if (auto owner = OwnerRepository::saveIn(conn, demo.owners().owner(i)); !owner)
                return Status::failure(owner.error());
        summary.owners = demo.owners().count();

        const int total = demo.accountCount();
        // Each chunk's ledger is written on a thread of its own while the
        // next chunk's is made (about a third of the demo's time).
        LedgerWriterThread writer(conn, &*load);
        for (int begin = 0; begin < total; begin += kChunk) {
            const int end = std::min(total, begin + kChunk);
            QList<DemoTenancy> tenancies;
            QList<Account> accounts;
            QList<QList<LedgerEntry>> ledgers;
            tenancies.reserve(end - begin);
            accounts.reserve(end - begin);
            ledgers.reserve(end - begin);
            for (int i = begin; i < end; ++i) {
                tenancies.append(demo.tenancy(i));
                accounts.append(tenancies.last().account);
                ledgers.append(demo.ledger(tenancies.last()));
                if (Allocation::compute(ledgers.last(), options.asOf).overdue().isPositive())
                    ++summary.debtors;
            }
            // The connection is this thread's again for the accounts and plans.
            if (Status s = writer.wait(); !s)
                return s;
            if (Status s = AccountRepository::upsertMany(conn, accounts, false); !s)
                return s;

            QList<LedgerEntry> entries;
            // About two entries a month per tenant: grown from nothing, the
            // list moved every entry a dozen times.
            entries.reserve(tenancies.size() * (options.months * 2 + 4));
            for (qsizetype i = 0; i < tenancies.size(); ++i) {
                QList<LedgerEntry>& ledger = ledgers[i];
                if (auto plan = demo.plan(tenancies.at(i), ledger)) {
                    plan->accountId = accounts.at(i).id;
                    if (auto id = PaymentPlanRepository::insertIn(conn, *plan); !id)
                        return Status::failure(id.error());
                    ++summary.plans;
                }
                for (LedgerEntry& e : ledger) {
                    e.accountId = accounts.at(i).id;
                    entries.append(std::move(e));
                }
            }
            summary.entries += entries.size();
            if (Status s = writer.write(entries); !s)
                return s;
            summary.accounts = end;
            if (progress)
                progress(end, total);
        }
        if (Status s = writer.wait(); !s)
            return s;
        if (Status s = LedgerRepository::endBulkLoad(conn, *load); !s)
            return s;
        return Database::audit(conn, QStringLiteral("demo"), QStringLiteral("database"), {},
                               QStringLiteral("accounts=%1 months=%2 seed=%3 as_of=%4 plans=%5")
                                   .arg(options.accounts)
                                   .arg(options.months)
                                   .arg(options.seed)
                                   .arg(options.asOf.toString(Qt::ISODate))
                                   .arg(summary.plans));
    });
    if (!written)
        return R::failure(written.error());
    return summary;
}
