// `payment-plan create|sign|list|show|letter` (recovery-path.md « Command line »).
// The rules are PaymentPlans'; this file reads arguments and words answers.
#include "CliContext.h"
#include "letters/LetterPdf.h"
#include "recovery/PaymentPlans.h"
#include "recovery/PlanAgreementLetter.h"
#include "storage/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

QJsonValue dateOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString amount(Money m)
{
    return m.toPlainString();
}

// The spec's object of `payment-plan show --json`, every key present.
QJsonObject planJson(const PaymentPlans::Followed& f, bool withInstalments)
{
    QJsonObject o{{QStringLiteral("ref"), f.ref},
                  {QStringLiteral("created"), f.plan.created.toString(Qt::ISODate)},
                  {QStringLiteral("debt"), amount(f.plan.debt)},
                  {QStringLiteral("state"), PlanStates::toKey(f.status.state)},
                  {QStringLiteral("late_since"), dateOrNull(f.status.lateSince)},
                  {QStringLiteral("broken_on"), dateOrNull(f.status.brokenOn)},
                  {QStringLiteral("allowed"), amount(f.status.allowed)}};
    if (withInstalments) {
        QJsonArray instalments;
        for (const Instalment& i : f.plan.schedule())
            instalments.append(QJsonObject{{QStringLiteral("due"), i.due.toString(Qt::ISODate)},
                                           {QStringLiteral("amount"), amount(i.amount)}});
        o.insert(QStringLiteral("instalments"), instalments);
    }
    return o;
}

QString stateLabel(PlanState state)
{
    switch (state) {
    case PlanState::Respected:
        return CliContext::tr("respected");
    case PlanState::Late:
        return CliContext::tr("late");
    case PlanState::Broken:
        return CliContext::tr("broken");
    case PlanState::Completed:
        return CliContext::tr("completed");
    }
    return {};
}

void printJson(CliContext& ctx, const QJsonObject& o)
{
    ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    ctx.out().flush();
}

void addAsOf(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("as-of"),
                      CliContext::tr("The date of the computation (default: today)."),
                      CliContext::tr("YYYY-MM-DD")});
}

bool parseDay(CliContext& ctx, const QString& text, QDate* day, int* exitCode)
{
    *day = QDate::fromString(text, Qt::ISODate);
    if (day->isValid() && text.size() == 10)
        return true;
    *exitCode =
        ctx.usageError(CliContext::tr("“%1” is not a date: write it as YYYY-MM-DD.").arg(text));
    return false;
}

} // namespace

int runPaymentPlanCreate(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption instalments(QStringLiteral("instalments"),
                                         CliContext::tr("How many monthly instalments (1 to 36; "
                                                        "36 for the CAF's default plan)."),
                                         CliContext::tr("N"));
    const QCommandLineOption first(QStringLiteral("first"),
                                   CliContext::tr("The date of the first instalment; the others "
                                                  "fall on the same day of the following months."),
                                   CliContext::tr("YYYY-MM-DD"));
    const QCommandLineOption debt(QStringLiteral("debt"),
                                  CliContext::tr("The debt to spread (default: the overdue "
                                                 "amount on the plan's date)."),
                                  CliContext::tr("amount"));
    parser.addOptions({instalments, first, debt});
    addAsOf(parser);
    parser.addPositionalArgument(QStringLiteral("REF"), CliContext::tr("The account."));
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Creates a payment plan for an account; prints its number."),
                   &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(instalments) ||
        !parser.isSet(first))
        return ctx.usageError(
            CliContext::tr("payment-plan create takes the account, --instalments and --first, "
                           "e.g. payment-plan create LOC0042 --instalments 12 --first "
                           "2026-12-10."));
    PaymentPlans::Request request;
    request.ref = parser.positionalArguments().first();
    if (!ctx.parseDate(parser, QStringLiteral("as-of"), &request.asOf, &exitCode))
        return exitCode;
    if (!parseDay(ctx, parser.value(first), &request.firstDue, &exitCode))
        return exitCode;
    bool ok = false;
    request.instalments = parser.value(instalments).toInt(&ok);
    if (!ok)
        return ctx.fail(ExitBadInput,
                        CliContext::tr("--instalments takes a number from 1 to 36, not “%1”.")
                            .arg(parser.value(instalments)));
    if (parser.isSet(debt)) {
        QString error;
        request.debt = Money::parse(parser.value(debt), &error);
        if (!request.debt)
            return ctx.fail(
                ExitBadInput,
                CliContext::tr("--debt: “%1” is not an amount. %2").arg(parser.value(debt), error));
    }
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    auto plan = PaymentPlans(*db).create(request, Database::currentUserName());
    if (!plan)
        return ctx.fail(ExitBadInput,
                        CliContext::tr("No payment plan was created: %1").arg(plan.error()));
    const QLocale locale;
    ctx.err() << CliContext::tr("Payment plan for %1: %2 in %n monthly instalment(s) from %3.",
                                nullptr, plan->instalments)
                     .arg(request.ref, plan->debt.toLocaleString(locale),
                          locale.toString(plan->firstDue, QLocale::ShortFormat))
              << u'\n';
    ctx.err().flush();
    ctx.out() << plan->id << u'\n';
    ctx.out().flush();
    return ExitSuccess;
}

