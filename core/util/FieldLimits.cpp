#include "FieldLimits.h"

#include "TextRules.h"

bool FieldLimits::hasLineBreak(QStringView text)
{
    return !TextRules::isSingleLine(text);
}

FieldLimits::Problem FieldLimits::check(QStringView text, qsizetype maxLength, bool multiLine)
{
    if (text.size() > maxLength)
        return Problem::TooLong;
    if (!multiLine && hasLineBreak(text))
        return Problem::LineBreak;
    return Problem::None;
}

QString FieldLimits::describe(Problem problem, qsizetype maxLength)
{
    switch (problem) {
    case Problem::None:
        break;
    case Problem::TooLong:
        return tr("this value is longer than %n characters; shorten it", nullptr, int(maxLength));
    case Problem::LineBreak:
        return tr("this value holds a line break; write it on one line (letters and e-mails "
                  "cannot carry a line break here)");
    }
    return {};
}
