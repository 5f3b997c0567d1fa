#include "RecoverySettingsRepository.h"

#include "Database.h"

// First version: the defaults of RecoverySettings until the settings are
// stored (issue 13, Settings « Recouvrement »).
Result<RecoverySettings> RecoverySettingsRepository::load(const Database&)
{
    return RecoverySettings();
}

Status RecoverySettingsRepository::saveIn(QSqlDatabase&, const RecoverySettings&)
{
    return {};
}
