#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QTextObjectInterface>

class QTextCharFormat;
class QTextCursor;
class QTextDocument;

// A merge field as the template editor shows it: one character of the
// document (an inline object) that reads « Nom du locataire » in a coloured
// box and carries the Mustache tag it stands for. Staff read names, never
// {{account.name}}; the stored body keeps the tag, which TemplateBodyHtml
// writes back. Being one character, a token cannot be half-deleted or typed
// into: it is there whole or not at all.
class FieldToken : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int ObjectType = QTextFormat::UserObject + 1;

    // Makes `document` draw its tokens (once per document).
    static void install(QTextDocument* document);
    // Turns every complete {{…}} tag between `from` and `to` (-1: the end)
    // into its token, keeping the surrounding style (bold stays bold).
    static void tokenize(QTextDocument* document, int from = 0, int to = -1);
    // The reverse: every token back to its tag as plain text, same style.
    static void untokenize(QTextDocument* document);
    // Inserts the token of `tag` where `cursor` is, in its current style.
    static void insert(QTextCursor& cursor, const QString& tag);
    // The tag a character stands for; empty when it is not a token.
    static QString tagOf(const QTextCharFormat& format);
    // What the editor shows for a tag, in the user's language: a field's
    // description, « Si “Bien loué” est renseigné : » for a section…
    static QString label(const QString& tag);
    // The text of [from, to) with every token written back as its tag,
    // paragraphs joined by '\n' (the plain-text form of the e-mail body).
    static QString sourceText(const QTextDocument& document, int from = 0, int to = -1);
    // The text as the user reads it: tokens as their labels.
    static QString displayedText(const QTextDocument& document);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    explicit FieldToken(QObject* parent)
        : QObject(parent)
    {}
};
