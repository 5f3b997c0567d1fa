#include "DatabaseSetup.h"

#include "letters/DefaultTemplates.h"
#include "reminders/DefaultProgram.h"
#include "storage/Database.h"

namespace DatabaseSetup {

Status prepare(Database& db)
{
    // The levels first: the templates attach to them by position.
    if (Status s = DefaultProgram::install(db); !s)
        return s;
    return DefaultTemplates::install(db);
}

} // namespace DatabaseSetup
