#pragma once

#include <QStringView>

// Rules about plain text that several parts of Relance share.
namespace TextRules {

// False when `text` holds a line break of any kind: CR, LF, VT, FF, NEL
// (U+0085), LINE SEPARATOR (U+2028) or PARAGRAPH SEPARATOR (U+2029). A value
// that ends up in one line (a mail header, an SMTP command, a CSV field)
// would otherwise be cut in two, or have lines of someone else's choosing
// added to it.
bool isSingleLine(QStringView text);

} // namespace TextRules
