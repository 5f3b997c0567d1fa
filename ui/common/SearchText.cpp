#include "SearchText.h"

namespace SearchText {

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Ligatures have no decomposition in Unicode but are typed as two letters.
        switch (c.unicode()) {
        case 0x0153: // œ
        case 0x0152: // Œ
            out += QLatin1String("oe");
            continue;
        case 0x00E6: // æ
        case 0x00C6: // Æ
            out += QLatin1String("ae");
            continue;
        case 0x00DF: // ß
            out += QLatin1String("ss");
            continue;
        default:
            break;
        }
        out += c.toCaseFolded();
    }
    return out;
}

} // namespace SearchText
