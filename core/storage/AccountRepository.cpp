#include "AccountRepository.h"

#include "Database.h"
#include "SqliteHandle.h"
#include "SqliteStatement.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace {

const char* const accountColumns =
    "a.id, a.ref, a.name, a.email, a.phone, a.address1, a.address2, a.postal_code, a.city, "
    "a.country, a.property, a.lease_type, a.monthly_rent, a.payment_method, a.status, "
    "a.payment_plan, a.litigation, a.program_mode, a.program_id, COALESCE(p.name, ''), "
    "a.language, a.notes, a.lease_start, a.rent_excl_charges, a.housing_aid, "
    "a.housing_aid_payer, a.guarantee, a.guarantee_ref, "
    // A lookup by primary key: callers keep their own FROM clause.
    "COALESCE((SELECT o.ref FROM owners o WHERE o.id = a.owner_id), '')";

} // namespace

Account AccountRepository::fromRow(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.ref = q.value(1).toString();
    a.name = q.value(2).toString();
    a.email = q.value(3).toString();
    a.phone = q.value(4).toString();
    a.address1 = q.value(5).toString();
    a.address2 = q.value(6).toString();
    a.postalCode = q.value(7).toString();
    a.city = q.value(8).toString();
    a.country = q.value(9).toString();
    a.property = q.value(10).toString();
    a.leaseType = AccountKeys::leaseTypeFromKey(q.value(11).toString()).value_or(LeaseType::Other);
    a.monthlyRent = Money::fromCents(q.value(12).toLongLong());
    a.paymentMethod =
        AccountKeys::paymentMethodFromKey(q.value(13).toString()).value_or(PaymentMethod::Other);
    a.status = AccountKeys::statusFromKey(q.value(14).toString()).value_or(AccountStatus::Active);
    a.paymentPlan = q.value(15).toInt() != 0;
    a.litigation = q.value(16).toInt() != 0;
    a.programMode =
        AccountKeys::programModeFromKey(q.value(17).toString()).value_or(ProgramMode::Global);
    a.programId = q.value(18).toLongLong();
    a.programName = q.value(19).toString();
    a.language = q.value(20).toString();
    a.notes = q.value(21).toString();
    a.leaseStart = QDate::fromString(q.value(22).toString(), Qt::ISODate);
    if (!q.value(23).isNull())
        a.rentExclCharges = Money::fromCents(q.value(23).toLongLong());
    a.housingAid = Money::fromCents(q.value(24).toLongLong());
    a.housingAidPayer =
        AccountKeys::housingAidPayerFromKey(q.value(25).toString()).value_or(HousingAidPayer::Caf);
    a.guarantee = AccountKeys::guaranteeFromKey(q.value(26).toString()).value_or(Guarantee::None);
    a.guaranteeRef = q.value(27).toString();
    a.ownerRef = q.value(28).toString();
    return a;
}

