#pragma once

#include "TestSupport.h"

#include "reminders/Level.h"
#include "storage/Database.h"

#include <functional>

#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A scratch agency for run tests: a database prepared like `relance-cli init`
// (default program), accounts and ledger lines written directly, and helpers
// that read back what a user would check.
class EngineFixture
{
public:
    EngineFixture();

    QString dbPath() const { return m_dir.filePath(QStringLiteral("relance.sqlite")); }
    Database& db() { return *m_db; }

    // A residential tenant with a usable postal address (and e-mail when
    // given), optionally one guarantor with a postal address.
    qint64 addAccount(const QString& ref, bool guarantor = false, const QString& email = {},
                      const QString& leaseType = QStringLiteral("residential"));
    void debit(const QString& ref, const QString& entryRef, const QDate& date, qint64 cents,
               const QString& kind = QStringLiteral("rent"));
    void credit(const QString& ref, const QString& entryRef, const QDate& date, qint64 cents,
                const QString& kind = QStringLiteral("payment"));

    // March 2026 rent (650,00, due on the 1st) unpaid by a new account `ref`.
    void addMarchArrears(const QString& ref, bool guarantor = false, const QString& email = {});
    // A payment by another account the day before `runDay`, so that a run
    // on that day does not find the ledger stale.
    void addPaymentBefore(const QDate& runDay);

    // Changes a level of the global program (e.g. adds a fee or automation).
    void editLevel(int position, const std::function<void(Level&)>& edit);

    // Level `position` runs first under run-due, from `day` of each month.
    void automate(int position, int day);

    // One SQL scalar (a count, a sum) for assertions.
    qint64 scalar(const QString& sql, const QVariantList& values = {});

    TestSupport::CliResult cli(QStringList args);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};
