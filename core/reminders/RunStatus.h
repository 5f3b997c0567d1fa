#pragma once

#include <QList>
#include <QString>

#include <optional>

// How a recorded run ended: it issued what the plan showed (possibly
// nothing), or it refused for safety (a stale ledger) and issued nothing.
// Both are final: a refused run is never completed later, a new run is made.
enum class RunStatus
{
    Completed,
    Refused
};

// Who started the run: a person, or the daily automation (run-due).
enum class RunMode
{
    Manual,
    Automated
};

// A run's status is written once, when the run is recorded, and never
// changes: there is no transition to check.
namespace RunStatuses {
QString toKey(RunStatus status);
std::optional<RunStatus> fromKey(const QString& key);
QString label(RunStatus status);
QList<RunStatus> all();

QString toKey(RunMode mode);
std::optional<RunMode> modeFromKey(const QString& key);
QString label(RunMode mode);
} // namespace RunStatuses
