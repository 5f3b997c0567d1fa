#include "DatabaseSetup.h"

#include "storage/Database.h"

namespace DatabaseSetup {

Status prepare(Database& db)
{
    Q_UNUSED(db);
    return {};
}

} // namespace DatabaseSetup