namespace {

// In the order of accountValues(), then created_at.
const QLatin1String insertColumns(
    "ref, name, email, phone, address1, address2, postal_code, city, country, property, "
    "lease_type, monthly_rent, payment_method, status, payment_plan, litigation, program_mode, "
    "program_id, language, notes, lease_start, rent_excl_charges, housing_aid, "
    "housing_aid_payer, guarantee, guarantee_ref, owner_id, updated_at, created_at");
// The owner is stored by id, given by ref: an unknown ref stores no owner
// (the services check the ref before, AccountSave and the import).
const QLatin1String insertPlaceholders(
    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "(SELECT id FROM owners WHERE ref = ?), ?, ?");

QVariantList accountValues(const Account& a, qint64 programId, const QString& now = {})
{
    return {a.ref.trimmed(),
            a.name.trimmed(),
            a.email.trimmed(),
            a.phone,
            a.address1,
            a.address2,
            a.postalCode,
            a.city,
            a.country.isEmpty() ? QStringLiteral("FR") : a.country,
            a.property,
            AccountKeys::toKey(a.leaseType),
            a.monthlyRent.cents(),
            AccountKeys::toKey(a.paymentMethod),
            AccountKeys::toKey(a.status),
            a.paymentPlan ? 1 : 0,
            a.litigation ? 1 : 0,
            AccountKeys::toKey(a.programMode),
            programId > 0 ? QVariant(programId) : QVariant(),
            a.language.isEmpty() ? QStringLiteral("fr") : a.language,
            a.notes,
            a.leaseStart.isValid() ? QVariant(a.leaseStart.toString(Qt::ISODate)) : QVariant(),
            a.rentExclCharges ? QVariant(a.rentExclCharges->cents()) : QVariant(),
            a.housingAid.cents(),
            AccountKeys::toKey(a.housingAidPayer),
            AccountKeys::toKey(a.guarantee),
            a.guaranteeRef.trimmed(),
            a.ownerRef.trimmed().isEmpty() ? QVariant() : QVariant(a.ownerRef.trimmed()),
            now.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : now};
}

const QLatin1String insertGuarantor("INSERT INTO guarantors (account_id, position, name, email, "
                                    "address1, address2, postal_code, city, country) VALUES (?, "
                                    "?, ?, ?, ?, ?, ?, ?, ?)");

QVariantList guarantorValues(qint64 accountId, int position, const Guarantor& g)
{
    return {accountId,         position,   g.name.trimmed(),
            g.email.trimmed(), g.address1, g.address2,
            g.postalCode,      g.city,     g.country.isEmpty() ? QStringLiteral("FR") : g.country};
}

Status replaceGuarantors(QSqlDatabase& conn, qint64 accountId, const QList<Guarantor>& guarantors)
{
    auto del = Database::exec(conn, QStringLiteral("DELETE FROM guarantors WHERE account_id = ?"),
                              {accountId});
    if (!del)
        return Status::failure(del.error());
    int position = 1;
    for (const Guarantor& g : guarantors) {
        auto ins = Database::exec(conn, insertGuarantor, guarantorValues(accountId, position++, g));
        if (!ins)
            return Status::failure(ins.error());
    }
    return {};
}

Result<qint64> resolveProgram(QSqlDatabase& conn, const Account& a)
{
    if (a.programMode != ProgramMode::Custom)
        return qint64(0);
    if (a.programId > 0)
        return a.programId;
    auto q = Database::exec(conn, QStringLiteral("SELECT id FROM programs WHERE name = ?"),
                            {a.programName});
    if (!q)
        return Result<qint64>::failure(q.error());
    if (!q->next())
        return Result<qint64>::failure(
            ErrorKind::NotFound,
            AccountRepository::tr("The reminder program “%1” does not exist. Create it first, or "
                                  "choose the global program.")
                .arg(a.programName));
    return q->value(0).toLongLong();
}

} // namespace

Result<QList<Account>> AccountRepository::load(const QString& where,
                                               const QVariantList& values) const
{
    QSqlDatabase conn = m_db.connection();
    return loadIn(conn, where, values);
}

Result<QHash<QString, qint64>> AccountRepository::idsByRefIn(QSqlDatabase& conn)
{
    auto q = Database::exec(conn, QStringLiteral("SELECT ref, id FROM accounts"));
    if (!q)
        return Result<QHash<QString, qint64>>::failure(q.error());
    QHash<QString, qint64> ids;
    while (q->next())
        ids.insert(q->value(0).toString(), q->value(1).toLongLong());
    return ids;
}

