#include "EngineFixture.h"

#include "reminders/DefaultProgram.h"
#include "storage/AccountRepository.h"
#include "storage/ProgramRepository.h"

#include <QSqlQuery>

EngineFixture::EngineFixture()
{
    REQUIRE(m_dir.isValid());
    auto init = TestSupport::runCli({QStringLiteral("--db"), dbPath(), QStringLiteral("init")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    auto db = Database::open(DatabaseConfig::sqlite(dbPath()), Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    m_db = std::move(db.value());
    // `init` installs the default program; make sure of it whatever the
    // state of the setup code, since every test here relies on it.
    auto programs = ProgramRepository(*m_db).count();
    REQUIRE(programs.ok());
    if (*programs == 0)
        REQUIRE(DefaultProgram::install(*m_db).ok());
}

void EngineFixture::addMarchArrears(const QString& ref, bool guarantor, const QString& email)
{
    addAccount(ref, guarantor, email);
    debit(ref, QStringLiteral("R-2026-03"), QDate(2026, 3, 1), 65000);
}

void EngineFixture::addPaymentBefore(const QDate& runDay)
{
    addAccount(QStringLiteral("PAY0001"));
    credit(QStringLiteral("PAY0001"), QStringLiteral("P-1"), runDay.addDays(-1), 100);
}

void EngineFixture::editLevel(int position, const std::function<void(Level&)>& edit)
{
    ProgramRepository programs(*m_db);
    auto global = programs.global();
    REQUIRE(global.ok());
    const Level* level = global->level(position);
    REQUIRE(level != nullptr);
    Level changed = *level;
    edit(changed);
    auto saved = programs.saveLevel(changed);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
}

void EngineFixture::automate(int position, int day)
{
    editLevel(position, [day](Level& l) {
        l.automationEnabled = true;
        l.automationOrder = 1;
        l.automationDay = day;
    });
}

qint64 EngineFixture::addAccount(const QString& ref, bool guarantor, const QString& email,
                                 const QString& leaseType)
{
    Account a;
    a.ref = ref;
    a.name = QStringLiteral("Locataire ") + ref;
    a.email = email;
    a.address1 = QStringLiteral("12 rue des Lilas");
    a.postalCode = QStringLiteral("69003");
    a.city = QStringLiteral("Lyon");
    a.leaseType = AccountKeys::leaseTypeFromKey(leaseType).value_or(LeaseType::Residential);
    if (guarantor) {
        Guarantor g;
        g.name = QStringLiteral("Caution de ") + ref;
        g.address1 = QStringLiteral("3 place Bellecour");
        g.postalCode = QStringLiteral("69002");
        g.city = QStringLiteral("Lyon");
        a.guarantors << g;
    }
    auto id = AccountRepository(*m_db).save(a);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

void EngineFixture::debit(const QString& ref, const QString& entryRef, const QDate& date,
                          qint64 cents, const QString& kind)
{
    auto q = m_db->exec(
        QStringLiteral("INSERT INTO ledger_entries (account_id, entry_ref, side, date, due_date, "
                       "label, amount, kind, id) SELECT id, ?, 'debit', ?, ?, ?, ?, ?, (SELECT "
                       "COALESCE(MAX(id), 0) + 1 FROM ledger_entries) FROM accounts WHERE ref = ?"),
        {entryRef, date.toString(Qt::ISODate), date.toString(Qt::ISODate),
         QString(QStringLiteral("Loyer ") + date.toString(QStringLiteral("MM/yyyy"))), cents, kind,
         ref});
    INFO(q.error().toStdString());
    REQUIRE(q.ok());
}

void EngineFixture::credit(const QString& ref, const QString& entryRef, const QDate& date,
                           qint64 cents, const QString& kind)
{
    auto q = m_db->exec(
        QStringLiteral("INSERT INTO ledger_entries (account_id, entry_ref, side, date, due_date, "
                       "label, amount, kind, id) SELECT id, ?, 'credit', ?, ?, 'Virement', ?, ?, "
                       "(SELECT COALESCE(MAX(id), 0) + 1 FROM ledger_entries) FROM accounts WHERE "
                       "ref = ?"),
        {entryRef, date.toString(Qt::ISODate), date.toString(Qt::ISODate), cents, kind, ref});
    INFO(q.error().toStdString());
    REQUIRE(q.ok());
}

qint64 EngineFixture::scalar(const QString& sql, const QVariantList& values)
{
    auto q = m_db->exec(sql, values);
    INFO(q.error().toStdString());
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

TestSupport::CliResult EngineFixture::cli(QStringList args)
{
    args.prepend(dbPath());
    args.prepend(QStringLiteral("--db"));
    return TestSupport::runCli(args);
}
