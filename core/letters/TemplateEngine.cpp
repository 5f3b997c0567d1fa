#include "TemplateEngine.h"

#include "MergeFields.h"
#include "util/TextRules.h"

// kainjow/mustache is header-only and heavy: this is the only file that
// includes it.
#include <kainjow/mustache.hpp>

#include <QList>

#include <map>
#include <memory>

namespace {

using kainjow::mustache::data;
using kainjow::mustache::mustache;

// A private-use character stands in for each table while merging, then the
// merged body is cut there.
const QChar tableSentinel(0xE000);
const QChar scheduleSentinel(0xE001);

struct OpenSection
{
    QString name;
    int line;
    int column;
};

QString partName(TemplateEngine::Part part)
{
    switch (part) {
    case TemplateEngine::Part::LetterBody:
        return TemplateEngine::tr("the letter body");
    case TemplateEngine::Part::EmailSubject:
        return TemplateEngine::tr("the subject");
    case TemplateEngine::Part::EmailBody:
        return TemplateEngine::tr("the e-mail body");
    }
    return {};
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

// Nested mustache objects from dotted names: "account.ref" → {account: {ref}}.
data buildData(const MergeData& input, bool forBody)
{
    std::map<std::string, data> groups;
    data root = data::type::object;
    auto put = [&](const QString& name, const data& value) {
        const qsizetype dot = name.indexOf(u'.');
        if (dot < 0) {
            root.set(utf8(name), value);
            return;
        }
        const std::string group = utf8(name.left(dot));
        auto it = groups.find(group);
        if (it == groups.end())
            it = groups.emplace(group, data(data::type::object)).first;
        it->second.set(utf8(name.mid(dot + 1)), value);
    };
    // An empty value is false, so that {{#account.address2}}…{{/account.address2}}
    // shows a passage only when there is something to say.
    for (auto it = input.values.cbegin(); it != input.values.cend(); ++it)
        put(it.key(), it.value().isEmpty() ? data(data::type::bool_false) : data(utf8(it.value())));
    for (auto it = input.flags.cbegin(); it != input.flags.cend(); ++it)
        put(it.key(), it.value() ? data(data::type::bool_true) : data(data::type::bool_false));
    put(MergeFields::itemsTableMarker(),
        data(forBody ? utf8(QString(tableSentinel)) : std::string()));
    put(MergeFields::scheduleTableMarker(),
        data(forBody ? utf8(QString(scheduleSentinel)) : std::string()));
    for (auto& [name, value] : groups)
        root.set(name, value);
    data list = data::type::list;
    for (const auto& item : input.items) {
        data entry = data::type::object;
        for (auto it = item.cbegin(); it != item.cend(); ++it)
            entry.set(utf8(it.key()),
                      it.value().isEmpty() ? data(data::type::bool_false) : data(utf8(it.value())));
        list.push_back(entry);
    }
    root.set("items", list);
    return root;
}

} // namespace

std::optional<TemplateError> TemplateEngine::check(const QString& text, Part part)
{
    QList<OpenSection> open;
    QStringList placed; // the table markers met so far
    int line = 1;
    int lineStart = 0;
    const auto fail = [&](const QString& field, int l, int c, const QString& what) {
        return TemplateError{
            field, l, c,
            tr("In %1, line %2, column %3: %4").arg(partName(part)).arg(l).arg(c).arg(what)};
    };
    // Checked first: the scanner below and the engine would otherwise spend
    // their time on a text no one could have meant.
    if (const qsizetype bytes = text.toUtf8().size(); bytes > maxTextBytes)
        return fail({}, 1, 1,
                    tr("the text is %1 KB long; a template holds at most %2 KB.")
                        .arg((bytes + 1023) / 1024)
                        .arg(maxTextBytes / 1024));
    if (part == Part::EmailSubject && !TextRules::isSingleLine(text)) {
        qsizetype at = 0;
        while (at < text.size() && TextRules::isSingleLine(text.mid(at, 1)))
            ++at;
        return fail({}, 1, int(at) + 1, tr("a subject holds one line only."));
    }
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'\n') {
            ++line;
            lineStart = int(i) + 1;
            ++i;
            continue;
        }
        if (!(text.at(i) == u'{' && i + 1 < text.size() && text.at(i + 1) == u'{')) {
            ++i;
            continue;
        }
        const int tagLine = line;
        const int tagColumn = int(i) - lineStart + 1;
        const qsizetype close = text.indexOf(QStringLiteral("}}"), i + 2);
        if (close < 0)
            return fail({}, tagLine, tagColumn,
                        tr("a field opened with « {{ » is never closed with « }} »."));
        QString inner = text.mid(i + 2, close - i - 2);
        // Line numbers keep counting inside a tag that spans lines.
        for (qsizetype k = i; k < close; ++k) {
            if (text.at(k) == u'\n') {
                ++line;
                lineStart = int(k) + 1;
            }
        }
        i = close + 2;
        if (inner.startsWith(u'!'))
            continue; // a comment
        if (inner.startsWith(u'{') || inner.startsWith(u'&'))
            return fail({}, tagLine, tagColumn,
                        tr("unescaped fields (« {{{ » or « {{& ») are not allowed: "
                           "a value could change the letter's layout."));
        if (inner.startsWith(u'>') || inner.startsWith(u'='))
            return fail({}, tagLine, tagColumn,
                        tr("partials and changed delimiters are not supported."));
        QChar sigil;
        if (inner.startsWith(u'#') || inner.startsWith(u'^') || inner.startsWith(u'/')) {
            sigil = inner.at(0);
            inner = inner.mid(1);
        }
        const QString name = inner.trimmed();
        if (name.isEmpty())
            return fail({}, tagLine, tagColumn, tr("a field has no name."));
        const bool insideItems = std::any_of(open.cbegin(), open.cend(), [](const OpenSection& s) {
            return s.name == QLatin1String("items");
        });
        if (sigil == u'/') {
            if (open.isEmpty())
                return fail(name, tagLine, tagColumn,
                            tr("« {{/%1}} » closes a section that was never opened.").arg(name));
            if (open.last().name != name)
                return fail(name, tagLine, tagColumn,
                            tr("« {{/%1}} » closes a section while « %2 » (line %3, column "
                               "%4) is still open.")
                                .arg(name, open.last().name)
                                .arg(open.last().line)
                                .arg(open.last().column));
            open.removeLast();
            continue;
        }
        const MergeField* f = MergeFields::find(name);
        if (!f && insideItems)
            f = MergeFields::findItemField(name);
        if (!f) {
            if (MergeFields::findItemField(name))
                return fail(
                    name, tagLine, tagColumn,
                    tr("the field « %1 » exists only inside {{#items}}…{{/items}}.").arg(name));
            return fail(name, tagLine, tagColumn, tr("unknown field « %1 ».").arg(name));
        }
        const bool isSection = !sigil.isNull();
        const bool sectionKind =
            f->kind == MergeField::Kind::Flag || f->kind == MergeField::Kind::List;
        const bool schedule = name == MergeFields::scheduleTableMarker();
        if (isSection && f->kind == MergeField::Kind::Marker)
            return fail(name, tagLine, tagColumn,
                        schedule
                            ? tr("« %1 » is the table of the payment plan's schedule, not a "
                                 "section.")
                                  .arg(name)
                            : tr("« %1 » is the table of unpaid items, not a section.").arg(name));
        if (!isSection && sectionKind)
            return fail(name, tagLine, tagColumn,
                        tr("« %1 » is a section: write {{#%1}}…{{/%1}}.").arg(name));
        if (f->kind == MergeField::Kind::Marker) {
            if (part != Part::LetterBody)
                return fail(name, tagLine, tagColumn,
                            schedule ? tr("the payment plan's schedule can only be placed in the "
                                          "letter body.")
                                     : tr("the table of unpaid items can only be placed in the "
                                          "letter body; list the items with "
                                          "{{#items}}…{{/items}} here."));
            if (!open.isEmpty())
                return fail(name, tagLine, tagColumn,
                            schedule ? tr("the payment plan's schedule cannot be inside a section.")
                                     : tr("the table of unpaid items cannot be inside a section."));
            if (placed.contains(name))
                return fail(name, tagLine, tagColumn,
                            schedule ? tr("the payment plan's schedule can be placed only once.")
                                     : tr("the table of unpaid items can be placed only once."));
            placed << name;
        }
        if (isSection) {
            if (open.size() >= maxSectionDepth)
                return fail(name, tagLine, tagColumn,
                            tr("sections are nested more than %1 deep; close some before "
                               "opening « %2 ».")
                                .arg(maxSectionDepth)
                                .arg(name));
            open << OpenSection{name, tagLine, tagColumn};
        }
    }
    if (!open.isEmpty()) {
        const OpenSection& s = open.last();
        return fail(s.name, s.line, s.column,
                    tr("the section « %1 » is never closed (add {{/%1}}).").arg(s.name));
    }
    // Whatever our scanner accepts, the engine that will merge must accept too.
    mustache engine(utf8(text));
    if (!engine.is_valid())
        return fail({}, 1, 1, QString::fromStdString(engine.error_message()));
    return std::nullopt;
}

