#include "TemplateBodyHtml.h"

#include "FieldToken.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace {

struct Writer
{
    TemplateBodyHtml::Output out;
    void put(const QString& s, int position)
    {
        out.html += s;
        for (qsizetype i = 0; i < s.size(); ++i)
            out.documentPositions.append(position);
    }
};

bool isOrdered(const QTextList* list)
{
    const auto style = list->format().style();
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha ||
           style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman ||
           style == QTextListFormat::ListUpperRoman;
}

QString alignAttribute(Qt::Alignment a)
{
    if (a & Qt::AlignHCenter)
        return QStringLiteral(" align=\"center\"");
    if (a & Qt::AlignJustify)
        return QStringLiteral(" align=\"justify\"");
    if ((a & Qt::AlignRight) && !(a & Qt::AlignAbsolute))
        return QStringLiteral(" align=\"right\"");
    return {};
}

QString escaped(QChar c)
{
    switch (c.unicode()) {
    case u'&':
        return QStringLiteral("&amp;");
    case u'<':
        return QStringLiteral("&lt;");
    case u'>':
        return QStringLiteral("&gt;");
    case 0x00A0:
        return QStringLiteral("&nbsp;");
    case 0x2028: // Shift+Enter: a line break inside the paragraph
        return QStringLiteral("<br/>");
    case 0xFFFC: // an object (image) pasted in: not part of our subset
        return {};
    default:
        return QString(c);
    }
}

struct Style
{
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool operator==(const Style&) const = default;
    bool plain() const { return !bold && !italic && !underline; }
};

Style styleOf(const QTextCharFormat& f)
{
    return {f.fontWeight() > QFont::Medium, f.fontItalic(), f.fontUnderline()};
}

// A section tag ({{#x}}, {{^x}}, {{/x}}) or the table marker, alone: these
// stand between paragraphs in the stored form.
const QRegularExpression& bareTagPattern()
{
    static const QRegularExpression tag(
        QStringLiteral("^\\s*\\{\\{\\s*(?:[#^/][^{}]+|reminder\\.items_table\\s*)\\}\\}\\s*$"));
    return tag;
}

// The block's text with its field tokens written back as their tags.
QString sourceOf(const QTextBlock& block)
{
    return FieldToken::sourceText(*block.document(), block.position(),
                                  block.position() + block.length() - 1);
}

// A block holding nothing but such a tag is written bare, so that a section
// that spans paragraphs opens and closes outside them, as in the defaults.
bool isBareTag(const QTextBlock& block)
{
    const QRegularExpression& tag = bareTagPattern();
    if (block.textList() || !alignAttribute(block.blockFormat().alignment()).isEmpty())
        return false;
    if (!tag.match(sourceOf(block)).hasMatch())
        return false;
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (!styleOf(it.fragment().charFormat()).plain())
            return false;
    return true;
}

void writeInline(Writer& w, const QTextBlock& block)
{
    // Tags are nested in a fixed order (b, i, u) and reopened where a run
    // of text changes style, so the output is always well formed.
    Style open;
    int last = block.position();
    auto closeFrom = [&](int level, int position) {
        if (open.underline && level <= 2) {
            w.put(QStringLiteral("</u>"), position);
            open.underline = false;
        }
        if (open.italic && level <= 1) {
            w.put(QStringLiteral("</i>"), position);
            open.italic = false;
        }
        if (open.bold && level <= 0) {
            w.put(QStringLiteral("</b>"), position);
            open.bold = false;
        }
    };
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const Style want = styleOf(fragment.charFormat());
        const int start = fragment.position();
        int level = 3;
        if (open.bold != want.bold)
            level = 0;
        else if (open.italic != want.italic)
            level = 1;
        else if (open.underline != want.underline)
            level = 2;
        closeFrom(level, start);
        if (want.bold && !open.bold) {
            w.put(QStringLiteral("<b>"), start);
            open.bold = true;
        }
        if (want.italic && !open.italic) {
            w.put(QStringLiteral("<i>"), start);
            open.italic = true;
        }
        if (want.underline && !open.underline) {
            w.put(QStringLiteral("<u>"), start);
            open.underline = true;
        }
        const QString text = fragment.text();
        const QString tag = FieldToken::tagOf(fragment.charFormat());
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (!tag.isEmpty() && text.at(i) == QChar::ObjectReplacementCharacter) {
                // A field token is stored as the tag it stands for.
                for (const QChar c : tag)
                    w.put(escaped(c), start + int(i));
                continue;
            }
            w.put(escaped(text.at(i)), start + int(i));
        }
        last = start + int(text.size());
    }
    closeFrom(0, last);
}

} // namespace

