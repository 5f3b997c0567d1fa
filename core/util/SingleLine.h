#pragma once

#include <QString>

// A setting shown on one line (a name, an address line, a subject, a mail
// header value) must not hold a line break: it would cut an address block
// in two or, in a mail header, start a header of its own. This is every
// character Unicode or a mail program may treat as one.
namespace SingleLine {

// True when `text` holds CR, LF, VT, FF, NEL (U+0085), LINE SEPARATOR
// (U+2028) or PARAGRAPH SEPARATOR (U+2029).
bool hasLineBreak(const QString& text);

} // namespace SingleLine
