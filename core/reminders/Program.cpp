#include "Program.h"

const Level* Program::level(int position) const
{
    for (const Level& l : levels)
        if (l.position == position)
            return &l;
    return nullptr;
}

int Program::minGapDays(qsizetype index) const
{
    const Level& l = levels.at(index);
    if (l.minGapDays)
        return std::max(0, *l.minGapDays);
    if (index == 0)
        return 0;
    return std::max(0, l.delayDays - levels.at(index - 1).delayDays);
}
