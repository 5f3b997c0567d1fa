#include "RecoverySettingsRepository.h"

#include "Database.h"
#include "SettingsRepository.h"
#include "recovery/RecoverySettingsKeys.h"

#include <functional>

namespace {

const auto gliNameKey = QLatin1String("recovery.gli_name");
const auto gliNoticeKey = QLatin1String("recovery.gli_notice_days");
const auto gliClaimKey = QLatin1String("recovery.gli_claim_days");
const auto disabledKey = QLatin1String("recovery.disabled");
const auto ccapexKey = QLatin1String("recovery.ccapex");
const auto prescriptionKey = QLatin1String("recovery.prescription");
const auto graceKey = QLatin1String("recovery.grace_days");

// A stored value, empty when never stored.
using Reader = std::function<Result<QString>(QLatin1String)>;

Result<RecoverySettings> loadWith(const Reader& setting)
{
    using R = Result<RecoverySettings>;
    RecoverySettings settings;
    // A value never stored, or one that is not what this file writes, keeps
    // the default: storing is the only thing done here.
    auto read = [&](QLatin1String key, QString* out) -> Status {
        auto stored = setting(key);
        if (!stored)
            return Status::failure(stored.kind(), stored.error());
        *out = *stored;
        return {};
    };
    auto number = [&](QLatin1String key, int* out) -> Status {
        QString text;
        if (Status s = read(key, &text); !s)
            return s;
        bool ok = false;
        const int n = text.toInt(&ok);
        if (ok)
            *out = n;
        return {};
    };
    auto flag = [&](QLatin1String key, bool* out) -> Status {
        QString text;
        if (Status s = read(key, &text); !s)
            return s;
        if (text == QLatin1String("1") || text == QLatin1String("0"))
            *out = text == QLatin1String("1");
        return {};
    };

    QString name;
    if (Status s = read(gliNameKey, &name); !s)
        return R::failure(s.kind(), s.error());
    if (!name.isEmpty())
        settings.gli.name = name;
    QString disabled;
    if (Status s = read(disabledKey, &disabled); !s)
        return R::failure(s.kind(), s.error());
    settings.disabled = RecoverySettingsKeys::disabledFromKeys(disabled);
    for (const Status& s :
         {number(gliNoticeKey, &settings.gli.noticeDays),
          number(gliClaimKey, &settings.gli.claimDays), number(graceKey, &settings.graceDays),
          flag(ccapexKey, &settings.ccapexEnabled),
          flag(prescriptionKey, &settings.prescriptionEnabled)})
        if (!s)
            return R::failure(s.kind(), s.error());
    return settings;
}

} // namespace

Result<RecoverySettings> RecoverySettingsRepository::load(const Database& db)
{
    return loadWith([&db](QLatin1String key) { return db.setting(key); });
}

Result<RecoverySettings> RecoverySettingsRepository::loadIn(QSqlDatabase& conn)
{
    return loadWith([&conn](QLatin1String key) -> Result<QString> {
        auto stored = SettingsRepository::valueIn(conn, key);
        if (!stored)
            return Result<QString>::failure(stored.kind(), stored.error());
        return stored->value_or(QString());
    });
}

Status RecoverySettingsRepository::saveIn(QSqlDatabase& conn, const RecoverySettings& settings)
{
    const std::pair<QLatin1String, QString> values[] = {
        {gliNameKey, settings.gli.name},
        {gliNoticeKey, QString::number(settings.gli.noticeDays)},
        {gliClaimKey, QString::number(settings.gli.claimDays)},
        {disabledKey, RecoverySettingsKeys::disabledToKeys(settings.disabled)},
        {ccapexKey, settings.ccapexEnabled ? QStringLiteral("1") : QStringLiteral("0")},
        {prescriptionKey, settings.prescriptionEnabled ? QStringLiteral("1") : QStringLiteral("0")},
        {graceKey, QString::number(settings.graceDays)},
    };
    for (const auto& [key, value] : values)
        if (Status s = SettingsRepository::setIn(conn, key, value); !s)
            return s;
    return {};
}
