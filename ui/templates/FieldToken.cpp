#include "FieldToken.h"

#include "letters/MergeFields.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace {

// Where a token keeps the tag it stands for.
constexpr int tagProperty = QTextFormat::UserProperty + 1;
constexpr qreal padding = 3.0;

const QRegularExpression& tagPattern()
{
    static const QRegularExpression tag(QStringLiteral("\\{\\{[^{}]*\\}\\}"));
    return tag;
}

enum class Role
{
    Value,   // a value printed in the letter
    Section, // the start or the end of a part shown only when…
    Marker   // where the table of unpaid items goes
};

struct Parsed
{
    QChar sigil; // '#', '^', '/' or none
    QString name;
};

Parsed parse(const QString& tag)
{
    QString inner = tag.mid(2, tag.size() - 4).trimmed();
    Parsed p;
    if (!inner.isEmpty() &&
        (inner.front() == u'#' || inner.front() == u'^' || inner.front() == u'/')) {
        p.sigil = inner.front();
        inner = inner.mid(1).trimmed();
    }
    p.name = inner;
    return p;
}

const MergeField* fieldNamed(const QString& name)
{
    if (const MergeField* f = MergeFields::find(name))
        return f;
    return MergeFields::findItemField(name);
}

Role roleOf(const QString& tag)
{
    const Parsed p = parse(tag);
    if (!p.sigil.isNull())
        return Role::Section;
    const MergeField* f = fieldNamed(p.name);
    return f && f->kind == MergeField::Kind::Marker ? Role::Marker : Role::Value;
}

QColor backgroundOf(Role role)
{
    switch (role) {
    case Role::Section:
        return QColor(0xff, 0xec, 0xc2);
    case Role::Marker:
        return QColor(0xd8, 0xf0, 0xdc);
    case Role::Value:
        break;
    }
    return QColor(0xdc, 0xe8, 0xfb);
}

// A token's style without the token: for the text around it.
QTextCharFormat plainFormat(QTextCharFormat format)
{
    format.setObjectType(QTextFormat::NoObject);
    format.clearProperty(tagProperty);
    format.clearProperty(QTextFormat::TextToolTip);
    format.setVerticalAlignment(QTextCharFormat::AlignNormal);
    return format;
}

QFont fontOf(const QTextFormat& format)
{
    return format.toCharFormat().font();
}

} // namespace

void FieldToken::install(QTextDocument* document)
{
    QAbstractTextDocumentLayout* layout = document->documentLayout();
    if (layout->handlerForObject(ObjectType))
        return;
    layout->registerHandler(ObjectType, new FieldToken(document));
}

void FieldToken::tokenize(QTextDocument* document, int from, int to)
{
    install(document);
    QTextCursor found = document->find(tagPattern(), from);
    while (!found.isNull() && (to < 0 || found.selectionEnd() <= to)) {
        const QString tag = found.selectedText();
        QTextCursor style(document);
        style.setPosition(found.selectionStart() + 1); // the format of the tag's first brace
        const QTextCharFormat base = style.charFormat();
        found.removeSelectedText();
        found.setCharFormat(base);
        insert(found, tag);
        if (to >= 0)
            to -= int(tag.size()) - 1;
        found = document->find(tagPattern(), found.position());
    }
}

void FieldToken::untokenize(QTextDocument* document)
{
    QTextCursor at(document);
    while (!at.atEnd()) {
        at.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        const QString tag = tagOf(at.charFormat());
        if (!tag.isEmpty() && at.selectedText() == QString(QChar::ObjectReplacementCharacter))
            at.insertText(tag, plainFormat(at.charFormat()));
        at.clearSelection();
    }
}

void FieldToken::insert(QTextCursor& cursor, const QString& tag)
{
    QTextCharFormat format = cursor.charFormat();
    format.setObjectType(ObjectType);
    format.setProperty(tagProperty, tag);
    format.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    format.setToolTip(tag);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    // What is typed after a token takes the surrounding style, not the token's.
    cursor.setCharFormat(plainFormat(format));
}

QString FieldToken::tagOf(const QTextCharFormat& format)
{
    if (format.objectType() != ObjectType)
        return {};
    return format.stringProperty(tagProperty);
}

QString FieldToken::label(const QString& tag)
{
    const Parsed p = parse(tag);
    const MergeField* field = fieldNamed(p.name);
    const QString description = field ? field->description : p.name;
    const bool list = field && field->kind == MergeField::Kind::List;
    const bool flag = field && field->kind == MergeField::Kind::Flag;
    if (p.sigil == u'#') {
        if (list)
            return tr("For each unpaid item:");
        if (flag)
            return tr("%1:", "a section shown only when a condition holds").arg(description);
        return tr("If “%1” is filled in:").arg(description);
    }
    if (p.sigil == u'^') {
        if (list)
            return tr("If there is no unpaid item:");
        if (flag)
            return tr("Otherwise than: %1:").arg(description);
        return tr("If “%1” is empty:").arg(description);
    }
    if (p.sigil == u'/') {
        if (list)
            return tr("End of the unpaid items");
        return tr("End of “%1”").arg(description);
    }
    return description;
}

QString FieldToken::sourceText(const QTextDocument& document, int from, int to)
{
    if (to < 0)
        to = document.characterCount() - 1;
    QString out;
    bool first = true;
    // A block starting at `to` counts: the paragraph break before it is in
    // the range (a trailing line break is kept).
    for (QTextBlock b = document.findBlock(from); b.isValid() && b.position() <= to; b = b.next()) {
        if (!first)
            out += u'\n';
        first = false;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString tag = tagOf(fragment.charFormat());
            const QString text = fragment.text();
            for (qsizetype i = 0; i < text.size(); ++i) {
                const int position = fragment.position() + int(i);
                if (position < from || position >= to)
                    continue;
                const QChar c = text.at(i);
                if (!tag.isEmpty() && c == QChar::ObjectReplacementCharacter)
                    out += tag;
                else if (c == QChar::LineSeparator)
                    out += u'\n';
                else
                    out += c;
            }
        }
    }
    return out;
}

QString FieldToken::displayedText(const QTextDocument& document)
{
    QString out;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (b != document.begin())
            out += u'\n';
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString tag = tagOf(fragment.charFormat());
            for (const QChar c : fragment.text())
                out += !tag.isEmpty() && c == QChar::ObjectReplacementCharacter ? label(tag)
                                                                                : QString(c);
        }
    }
    return out;
}

QSizeF FieldToken::intrinsicSize(QTextDocument* document, int, const QTextFormat& format)
{
    QPaintDevice* device = document->documentLayout()->paintDevice();
    const QFontMetricsF metrics =
        device ? QFontMetricsF(fontOf(format), device) : QFontMetricsF(fontOf(format));
    const QString text = label(format.stringProperty(tagProperty));
    return {metrics.horizontalAdvance(text) + 2 * padding, metrics.height()};
}

void FieldToken::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                            const QTextFormat& format)
{
    const QString tag = format.stringProperty(tagProperty);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor fill = backgroundOf(roleOf(tag));
    painter->setPen(fill.darker(130));
    painter->setBrush(fill);
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->setFont(fontOf(format));
    painter->drawText(rect, Qt::AlignCenter, label(tag));
    painter->restore();
}
