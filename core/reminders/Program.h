#pragma once

#include "Level.h"

#include <QList>
#include <QString>

// A reminder program (« programme de relance »): levels in order. The agency
// has one global program and any number of named custom ones.
struct Program
{
    qint64 id = 0;
    QString name;
    bool isGlobal = false;
    QList<Level> levels; // ordered by position

    // The level at `position`, or null.
    const Level* level(int position) const;
    // The minimum gap of levels[index]: its own setting, or by default its
    // delay minus the delay of the level before it in the program (whether
    // or not that level applied to the account); never below zero; the
    // program's first level has no gap.
    int minGapDays(qsizetype index) const;

    bool operator==(const Program&) const = default;
};