int runPaymentPlanSign(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("REF"), CliContext::tr("The account."));
    parser.addPositionalArgument(QStringLiteral("DATE"),
                                 CliContext::tr("The day the agreement was signed (YYYY-MM-DD)."));
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Records an account's payment plan as signed: the debt is "
                                  "acknowledged, which restarts its prescription."),
                   &exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usageError(CliContext::tr("payment-plan sign takes the account and the date, "
                                             "e.g. payment-plan sign LOC0042 2026-12-01."));
    QDate date;
    if (!parseDay(ctx, args.at(1), &date, &exitCode))
        return exitCode;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    auto plan = PaymentPlans(*db).sign(args.at(0), date, Database::currentUserName());
    if (!plan)
        return ctx.fail(ExitBadInput, plan.error());
    ctx.err() << CliContext::tr("The payment plan of %1 is signed; the acknowledgment of the debt "
                                "is in its case file.")
                     .arg(args.at(0))
              << u'\n';
    ctx.err().flush();
    return ExitSuccess;
}

int runPaymentPlanShow(CliContext& ctx)
{
    QCommandLineParser parser;
    addAsOf(parser);
    parser.addOption({QStringLiteral("json"), CliContext::tr("Writes JSON to standard output.")});
    parser.addPositionalArgument(QStringLiteral("REF"), CliContext::tr("The account."));
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Shows an account's payment plan as of a date: its state and "
                                  "its instalments."),
                   &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return ctx.usageError(CliContext::tr("payment-plan show takes the account, e.g. "
                                             "payment-plan show LOC0042."));
    QDate asOf;
    if (!ctx.parseDate(parser, QStringLiteral("as-of"), &asOf, &exitCode))
        return exitCode;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    auto f = PaymentPlans(*db).show(parser.positionalArguments().first(), asOf);
    if (!f)
        return ctx.fail(ExitBadInput, f.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(ctx, planJson(*f, true));
        return ExitSuccess;
    }
    const QLocale locale;
    QTextStream& out = ctx.out();
    out << CliContext::tr("%1 (%2): payment plan of %3, %4 in %n instalment(s): %5.", nullptr,
                          f->plan.instalments)
               .arg(f->ref, f->name, locale.toString(f->plan.created, QLocale::ShortFormat),
                    f->plan.debt.toLocaleString(locale), stateLabel(f->status.state))
        << u'\n';
    if (f->status.lateSince.isValid())
        out << CliContext::tr("Late since %1.")
                   .arg(locale.toString(f->status.lateSince, QLocale::ShortFormat))
            << u'\n';
    if (f->status.brokenOn.isValid())
        out << CliContext::tr("Broken on %1: reminders resume.")
                   .arg(locale.toString(f->status.brokenOn, QLocale::ShortFormat))
            << u'\n';
    out << CliContext::tr("Still allowed to owe on %1: %2; overdue: %3.")
               .arg(locale.toString(asOf, QLocale::ShortFormat),
                    f->status.allowed.toLocaleString(locale),
                    f->status.overdue.toLocaleString(locale))
        << u'\n';
    for (const Instalment& i : f->plan.schedule())
        out << u"  " << locale.toString(i.due, QLocale::ShortFormat) << u"  "
            << i.amount.toLocaleString(locale) << u'\n';
    out.flush();
    return ExitSuccess;
}

