#include "RunStatus.h"

#include <QCoreApplication>

namespace RunStatuses {

QString toKey(RunStatus status)
{
    switch (status) {
    case RunStatus::Completed:
        return QStringLiteral("completed");
    case RunStatus::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<RunStatus> fromKey(const QString& key)
{
    for (RunStatus s : all())
        if (toKey(s) == key)
            return s;
    return std::nullopt;
}

QString label(RunStatus status)
{
    switch (status) {
    case RunStatus::Completed:
        return QCoreApplication::translate("RunStatuses", "Completed");
    case RunStatus::Refused:
        return QCoreApplication::translate("RunStatuses", "Refused");
    }
    return {};
}

QList<RunStatus> all()
{
    return {RunStatus::Completed, RunStatus::Refused};
}

QString toKey(RunMode mode)
{
    return mode == RunMode::Automated ? QStringLiteral("automated") : QStringLiteral("manual");
}

std::optional<RunMode> modeFromKey(const QString& key)
{
    if (key == QLatin1String("manual"))
        return RunMode::Manual;
    if (key == QLatin1String("automated"))
        return RunMode::Automated;
    return std::nullopt;
}

QString label(RunMode mode)
{
    return mode == RunMode::Automated ? QCoreApplication::translate("RunStatuses", "Automated")
                                      : QCoreApplication::translate("RunStatuses", "Manual");
}

} // namespace RunStatuses
