#pragma once

#include "letters/AgencyIdentity.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class Database;

// The agency's identity (the single `agency` row): letterhead, footer, logo
// and signature images.
class AgencyRepository
{
    Q_DECLARE_TR_FUNCTIONS(AgencyRepository)

public:
    explicit AgencyRepository(const Database& db)
        : m_db(db)
    {}

    Result<AgencyIdentity> load() const;
    // The same inside the caller's transaction.
    static Result<AgencyIdentity> loadIn(QSqlDatabase& conn);
    // Images must be PNG (or empty): anything else is refused, so that a
    // letter never fails to draw its letterhead later.
    Status save(const AgencyIdentity& agency) const;
    static Status saveIn(QSqlDatabase& conn, const AgencyIdentity& agency);

private:
    const Database& m_db;
};