Status TemplateEngine::validate(const LetterTemplate& t)
{
    if (t.name.trimmed().isEmpty())
        return Status::failure(tr("The template has no name: give it one."));
    if (!TextRules::isSingleLine(t.name))
        return Status::failure(
            tr("The template's name « %1 » holds a line break: keep it on one line.")
                .arg(t.name.simplified()));
    if (t.language != QLatin1String("fr") && t.language != QLatin1String("en"))
        return Status::failure(
            tr("The template's language « %1 » is not supported: choose fr or en.")
                .arg(t.language));
    if (t.body.trimmed().isEmpty())
        return Status::failure(tr("The letter body of « %1 » is empty.").arg(t.name));
    const std::pair<const QString*, Part> parts[] = {{&t.body, Part::LetterBody},
                                                     {&t.emailSubject, Part::EmailSubject},
                                                     {&t.emailBody, Part::EmailBody}};
    for (const auto& [text, part] : parts) {
        if (auto error = check(*text, part))
            return Status::failure(
                tr("The template « %1 » cannot be saved. %2").arg(t.name, error->message));
    }
    return {};
}

QString TemplateEngine::render(const QString& text, const MergeData& input, Part part)
{
    // A run merges the same few templates thousands of times: parse each
    // once per thread (the parsed form is not shared between threads).
    thread_local std::map<std::pair<QString, int>, std::unique_ptr<mustache>> parsed;
    auto& slot = parsed[{text, int(part)}];
    if (!slot) {
        if (parsed.size() > 64) {
            parsed.clear();
            return render(text, input, part);
        }
        slot = std::make_unique<mustache>(utf8(text));
        if (part != Part::LetterBody)
            slot->set_custom_escape([](const std::string& s) { return s; });
    }
    mustache& engine = *slot;
    const std::string out = engine.render(buildData(input, part == Part::LetterBody));
    QString result = QString::fromStdString(out);
    if (part == Part::EmailSubject)
        result = result.simplified();
    return result;
}