int runPaymentPlanList(CliContext& ctx)
{
    QCommandLineParser parser;
    addAsOf(parser);
    parser.addOption({QStringLiteral("json"), CliContext::tr("Writes JSON to standard output.")});
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser, CliContext::tr("Lists the payment plans and their state, as of a date."),
                   &exitCode))
        return exitCode;
    QDate asOf;
    if (!ctx.parseDate(parser, QStringLiteral("as-of"), &asOf, &exitCode))
        return exitCode;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    auto plans = PaymentPlans(*db).list(asOf);
    if (!plans)
        return ctx.fail(ExitBadInput, plans.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const PaymentPlans::Followed& f : std::as_const(*plans)) {
            QJsonObject o = planJson(f, false);
            // A plan that ended (broken or completed) expects nothing more.
            const auto next = f.status.holds() ? f.plan.nextFrom(asOf) : std::nullopt;
            o.insert(QStringLiteral("next_due"),
                     next ? QJsonValue(next->due.toString(Qt::ISODate)) : QJsonValue());
            o.insert(QStringLiteral("next_amount"),
                     next ? QJsonValue(amount(next->amount)) : QJsonValue());
            o.insert(QStringLiteral("behind"), amount(f.status.behind()));
            list.append(o);
        }
        printJson(ctx, QJsonObject{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                                   {QStringLiteral("plans"), list}});
        return ExitSuccess;
    }
    const QLocale locale;
    QTextStream& out = ctx.out();
    out << CliContext::tr("Payment plans as of %1: %n", nullptr, int(plans->size()))
               .arg(locale.toString(asOf, QLocale::ShortFormat))
        << u'\n';
    for (const PaymentPlans::Followed& f : std::as_const(*plans))
        out << f.ref.leftJustified(10, u' ', true) << u' ' << f.name.leftJustified(24, u' ', true)
            << u' ' << locale.toString(f.plan.created, QLocale::ShortFormat) << u' '
            << f.plan.debt.toLocaleString(locale).rightJustified(14) << u' '
            << stateLabel(f.status.state) << u'\n';
    out.flush();
    return ExitSuccess;
}

int runPaymentPlanLetter(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), CliContext::tr("The PDF to write."),
                                 CliContext::tr("FILE.pdf"));
    parser.addOption(out);
    parser.addOption({QStringLiteral("date"),
                      CliContext::tr("The date of the letter (default: today)."),
                      CliContext::tr("YYYY-MM-DD")});
    parser.addPositionalArgument(QStringLiteral("REF"), CliContext::tr("The account."));
    int exitCode = ExitSuccess;
    if (!ctx.parse(parser,
                   CliContext::tr("Writes the agreement letter of an account's payment plan as "
                                  "PDF, to be signed in two copies. Records nothing."),
                   &exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !parser.isSet(out) || parser.value(out).isEmpty())
        return ctx.usageError(CliContext::tr("payment-plan letter takes the account and --out, "
                                             "e.g. payment-plan letter LOC0042 --out plan.pdf."));
    QDate date;
    if (!ctx.parseDate(parser, QStringLiteral("date"), &date, &exitCode))
        return exitCode;
    auto db = ctx.openDatabase(parser);
    if (!db)
        return ExitBadInput;
    auto letter = PlanAgreementLetter::forAccount(*db, args.at(0), date);
    if (!letter)
        return ctx.fail(ExitBadInput, letter.error());
    auto window = SettingsRepository::envelopeWindow(*db);
    if (!window)
        return ctx.fail(ExitBadInput, window.error());
    if (Status s = LetterPdf::write({*letter}, *window, parser.value(out), letter->title, true); !s)
        return ctx.fail(ExitBadInput, s.error());
    ctx.err() << CliContext::tr("%1 written. Once both copies are signed, record it: "
                                "payment-plan sign %2 DATE")
                     .arg(parser.value(out), args.at(0))
              << u'\n';
    ctx.err().flush();
    return ExitSuccess;
}
