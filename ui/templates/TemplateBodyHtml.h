#pragma once

#include <QList>
#include <QString>

class QTextDocument;

// The letter body is stored as a small HTML subset with {{fields}}, as the
// default letters are written (resources/templates/): one paragraph per line,
// <b>, <i>, <u>, <ul>/<ol> lists, an align attribute, and Mustache section
// tags alone on their line between paragraphs. The editor shows the body as
// rich text; this writes the edited document back in that same form, rather
// than QTextDocument::toHtml()'s page of inline styles, so that what is
// stored stays readable, diffable and what LetterRenderer expects.
class TemplateBodyHtml
{
public:
    struct Output
    {
        QString html;
        // For each character of `html`, the document position it came from
        // (markup: the text character next to it), to point at an error.
        QList<int> documentPositions;
    };

    // The stored body made ready for QTextDocument::setHtml: a section tag
    // alone on its line between paragraphs becomes a paragraph of its own
    // (Qt would otherwise run neighbouring bare lines into one paragraph),
    // which fromDocument() writes back bare.
    static QString toEditable(const QString& html);
    static Output fromDocument(const QTextDocument& document);
    // The document position of a 1-based line and column of `output.html`;
    // -1 when out of range.
    static int documentPosition(const Output& output, int line, int column);
};
