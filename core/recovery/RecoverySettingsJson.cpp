#include "RecoverySettingsJson.h"

#include "RecoverySettingsKeys.h"

#include <cmath>
#include <limits>
#include <optional>

namespace {

const auto gliNameKey = QLatin1String("gli_name");
const auto gliNoticeKey = QLatin1String("gli_notice_days");
const auto gliClaimKey = QLatin1String("gli_claim_days");
const auto disabledKey = QLatin1String("disabled");
const auto ccapexKey = QLatin1String("ccapex");
const auto prescriptionKey = QLatin1String("prescription");
const auto graceKey = QLatin1String("grace_days");

// A whole JSON number, brought within int: one far out of range still
// fails the validator's range, with its message.
std::optional<int> wholeNumber(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d)
        return std::nullopt;
    return int(qBound(double(std::numeric_limits<int>::min()), d,
                      double(std::numeric_limits<int>::max())));
}

} // namespace

QJsonObject RecoverySettingsJson::toJson(const RecoverySettings& settings)
{
    QJsonObject o;
    o.insert(gliNameKey, settings.gli.name);
    o.insert(gliNoticeKey, settings.gli.noticeDays);
    o.insert(gliClaimKey, settings.gli.claimDays);
    o.insert(disabledKey, RecoverySettingsKeys::disabledToKeys(settings.disabled));
    o.insert(ccapexKey, settings.ccapexEnabled ? 1 : 0);
    o.insert(prescriptionKey, settings.prescriptionEnabled ? 1 : 0);
    o.insert(graceKey, settings.graceDays);
    return o;
}

RecoverySettings RecoverySettingsJson::read(const QJsonObject& object, RecoverySettings base,
                                            QList<Problem>* problems)
{
    static const QStringList known = {gliNameKey, gliNoticeKey,    gliClaimKey, disabledKey,
                                      ccapexKey,  prescriptionKey, graceKey};
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            problems->append({it.key(), tr("unknown setting")});

    if (const QJsonValue v = object.value(gliNameKey); !v.isUndefined()) {
        if (v.isString())
            base.gli.name = v.toString();
        else
            problems->append({gliNameKey, tr("expected text")});
    }
    const auto days = [&](QLatin1String key, int* out) {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return;
        if (auto n = wholeNumber(v))
            *out = *n;
        else
            problems->append({key, tr("expected a whole number of days")});
    };
    days(gliNoticeKey, &base.gli.noticeDays);
    days(gliClaimKey, &base.gli.claimDays);
    days(graceKey, &base.graceDays);
    const auto flag = [&](QLatin1String key, bool* out) {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return;
        if (auto n = wholeNumber(v); n && (*n == 0 || *n == 1))
            *out = *n == 1;
        else
            problems->append({key, tr("must be 0 or 1")});
    };
    flag(ccapexKey, &base.ccapexEnabled);
    flag(prescriptionKey, &base.prescriptionEnabled);

    if (const QJsonValue v = object.value(disabledKey); !v.isUndefined()) {
        if (!v.isString()) {
            problems->append({disabledKey, tr("expected text (deadline kinds separated by "
                                              "commas)")});
        } else {
            QStringList unknown;
            const QSet<DeadlineKind> kinds =
                RecoverySettingsKeys::disabledFromKeys(v.toString(), &unknown);
            if (unknown.isEmpty())
                base.disabled = kinds;
            else
                problems->append(
                    {disabledKey, RecoverySettingsValidator::unknownDeadlines(unknown).message});
        }
    }
    return base;
}

QString RecoverySettingsJson::keyOf(RecoverySettingsValidator::Field field)
{
    switch (field) {
    case RecoverySettingsValidator::Field::GliName:
        return gliNameKey;
    case RecoverySettingsValidator::Field::GliNoticeDays:
        return gliNoticeKey;
    case RecoverySettingsValidator::Field::GliClaimDays:
        return gliClaimKey;
    case RecoverySettingsValidator::Field::Disabled:
        return disabledKey;
    case RecoverySettingsValidator::Field::GraceDays:
        return graceKey;
    }
    return {};
}
