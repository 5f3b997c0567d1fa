#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

class Database;

// The landlords' statements that were e-mailed (table owner_statements,
// schema 5): one row per owner and as-of date, unique, with the outbox
// message that carries it. The unique key is what makes sending a date's
// statements twice add nothing.
class OwnerStatementRepository
{
    Q_DECLARE_TR_FUNCTIONS(OwnerStatementRepository)

public:
    explicit OwnerStatementRepository(const Database& db)
        : m_db(db)
    {}

    // Inside the caller's transaction: records the statement; nullopt when
    // the owner's statement of that date is already recorded.
    static Result<std::optional<qint64>> recordIn(QSqlDatabase& conn, qint64 ownerId, QDate asOf,
                                                  const QString& filePath);
    static Status linkOutboxIn(QSqlDatabase& conn, qint64 statementId, qint64 outboxId);

    // The outbox messages of the statements of `asOf`.
    Result<QList<qint64>> outboxMessages(QDate asOf) const;

private:
    const Database& m_db;
};
