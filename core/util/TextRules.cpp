#include "TextRules.h"

bool TextRules::isSingleLine(QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x000A: // LF
        case 0x000B: // VT
        case 0x000C: // FF
        case 0x000D: // CR
        case 0x0085: // NEL
        case 0x2028: // LINE SEPARATOR
        case 0x2029: // PARAGRAPH SEPARATOR
            return false;
        default:
            break;
        }
    }
    return true;
}
