#include "SingleLine.h"

namespace SingleLine {

bool hasLineBreak(const QString& text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x000A:
        case 0x000B:
        case 0x000C:
        case 0x000D:
        case 0x0085:
        case 0x2028:
        case 0x2029:
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace SingleLine
