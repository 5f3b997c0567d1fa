#pragma once

#include "LetterContent.h"
#include "LetterTemplate.h"
#include "MergeData.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// What is wrong with a template, and where (1-based line and column of the
// tag), so that the editor can point at it.
struct TemplateError
{
    QString field; // the tag's name, when the fault is about one field
    int line = 0;
    int column = 0;
    QString message; // the whole sentence for the user
};

// Mustache merge (kainjow) restricted to the MergeFields catalogue. Every
// fault is found when a template is saved: an unknown field, a section that
// is never closed or closed out of order, an unfinished tag, and the tags we
// do not allow (unescaped output, partials, changed delimiters) because they
// would let a tenant's name inject markup or make a print fail later.
class TemplateEngine
{
    Q_DECLARE_TR_FUNCTIONS(TemplateEngine)

public:
    enum class Part
    {
        LetterBody,   // HTML; may place {{reminder.items_table}}, {{plan.schedule_table}}
        EmailSubject, // one line of plain text
        EmailBody     // plain text
    };

    // A template is typed by a person: anything deeper or larger is a
    // mistake or an attack, and would cost every letter of a run (the engine
    // recurses once per section and merges the whole text per letter).
    static constexpr int maxSectionDepth = 20;
    static constexpr qsizetype maxTextBytes = 256 * 1024;

    static std::optional<TemplateError> check(const QString& text, Part part);
    // Checks every part of the template; the sentence names the part.
    static Status validate(const LetterTemplate& letterTemplate);

    // Merges `data` into `text` (already checked). Values are HTML-escaped in
    // the letter body, left as they are in the plain-text parts.
    static QString render(const QString& text, const MergeData& data, Part part);

    // The letter body merged and cut where its tables go (each marker at
    // most once): before the first, between the two, after the second.
    struct SplitBody
    {
        QString before;
        QString after; // after the first table (up to the second one)
        bool hasTable = false;
        LetterTable table = LetterTable::UnpaidItems; // the first table
        bool hasSecondTable = false;                  // then the other kind
        QString afterSecond;
    };
    static SplitBody renderBody(const QString& text, const MergeData& data);
    // Puts a split body into the letter's body and table fields.
    static void place(const SplitBody& body, LetterContent& letter);
};
