#pragma once

#include <QDateTime>
#include <QList>

// Which automatic copies of a database to keep: the newest copy of each of
// the 7 most recent days that have one, and, older than those, the newest
// copy of each of the 4 most recent weeks (ISO weeks, Monday first) that
// have one. Everything else is removed, oldest first. A pure rule: the
// dates in, the copies to remove out (unit tested with dates).
namespace BackupRetention {

constexpr int dailyCopies = 7;
constexpr int weeklyCopies = 4;

// Indexes into `madeAt` of the copies to remove, oldest first.
QList<qsizetype> toRemove(const QList<QDateTime>& madeAt, int days = dailyCopies,
                          int weeks = weeklyCopies);

} // namespace BackupRetention
