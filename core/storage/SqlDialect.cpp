#include "SqlDialect.h"

QString SqlDialect::driverName() const
{
    return isSQLite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

namespace {

// The triggers that keep account_totals (Schema.cpp) in step with
// ledger_entries: three statements in each dialect (engine-plan).
const char* const sqliteLedgerTotals[] = {
    R"(CREATE TRIGGER ledger_totals_insert AFTER INSERT ON ledger_entries FOR EACH ROW BEGIN
        INSERT INTO account_totals (account_id, debits, credits, first_due, last_date)
        VALUES (NEW.account_id,
                CASE WHEN NEW.side = 'debit' THEN NEW.amount ELSE 0 END,
                CASE WHEN NEW.side = 'credit' THEN NEW.amount ELSE 0 END,
                CASE WHEN NEW.side = 'debit' THEN NEW.due_date ELSE '9999-12-31' END,
                NEW.date)
        ON CONFLICT (account_id) DO UPDATE SET
            debits = debits + excluded.debits,
            credits = credits + excluded.credits,
            first_due = MIN(first_due, excluded.first_due),
            last_date = MAX(last_date, excluded.last_date);
    END)",
    R"(CREATE TRIGGER ledger_totals_delete AFTER DELETE ON ledger_entries FOR EACH ROW BEGIN
        UPDATE account_totals SET
            debits = debits - CASE WHEN OLD.side = 'debit' THEN OLD.amount ELSE 0 END,
            credits = credits - CASE WHEN OLD.side = 'credit' THEN OLD.amount ELSE 0 END
        WHERE account_id = OLD.account_id;
    END)",
    R"(CREATE TRIGGER ledger_totals_update AFTER UPDATE ON ledger_entries FOR EACH ROW BEGIN
        UPDATE account_totals SET
            debits = debits - CASE WHEN OLD.side = 'debit' THEN OLD.amount ELSE 0 END,
            credits = credits - CASE WHEN OLD.side = 'credit' THEN OLD.amount ELSE 0 END
        WHERE account_id = OLD.account_id;
        INSERT INTO account_totals (account_id, debits, credits, first_due, last_date)
        VALUES (NEW.account_id,
                CASE WHEN NEW.side = 'debit' THEN NEW.amount ELSE 0 END,
                CASE WHEN NEW.side = 'credit' THEN NEW.amount ELSE 0 END,
                CASE WHEN NEW.side = 'debit' THEN NEW.due_date ELSE '9999-12-31' END,
                NEW.date)
        ON CONFLICT (account_id) DO UPDATE SET
            debits = debits + excluded.debits,
            credits = credits + excluded.credits,
            first_due = MIN(first_due, excluded.first_due),
            last_date = MAX(last_date, excluded.last_date);
    END)",
};

const char* const postgresLedgerTotals[] = {
    // A bulk load (LedgerRepository::beginBulkLoad) sets relance.bulk_load
    // for its transaction and recomputes the totals at the end.
    R"(CREATE FUNCTION ledger_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $body$
    BEGIN
        IF current_setting('relance.bulk_load', true) = 'on' THEN
            RETURN NULL;
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
            UPDATE account_totals SET
                debits = debits - CASE WHEN OLD.side = 'debit' THEN OLD.amount ELSE 0 END,
                credits = credits - CASE WHEN OLD.side = 'credit' THEN OLD.amount ELSE 0 END
            WHERE account_id = OLD.account_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            INSERT INTO account_totals AS t (account_id, debits, credits, first_due, last_date)
            VALUES (NEW.account_id,
                    CASE WHEN NEW.side = 'debit' THEN NEW.amount ELSE 0 END,
                    CASE WHEN NEW.side = 'credit' THEN NEW.amount ELSE 0 END,
                    CASE WHEN NEW.side = 'debit' THEN NEW.due_date ELSE '9999-12-31' END,
                    NEW.date)
            ON CONFLICT (account_id) DO UPDATE SET
                debits = t.debits + EXCLUDED.debits,
                credits = t.credits + EXCLUDED.credits,
                first_due = LEAST(t.first_due, EXCLUDED.first_due),
                last_date = GREATEST(t.last_date, EXCLUDED.last_date);
        END IF;
        RETURN NULL;
    END
    $body$)",
    R"(CREATE TRIGGER ledger_totals AFTER INSERT OR UPDATE OR DELETE ON ledger_entries
        FOR EACH ROW EXECUTE FUNCTION ledger_totals_apply())",
    "COMMENT ON TABLE account_totals IS 'kept by the ledger_totals trigger'",
};

} // namespace

QString SqlDialect::translate(const QString& sql) const
{
    static const QLatin1String sqliteOnly("{{SQLITE_ONLY}}");
    if (sql.startsWith(sqliteOnly))
        return isSQLite() ? translate(sql.mid(sqliteOnly.size())) : QString();
    if (sql.startsWith(QLatin1String("{{LEDGER_TOTALS_TRIGGER_"))) {
        const int n = sql.mid(24, 1).toInt();
        if (n >= 1 && n <= 3)
            return QString::fromUtf8(isSQLite() ? sqliteLedgerTotals[n - 1]
                                                : postgresLedgerTotals[n - 1]);
    }
    QString out = sql;
    if (isSQLite()) {
        out.replace(QLatin1String("{{ID}}"), QLatin1String("INTEGER PRIMARY KEY"));
        out.replace(QLatin1String("{{BLOB}}"), QLatin1String("BLOB"));
    } else {
        out.replace(QLatin1String("{{ID}}"),
                    QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        out.replace(QLatin1String("{{BLOB}}"), QLatin1String("BYTEA"));
    }
    return out;
}

QStringList SqlDialect::beginWrite(int lockTimeoutMs) const
{
    if (isSQLite())
        return {QStringLiteral("BEGIN IMMEDIATE")};
    // The key is Relance's own ("RELA"): other programs on the same server
    // do not wait for it. SET cannot take a bound value; it is a number.
    return {QStringLiteral("BEGIN"),
            QStringLiteral("SET LOCAL lock_timeout = %1").arg(qMax(lockTimeoutMs, 1)),
            QStringLiteral("SELECT pg_advisory_xact_lock(1380273217)")};
}
