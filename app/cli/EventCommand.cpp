// `event add|list|cancel`: the case file of recovery-path.md from the command
// line. The rules are CaseFile's; this file only reads arguments and words
// the answers.
#include "CliContext.h"
#include "recovery/CaseFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString kindList()
{
    QStringList keys;
    for (int k = int(CaseEventKind::CafReported); k <= int(CaseEventKind::Note); ++k)
        keys << CaseEventKeys::toKey(CaseEventKind(k));
    return keys.join(QStringLiteral(", "));
}

} // namespace

int runEventAdd(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption note(QStringLiteral("note"), CliContext::tr("A note kept with it."),
                                  CliContext::tr("text"));
    const QCommandLineOption file(QStringLiteral("file"),
                                  CliContext::tr("A PDF kept with it (e.g. the CAF's receipt)."),
                                  CliContext::tr("file.pdf"));
    parser.addOption(note);
    parser.addOption(file);
    parser.addPositionalArgument(QStringLiteral("REF"), CliContext::tr("The account."));
    parser.addPositionalArgument(QStringLiteral("KIND"), CliContext::tr("What happened."));
    parser.addPositionalArgument(QStringLiteral("DATE"), CliContext::tr("When (YYYY-MM-DD)."));
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Records an event in an account's case file; prints its "
                                  "number. Kinds: %1.")
                       .arg(kindList()),
                   &exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return ctx.usageError(
            CliContext::tr("event add takes the account, the kind and the date, e.g. event add "
                           "LOC0042 caf_reported 2026-11-15."));
    CaseEvent event;
    const auto kind = CaseEventKeys::fromKey(args.at(1));
    if (!kind)
        return ctx.usageError(CliContext::tr("“%1” is not a kind of event; write one of %2.")
                                  .arg(args.at(1), kindList()));
    event.kind = *kind;
    event.date = QDate::fromString(args.at(2), Qt::ISODate);
    if (!event.date.isValid() || args.at(2).size() != 10)
        return ctx.usageError(
            CliContext::tr("“%1” is not a date: write it as YYYY-MM-DD.").arg(args.at(2)));
    event.note = parser.value(note);
    if (parser.isSet(file)) {
        const QString path = parser.value(file);
        QFile f(path);
        const QFileInfo info(path);
        if (!info.isFile() || info.size() > CaseFile::maxDocumentBytes ||
            !f.open(QIODevice::ReadOnly))
            return ctx.fail(ExitBadInput,
                            CliContext::tr("Cannot read %1 (missing, not a file, or larger than "
                                           "%2 MB); nothing was recorded.")
                                .arg(path)
                                .arg(CaseFile::maxDocumentBytes / (1024 * 1024)));
        event.document = f.readAll();
        event.documentName = info.fileName();
    }
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    auto id = CaseFile(*db).record(args.at(0), event, Database::currentUserName());
    if (!id)
        return ctx.fail(ExitBadInput, CliContext::tr("Nothing was recorded: %1").arg(id.error()));
    if (CaseFile::setsLitigation(event.kind))
        ctx.err() << CliContext::tr("%1 is now in litigation: reminders stop. Clear the flag in "
                                    "the account form if that is not wanted.")
                         .arg(args.at(0))
                  << u'\n';
    ctx.out() << *id << u'\n';
    ctx.out().flush();
    ctx.err().flush();
    return ExitSuccess;
}

int runEventList(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliContext::tr("Writes JSON on standard output."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("REF"), CliContext::tr("The account."));
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser, CliContext::tr("Lists an account's case file, oldest first."),
                   &exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return ctx.usageError(CliContext::tr("event list takes the account, e.g. event list "
                                             "LOC0042."));
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    auto events = CaseFile(*db).events(args.at(0));
    if (!events)
        return ctx.fail(ExitBadInput, events.error());
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const CaseEvent& e : *events)
            list.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("kind"), CaseEventKeys::toKey(e.kind)},
                                    {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                                    {QStringLiteral("note"), e.note},
                                    {QStringLiteral("user"), e.userName},
                                    {QStringLiteral("document"), e.documentName.isEmpty()
                                                                     ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(e.documentName)},
                                    {QStringLiteral("cancelled"), e.cancelled}});
        ctx.out() << QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QStringLiteral("ref"), args.at(0)}, {QStringLiteral("events"), list}})
                .toJson(QJsonDocument::Indented));
    } else {
        const QLocale locale;
        for (const CaseEvent& e : *events) {
            QString line = QStringLiteral("%1  %2  %3  %4")
                               .arg(e.id)
                               .arg(locale.toString(e.date, QLocale::ShortFormat),
                                    CaseEventKeys::toKey(e.kind), e.userName);
            if (!e.documentName.isEmpty())
                line += QStringLiteral("  [%1]").arg(e.documentName);
            if (e.cancelled)
                line += u"  " + CliContext::tr("(cancelled by %1)").arg(e.cancelledBy);
            if (!e.note.isEmpty())
                line += QStringLiteral("  ") + e.note.simplified();
            ctx.out() << line << u'\n';
        }
        if (events->isEmpty())
            ctx.err() << CliContext::tr("The case file of %1 is empty.").arg(args.at(0)) << u'\n';
    }
    ctx.out().flush();
    ctx.err().flush();
    return ExitSuccess;
}

int runEventCancel(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), CliContext::tr("The event's number."));
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Cancels an event of a case file: it is kept, marked "
                                  "cancelled, and counts for nothing."),
                   &exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const qint64 id = args.value(0).toLongLong(&ok);
    if (args.size() != 1 || !ok || id <= 0)
        return ctx.usageError(CliContext::tr("event cancel takes the event's number, as event "
                                             "list shows it."));
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    if (Status s = CaseFile(*db).cancel(id, Database::currentUserName()); !s)
        return ctx.fail(ExitBadInput, s.error());
    ctx.err() << CliContext::tr("Event %1 cancelled.").arg(id) << u'\n';
    ctx.err().flush();
    return ExitSuccess;
}