QString TemplateBodyHtml::toEditable(const QString& html)
{
    static const QRegularExpression opens(QStringLiteral("<(?:p|li)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression closes(QStringLiteral("</(?:p|li)\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    QStringList lines = html.trimmed().split(u'\n');
    int depth = 0; // inside a paragraph or list item: leave the line alone
    for (QString& line : lines) {
        if (depth <= 0 && bareTagPattern().match(line).hasMatch())
            line = QStringLiteral("<p>") + line.trimmed() + QStringLiteral("</p>");
        else
            depth += int(line.count(opens)) - int(line.count(closes));
    }
    return lines.join(u'\n');
}

TemplateBodyHtml::Output TemplateBodyHtml::fromDocument(const QTextDocument& document)
{
    QList<QTextBlock> blocks;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        blocks.append(b);
    // Empty paragraphs left at the end (an Enter too many) print nothing useful.
    while (!blocks.isEmpty() && blocks.last().text().trimmed().isEmpty() &&
           !blocks.last().textList())
        blocks.removeLast();

    Writer w;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QTextBlock& b = blocks.at(i);
        if (i > 0)
            w.put(QStringLiteral("\n"), b.position());
        QTextList* list = b.textList();
        QTextList* previousList = i > 0 ? blocks.at(i - 1).textList() : nullptr;
        QTextList* nextList = i + 1 < blocks.size() ? blocks.at(i + 1).textList() : nullptr;
        if (isBareTag(b)) {
            // Written as the tag alone; every character points at the
            // paragraph's first visible one (the token, or the typed tag).
            const QString text = b.text();
            qsizetype from = 0;
            while (from < text.size() && text.at(from).isSpace())
                ++from;
            const QString trimmed = sourceOf(b).trimmed();
            const bool typed = text.trimmed() == trimmed;
            for (qsizetype k = 0; k < trimmed.size(); ++k)
                w.put(QString(trimmed.at(k)), b.position() + int(from + (typed ? k : 0)));
            continue;
        }
        // One line per paragraph: a list opens on its first item's line and
        // closes on its last one's, so line numbers follow paragraphs.
        if (list && list != previousList)
            w.put(isOrdered(list) ? QStringLiteral("<ol>") : QStringLiteral("<ul>"), b.position());
        const QString element = list ? QStringLiteral("li") : QStringLiteral("p");
        w.put(u'<' + element + alignAttribute(b.blockFormat().alignment()) + u'>', b.position());
        if (b.text().isEmpty())
            w.put(QStringLiteral("&nbsp;"), b.position()); // keeps an empty line a line
        else
            writeInline(w, b);
        const int end = b.position() + b.length() - 1;
        w.put(QStringLiteral("</") + element + u'>', end);
        if (list && list != nextList)
            w.put(isOrdered(list) ? QStringLiteral("</ol>") : QStringLiteral("</ul>"), end);
    }
    return w.out;
}

int TemplateBodyHtml::documentPosition(const Output& output, int line, int column)
{
    if (line < 1 || column < 1)
        return -1;
    qsizetype offset = 0;
    for (int l = 1; l < line; ++l) {
        offset = output.html.indexOf(u'\n', offset);
        if (offset < 0)
            return -1;
        ++offset;
    }
    offset += column - 1;
    if (offset < 0 || offset >= output.documentPositions.size())
        return -1;
    return output.documentPositions.at(offset);
}
