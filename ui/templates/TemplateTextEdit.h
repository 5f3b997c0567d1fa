#pragma once

#include <QTextEdit>

// A template part (the letter's body, the e-mail's body) where merge fields
// show as FieldToken labels. Copy writes the tags (so a token pasted into a
// text editor, another template or back here stays the same field) and
// paste turns pasted tags into tokens.
class TemplateTextEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit TemplateTextEdit(QWidget* parent = nullptr);

    // Loads a stored part: rich text (the letter) or plain text (the e-mail),
    // its tags shown as tokens. Loading is not an edit: nothing to undo.
    void loadHtml(const QString& html);
    void loadPlainText(const QString& text);
    // The plain-text part as stored: tokens written back as their tags.
    QString sourcePlainText() const;
    // What the user reads: tokens as their labels.
    QString displayedText() const;
    // Inserts the token of `tag` at the cursor.
    void insertTag(const QString& tag);

protected:
    QMimeData* createMimeDataFromSelection() const override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    void tokenizeAll();
};
