#include "CliContext.h"
#include "mail/OutboxState.h"
#include "reminders/CodeLabels.h"
#include "reminders/History.h"

#include <QJsonDocument>

int runHistory(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption account(QStringLiteral("account"),
                                     CliContext::tr("Only this account's reminders."),
                                     CliContext::tr("ref"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CliContext::tr("Writes JSON on standard output."));
    parser.addOption(account);
    parser.addOption(json);
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Lists the reminders issued, with their date, level, amount, "
                                  "channels and the state of their letters and e-mails."),
                   &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(CliContext::tr("history takes no arguments besides its options."));
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    auto entries = History::load(*db, parser.value(account));
    if (!entries)
        return ctx.fail(ExitBadInput, entries.error());

    if (parser.isSet(json)) {
        ctx.out() << QString::fromUtf8(
                         QJsonDocument(History::toJson(*entries)).toJson(QJsonDocument::Indented))
                  << Qt::flush;
        return ExitSuccess;
    }
    const QLocale locale;
    for (const HistoryEntry& e : *entries) {
        QString level = e.levelName;
        if (e.repeat > 0)
            level += CliContext::tr(" (repeat %1)").arg(e.repeat);
        QStringList states;
        if (e.letter)
            states << CliContext::tr("letter: %1").arg(LetterStates::label(*e.letter));
        if (!e.email.isEmpty()) {
            const auto state = OutboxStates::fromKey(e.email);
            states
                << CliContext::tr("e-mail: %1").arg(state ? OutboxStates::label(*state) : e.email);
        }
        if (!e.tracking.isEmpty())
            states << CliContext::tr("tracking %1").arg(e.tracking);
        if (e.manual)
            states << (e.overriddenReason.isEmpty()
                           ? CliContext::tr("manual")
                           : CliContext::tr("manual (despite: %1)")
                                 .arg(CodeLabels::overridden(e.overriddenReason)));
        QStringList channels;
        for (const QString& c : e.channels)
            channels << CodeLabels::channel(c);
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  run %6  %7")
                         .arg(locale.toString(e.date, QLocale::ShortFormat), e.ref, level,
                              e.overdue.toLocaleString(locale), channels.join(u'+'))
                         .arg(e.runId)
                         .arg(states.join(QStringLiteral(", ")))
                  << u'\n';
    }
    if (entries->isEmpty())
        ctx.err() << CliContext::tr("No reminder has been issued yet.") << u'\n';
    ctx.out().flush();
    ctx.err().flush();
    return ExitSuccess;
}