Result<int> AccountRepository::countIn(QSqlDatabase& conn)
{
    auto q = Database::exec(conn, QStringLiteral("SELECT count(*) FROM accounts"));
    if (!q)
        return Result<int>::failure(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<Account>> AccountRepository::ofRunIn(QSqlDatabase& conn, qint64 runId)
{
    return loadIn(
        conn, QStringLiteral("WHERE a.id IN (SELECT account_id FROM reminders WHERE run_id = ?)"),
        {runId});
}

Result<QList<Account>> AccountRepository::loadIn(QSqlDatabase& conn, const QString& where,
                                                 const QVariantList& values)
{
    auto q = Database::exec(conn,
                            QStringLiteral("SELECT %1 FROM accounts a LEFT JOIN programs p ON p.id "
                                           "= a.program_id %2 ORDER BY a.ref")
                                .arg(selectColumns(), where),
                            values);
    if (!q)
        return Result<QList<Account>>::failure(q.error());
    QList<Account> accounts;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        index.insert(q->value(0).toLongLong(), accounts.size());
        accounts.append(fromRow(*q));
    }
    if (accounts.isEmpty())
        return accounts;
    auto g = Database::exec(conn, QStringLiteral("SELECT account_id, id, name, email, address1, "
                                                 "address2, postal_code, city, country FROM "
                                                 "guarantors ORDER BY account_id, position, id"));
    if (!g)
        return Result<QList<Account>>::failure(g.error());
    while (g->next()) {
        const auto it = index.constFind(g->value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        Guarantor gu;
        gu.id = g->value(1).toLongLong();
        gu.name = g->value(2).toString();
        gu.email = g->value(3).toString();
        gu.address1 = g->value(4).toString();
        gu.address2 = g->value(5).toString();
        gu.postalCode = g->value(6).toString();
        gu.city = g->value(7).toString();
        gu.country = g->value(8).toString();
        accounts[*it].guarantors.append(gu);
    }
    return accounts;
}

QString AccountRepository::selectColumns()
{
    return QLatin1String(accountColumns);
}

Result<QList<Account>> AccountRepository::all() const
{
    return load({}, {});
}

Result<Account> AccountRepository::byId(qint64 id) const
{
    auto r = load(QStringLiteral("WHERE a.id = ?"), {id});
    if (!r)
        return Result<Account>::failure(r.error());
    if (r->isEmpty())
        return Result<Account>::failure(tr("This account no longer exists."));
    return r->first();
}

Result<Account> AccountRepository::byRef(const QString& ref) const
{
    auto r = load(QStringLiteral("WHERE a.ref = ?"), {ref});
    if (!r)
        return Result<Account>::failure(r.error());
    if (r->isEmpty())
        return Result<Account>::failure(tr("There is no account “%1”.").arg(ref));
    return r->first();
}

Result<QHash<QString, qint64>> AccountRepository::idsByRef() const
{
    auto q = m_db.exec(QStringLiteral("SELECT ref, id FROM accounts"));
    if (!q)
        return Result<QHash<QString, qint64>>::failure(q.error());
    QHash<QString, qint64> ids;
    while (q->next())
        ids.insert(q->value(0).toString(), q->value(1).toLongLong());
    return ids;
}

Result<int> AccountRepository::count() const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM accounts"));
    if (!q)
        return Result<int>::failure(q.error());
    q->next();
    return q->value(0).toInt();
}

Result<qint64> AccountRepository::saveIn(QSqlDatabase& conn, const Account& a)
{
    if (a.ref.trimmed().isEmpty())
        return Result<qint64>::failure(tr("The account has no reference."));
    if (a.name.trimmed().isEmpty())
        return Result<qint64>::failure(tr("The account %1 has no name.").arg(a.ref));
    auto program = resolveProgram(conn, a);
    if (!program)
        return Result<qint64>::failure(program.kind(), program.error());
    auto clash = Database::exec(conn, QStringLiteral("SELECT id FROM accounts WHERE ref = ?"),
                                {a.ref.trimmed()});
    if (!clash)
        return Result<qint64>::failure(clash.error());
    if (clash->next() && clash->value(0).toLongLong() != a.id)
        return Result<qint64>::failure(
            tr("Another account already has the reference %1. Choose another one.").arg(a.ref));

    QVariantList values = accountValues(a, *program);
    qint64 id = a.id;
    if (id == 0) {
        values.append(values.last()); // created_at = updated_at
        auto ins = Database::exec(conn,
                                  QStringLiteral("INSERT INTO accounts (") + insertColumns +
                                      QStringLiteral(") VALUES (") + insertPlaceholders +
                                      QStringLiteral(") RETURNING id"),
                                  values);
        if (!ins)
            return Result<qint64>::failure(ins.error());
        ins->next();
        id = ins->value(0).toLongLong();
    } else {
        values.append(id);
        auto upd = Database::exec(
            conn,
            QStringLiteral("UPDATE accounts SET ref = ?, name = ?, email = ?, phone = ?, address1 "
                           "= ?, address2 = ?, postal_code = ?, city = ?, country = ?, property = "
                           "?, lease_type = ?, monthly_rent = ?, payment_method = ?, status = ?, "
                           "payment_plan = ?, litigation = ?, program_mode = ?, program_id = ?, "
                           "language = ?, notes = ?, lease_start = ?, rent_excl_charges = ?, "
                           "housing_aid = ?, housing_aid_payer = ?, guarantee = ?, guarantee_ref "
                           "= ?, owner_id = (SELECT id FROM owners WHERE ref = ?), updated_at = ? "
                           "WHERE id = ?"),
            values);
        if (!upd)
            return Result<qint64>::failure(upd.error());
        if (upd->numRowsAffected() == 0)
            return Result<qint64>::failure(tr("This account no longer exists."));
    }
    if (Status s = replaceGuarantors(conn, id, a.guarantors); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Result<qint64> AccountRepository::save(const Account& account) const
{
    qint64 id = 0;
    QString error;
    Status s = m_db.write([&](QSqlDatabase& conn) -> Status {
        auto r = saveIn(conn, account);
        if (!r)
            return Status::failure(r.error());
        id = *r;
        return Database::audit(conn,
                               account.id == 0 ? QStringLiteral("account.create")
                                               : QStringLiteral("account.update"),
                               QStringLiteral("account"), account.ref, {});
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status AccountRepository::remove(qint64 id) const
{
    return m_db.write([&](QSqlDatabase& conn) -> Status {
        auto ref =
            Database::exec(conn, QStringLiteral("SELECT ref FROM accounts WHERE id = ?"), {id});
        if (!ref)
            return Status::failure(ref.error());
        if (!ref->next())
            return Status::failure(tr("This account no longer exists."));
        const QString accountRef = ref->value(0).toString();
        auto del = Database::exec(conn, QStringLiteral("DELETE FROM accounts WHERE id = ?"), {id});
        if (!del)
            return Status::failure(del.error());
        return Database::audit(conn, QStringLiteral("account.remove"), QStringLiteral("account"),
                               accountRef, {});
    });
}

struct AccountRepository::NewAccounts::Statements
{
    sqlite3* handle = nullptr;
    std::optional<SqliteStatement> sqliteAccount, sqliteGuarantor;
    std::optional<QSqlQuery> account, guarantor;
    Status ready;
    // One time for the whole batch: the accounts written together.
    QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    Status refused(const QString& why) const
    {
        return Status::failure(tr("The database refused a request: %1").arg(why));
    }
    // Inserts one row; the new account's id for the accounts' statement.
    Result<qint64> insert(bool isAccount, const QVariantList& values)
    {
        if (handle) {
            SqliteStatement& st = isAccount ? *sqliteAccount : *sqliteGuarantor;
            if (!st.exec(values) || (isAccount && !st.hasRow()))
                return Result<qint64>::failure(refused(st.errorText()).error());
            const qint64 id = isAccount ? st.int64(0) : 0;
            st.reset();
            return id;
        }
        QSqlQuery& q = isAccount ? *account : *guarantor;
        Database::bindValues(q, values);
        if (!q.exec() || (isAccount && !q.next()))
            return Result<qint64>::failure(refused(q.lastError().text()).error());
        const qint64 id = isAccount ? q.value(0).toLongLong() : 0;
        q.finish();
        return id;
    }
};

AccountRepository::NewAccounts::NewAccounts(QSqlDatabase& conn)
    : m(std::make_unique<Statements>())
{
    const QString accountSql = QStringLiteral("INSERT INTO accounts (") + insertColumns +
                               QStringLiteral(") VALUES (") + insertPlaceholders +
                               QStringLiteral(") RETURNING id");
    m->handle = sqliteHandle(conn);
    if (m->handle) {
        m->sqliteAccount.emplace(m->handle, accountSql);
        m->sqliteGuarantor.emplace(m->handle, insertGuarantor);
        if (!m->sqliteAccount->isValid() || !m->sqliteGuarantor->isValid())
            m->ready = m->refused(m->sqliteAccount->errorText());
        return;
    }
    m->account.emplace(conn);
    m->guarantor.emplace(conn);
    if (!m->account->prepare(accountSql) || !m->guarantor->prepare(insertGuarantor))
        m->ready = m->refused(m->account->lastError().text());
}

AccountRepository::NewAccounts::~NewAccounts() = default;

const Status& AccountRepository::NewAccounts::ready() const
{
    return m->ready;
}

Result<qint64> AccountRepository::NewAccounts::insert(const Account& a)
{
    if (!m->ready)
        return Result<qint64>::failure(m->ready.error());
    QVariantList values = accountValues(a, 0, m->now);
    values.append(values.last()); // created_at = updated_at
    auto id = m->insert(true, values);
    if (!id)
        return id;
    int position = 1;
    for (const Guarantor& g : std::as_const(a.guarantors)) {
        if (auto done = m->insert(false, guarantorValues(*id, position++, g)); !done)
            return done;
    }
    return id;
}

Status AccountRepository::upsertMany(QSqlDatabase& conn, QList<Account>& accounts,
                                     bool keepGuarantorsIfNone)
{
    NewAccounts inserts(conn);
    if (!inserts.ready())
        return inserts.ready();
    sqlite3* handle = sqliteHandle(conn);
    const auto refused = [](const QString& why) {
        return Status::failure(tr("The database refused a request: %1").arg(why));
    };

    // The accounts already stored, by ref: on SQLite looked up one by one
    // (the demo calls this per thousand accounts, and reading them all each
    // time grew with the square of their number), elsewhere read at once
    // (one round trip instead of one per account).
    QHash<QString, qint64> existing;
    std::optional<SqliteStatement> byRef;
    if (handle) {
        byRef.emplace(handle, QStringLiteral("SELECT id FROM accounts WHERE ref = ?"));
        if (!byRef->isValid())
            return refused(byRef->errorText());
    } else {
        auto q = Database::exec(conn, QStringLiteral("SELECT ref, id FROM accounts"));
        if (!q)
            return Status::failure(q.error());
        while (q->next())
            existing.insert(q->value(0).toString(), q->value(1).toLongLong());
    }
    const auto storedId = [&](const QString& ref) -> Result<qint64> {
        if (!byRef)
            return existing.value(ref, 0);
        if (!byRef->exec({ref}))
            return Result<qint64>::failure(refused(byRef->errorText()).error());
        const qint64 id = byRef->hasRow() ? byRef->int64(0) : 0;
        byRef->reset();
        return id;
    };

    for (Account& a : accounts) {
        auto stored = storedId(a.ref.trimmed());
        if (!stored)
            return Status::failure(stored.error());
        a.id = *stored;
        if (a.id == 0 && a.programMode != ProgramMode::Custom && !a.ref.trimmed().isEmpty() &&
            !a.name.trimmed().isEmpty()) {
            auto id = inserts.insert(a);
            if (!id)
                return Status::failure(id.error());
            a.id = *id;
            if (!byRef)
                existing.insert(a.ref.trimmed(), a.id);
            continue;
        }
        const bool keep = keepGuarantorsIfNone && a.guarantors.isEmpty() && a.id != 0;
        if (keep) {
            // Keep the stored guarantors: read them back so saveIn rewrites them.
            auto g = Database::exec(conn,
                                    QStringLiteral("SELECT name, email, address1, address2, "
                                                   "postal_code, city, country FROM "
                                                   "guarantors WHERE account_id = ? ORDER "
                                                   "BY position, id"),
                                    {a.id});
            if (!g)
                return Status::failure(g.error());
            while (g->next()) {
                Guarantor gu;
                gu.name = g->value(0).toString();
                gu.email = g->value(1).toString();
                gu.address1 = g->value(2).toString();
                gu.address2 = g->value(3).toString();
                gu.postalCode = g->value(4).toString();
                gu.city = g->value(5).toString();
                gu.country = g->value(6).toString();
                a.guarantors.append(gu);
            }
        }
        auto r = saveIn(conn, a);
        if (!r)
            return Status::failure(r.error());
        a.id = *r;
        if (!byRef)
            existing.insert(a.ref.trimmed(), a.id);
    }
    return {};
}

Status AccountRepository::setLitigationIn(QSqlDatabase& conn, qint64 accountId)
{
    auto q = Database::exec(
        conn, QStringLiteral("UPDATE accounts SET litigation = 1, updated_at = ? WHERE id = ?"),
        {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), accountId});
    return q ? Status() : Status::failure(q.error());
}