TemplateEngine::SplitBody TemplateEngine::renderBody(const QString& text, const MergeData& data)
{
    const QString merged = render(text, data, Part::LetterBody);
    SplitBody split;
    const qsizetype items = merged.indexOf(tableSentinel);
    const qsizetype schedule = merged.indexOf(scheduleSentinel);
    if (items < 0 && schedule < 0) {
        split.before = merged;
        return split;
    }
    // The first table is whichever marker comes first in the merged text.
    const bool itemsFirst = schedule < 0 || (items >= 0 && items < schedule);
    const qsizetype first = itemsFirst ? items : schedule;
    const qsizetype second = itemsFirst ? schedule : items;
    split.hasTable = true;
    split.table = itemsFirst ? LetterTable::UnpaidItems : LetterTable::PlanSchedule;
    split.before = merged.left(first);
    if (second < 0) {
        split.after = merged.mid(first + 1);
        return split;
    }
    split.after = merged.mid(first + 1, second - first - 1);
    split.hasSecondTable = true;
    split.afterSecond = merged.mid(second + 1);
    return split;
}

void TemplateEngine::place(const SplitBody& body, LetterContent& letter)
{
    letter.bodyBeforeTable = body.before;
    letter.bodyAfterTable = body.after;
    letter.showTable = body.hasTable;
    letter.firstTable = body.table;
    letter.showSecondTable = body.hasSecondTable;
    letter.bodyAfterSecondTable = body.afterSecond;
}
