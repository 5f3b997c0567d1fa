#pragma once

#include "util/Result.h"

class Database;

// What a brand-new agency database starts with: the default reminder program
// of reminder-rules.md and its letter templates. Called once, right after
// Database::open() created the schema (Database::wasCreated()).
namespace DatabaseSetup {
Status prepare(Database& db);
}
