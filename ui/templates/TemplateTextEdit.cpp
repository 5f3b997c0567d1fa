#include "TemplateTextEdit.h"

#include "FieldToken.h"

#include <QMimeData>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

TemplateTextEdit::TemplateTextEdit(QWidget* parent)
    : QTextEdit(parent)
{
    FieldToken::install(document());
}

void TemplateTextEdit::loadHtml(const QString& html)
{
    setHtml(html);
    tokenizeAll();
}

void TemplateTextEdit::loadPlainText(const QString& text)
{
    setPlainText(text);
    tokenizeAll();
}

void TemplateTextEdit::tokenizeAll()
{
    // setHtml/setPlainText start a new document layout: register again.
    FieldToken::install(document());
    document()->setUndoRedoEnabled(false);
    FieldToken::tokenize(document());
    document()->setUndoRedoEnabled(true);
    document()->setModified(false);
}

QString TemplateTextEdit::sourcePlainText() const
{
    // Exactly as stored: a no-break space (French « : ») stays one.
    return FieldToken::sourceText(*document());
}

QString TemplateTextEdit::displayedText() const
{
    return FieldToken::displayedText(*document());
}

void TemplateTextEdit::insertTag(const QString& tag)
{
    QTextCursor cursor = textCursor();
    FieldToken::insert(cursor, tag);
    setTextCursor(cursor);
}

QMimeData* TemplateTextEdit::createMimeDataFromSelection() const
{
    const QTextCursor cursor = textCursor();
    auto* data = new QMimeData;
    data->setText(
        FieldToken::sourceText(*document(), cursor.selectionStart(), cursor.selectionEnd()));
    if (acceptRichText()) {
        // The selection with its style, each token turned back into its tag.
        QTextDocument copy;
        QTextCursor(&copy).insertFragment(cursor.selection());
        FieldToken::untokenize(&copy);
        data->setHtml(copy.toHtml());
    }
    return data;
}

void TemplateTextEdit::insertFromMimeData(const QMimeData* source)
{
    const int from = textCursor().selectionStart();
    const int lengthBefore = document()->characterCount();
    const int selected = textCursor().selectionEnd() - from;
    QTextEdit::insertFromMimeData(source);
    const int to = from + document()->characterCount() - lengthBefore + selected;
    FieldToken::tokenize(document(), from, to);
}
