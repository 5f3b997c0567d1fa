#include "RunService.h"

#include "AutomationCalendar.h"
#include "Plan.h"
#include "Planner.h"
#include "ReminderDraft.h"
#include "letters/TemplateEngine.h"
#include "mail/MailQueue.h"
#include "storage/AccountRepository.h"
#include "storage/AutomationRepository.h"
#include "storage/Database.h"
#include "storage/FeeInvoiceRepository.h"
#include "storage/ReminderRepository.h"
#include "storage/RunRepository.h"
#include "storage/TemplateRepository.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

Result<RunOutcome> RunService::run(const RunOptions& options) const
{
    if (!options.asOf.isValid())
        return Result<RunOutcome>::failure(tr("A run needs a valid as-of date."));
    if (options.manual && options.accountRefs.isEmpty())
        return Result<RunOutcome>::failure(
            tr("A manual reminder names its accounts: choose the accounts to remind."));
    RunOutcome outcome;
    Status s;
    // Writers queue on both engines (Database::write), so a race makes the
    // second run wait; should a server still cancel the loser with a
    // serialization error, planning again sees the winner's reminders.
    for (int attempt = 0; attempt < 3; ++attempt) {
        s = m_db.write([&](QSqlDatabase& conn) -> Status {
            outcome = RunOutcome();
            return runIn(conn, options, outcome);
        });
        if (s || s.kind() != ErrorKind::Conflict)
            break;
    }
    if (!s)
        return Result<RunOutcome>::failure(s.error());
    return outcome;
}

Status RunService::runIn(QSqlDatabase& conn, const RunOptions& options, RunOutcome& outcome) const
{
    const QString month = AutomationCalendar::monthKey(options.asOf);
    if (options.levelId > 0) {
        // The month is claimed first, before anything is planned or written:
        // another run-due that ran this level while we waited for the lock
        // (or races us on PostgreSQL) makes this one stop here, cleanly.
        auto claimed = AutomationRepository::claimIn(conn, options.levelId, month, 0, options.asOf);
        if (!claimed)
            return Status::failure(claimed.error());
        if (!*claimed) {
            outcome.automationAlreadyRan = true;
            return {};
        }
    }

    // Unknown refs are a mistake of the caller: say which, issue nothing.
    QSet<QString> wanted;
    for (const QString& ref : options.accountRefs) {
        auto account = AccountRepository(m_db).byRef(ref);
        if (!account)
            return Status::failure(account.error());
        wanted.insert(ref);
    }

    // Planned inside the transaction, on this connection: what we record is
    // what the plan shows now, not what it showed before the lock.
    auto plan = Planner::build(m_db, options.asOf);
    if (!plan)
        return Status::failure(plan.error());

    RunRecord run;
    run.asOf = options.asOf;
    run.userName = options.userName;
    run.mode = options.mode;
    run.optionsJson =
        QString::fromUtf8(QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact));

    if (plan->warnings.contains(QStringLiteral("stale_ledger")) && !options.force) {
        outcome.status = RunStatus::Refused;
        outcome.refusalReason = QStringLiteral("stale_ledger");
        outcome.message =
            tr("The ledger looks stale: no payment was posted in the days before %1, so "
               "payments may not have been imported. Import the latest ledger, or confirm that "
               "the run should go ahead anyway.")
                .arg(QLocale().toString(options.asOf, QLocale::ShortFormat));
        if (options.mode != RunMode::Automated)
            return {}; // a person is told at once; nothing to record
        if (options.levelId > 0) {
            // A refused run does not count: the next run-due tries again.
            if (Status s = AutomationRepository::releaseIn(conn, options.levelId, month); !s)
                return s;
        }
        run.status = RunStatus::Refused;
        run.refusalReason = outcome.refusalReason;
        auto id = RunRepository::insertIn(conn, run);
        if (!id)
            return Status::failure(id.error());
        outcome.runId = *id;
        return Database::audit(conn, QStringLiteral("refuse"), QStringLiteral("run"),
                               QString::number(*id), outcome.refusalReason);
    }

    // What will be recorded, decided before anything is written: the
    // templates of these reminders are checked first, so a template that
    // cannot be merged stops the run with nothing recorded.
    // In the order the outcome lists them (a refusal keeps its place).
    struct ToRecord
    {
        const PlannedReminder* planned = nullptr; // null: `refusal` instead
        bool manual = false;
        QString overriddenReason;
        RunNotIssued refusal;
    };
    QList<ToRecord> toRecord;
    QSet<QString> handled;
    for (const PlannedReminder& planned : plan->reminders) {
        if (!wanted.isEmpty() && !wanted.contains(planned.ref))
            continue;
        if (options.levelId > 0 && planned.levelSettings.id != options.levelId)
            continue;
        handled.insert(planned.ref);
        toRecord << ToRecord{&planned, false, {}, {}};
    }

    // The accounts the user named that the plan does not issue to.
    QStringList rest(wanted.begin(), wanted.end());
    std::sort(rest.begin(), rest.end(), &Planner::refLess);
    for (const QString& ref : rest) {
        if (handled.contains(ref))
            continue;
        const PlanSkip* skip = plan->skipFor(ref);
        if (!skip) {
            toRecord << ToRecord{
                nullptr,
                false,
                {},
                RunNotIssued{
                    ref, QStringLiteral("not_a_debtor"),
                    tr("%1 owes nothing overdue as of %2: no reminder.")
                        .arg(ref, QLocale().toString(options.asOf, QLocale::ShortFormat))}};
            continue;
        }
        if (!options.manual || !skip->reason.overridable() || !skip->manual) {
            QString message = skip->reason.label();
            if (options.manual && !skip->reason.overridable())
                message = tr("%1: %2 This cannot be overridden.").arg(ref, message);
            else
                message = tr("%1: %2").arg(ref, message);
            RunNotIssued notIssued{ref, skip->reason.key(), message};
            notIssued.overridable = !options.manual && skip->reason.overridable();
            toRecord << ToRecord{nullptr, false, {}, notIssued};
            continue;
        }
        toRecord << ToRecord{&*skip->manual, true, skip->reason.key(), {}};
    }

    QSet<QString> checked;
    for (const ToRecord& r : std::as_const(toRecord))
        if (r.planned)
            if (Status s = checkTemplate(conn, options, *r.planned, checked); !s)
                return s;

    auto runId = RunRepository::insertIn(conn, run);
    if (!runId)
        return Status::failure(runId.error());
    outcome.runId = *runId;
    for (const ToRecord& r : std::as_const(toRecord)) {
        if (!r.planned) {
            outcome.notIssued << r.refusal;
            continue;
        }
        if (Status s =
                recordIn(conn, options, *r.planned, *runId, r.manual, r.overriddenReason, outcome);
            !s)
            return s;
    }
    for (RunIssued& i : outcome.issued)
        if (const DebtorPaymentPlan* p = plan->paymentPlanFor(i.accountId))
            i.paymentPlan = p->status;

    QList<int> levels;
    for (const RunIssued& i : outcome.issued)
        levels << i.level;
    if (options.levelId > 0 && options.levelPosition > 0)
        levels << options.levelPosition; // an automated run ran its level, issued or not
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    if (Status s = RunRepository::setLevelsIn(conn, *runId, levels); !s)
        return s;

    if (options.levelId > 0) {
        if (Status s = AutomationRepository::attachRunIn(conn, options.levelId, month, *runId); !s)
            return s;
    }

    const bool anyEmail =
        std::any_of(outcome.issued.begin(), outcome.issued.end(), [](const RunIssued& i) {
            return i.channels.contains(QStringLiteral("email"));
        });
    // The e-mails are queued in the transaction that records their
    // reminders, so a run is never recorded without its messages (exactly
    // once, even after kill -9). Merging their texts here is bounded: every
    // template was checked above, before the lock, and the engine caps depth
    // and size; the letters, the slow part, are drawn after the commit.
    if (options.queueEmails && anyEmail) {
        auto report = MailQueue::queueRunIn(conn, *runId);
        if (!report)
            return Status::failure(report.error());
        outcome.emailsQueued = report->queued;
        outcome.emailProblems = report->refused;
    }

    return Database::audit(conn, QStringLiteral("run"), QStringLiteral("run"),
                           QString::number(*runId),
                           QStringLiteral("%1 reminder(s) as of %2")
                               .arg(outcome.issued.size())
                               .arg(options.asOf.toString(Qt::ISODate)));
}

Status RunService::checkTemplate(QSqlDatabase& conn, const RunOptions& options,
                                 const PlannedReminder& planned, QSet<QString>& checked) const
{
    const QString language = planned.account.language == QLatin1String("en")
                                 ? planned.account.language
                                 : QStringLiteral("fr");
    qint64 templateId = 0;
    if (!options.templateName.isEmpty()) {
        auto id = ReminderRepository::templateIdIn(conn, planned.levelSettings.id,
                                                   options.templateName, language);
        if (!id)
            return Status::failure(id.error());
        templateId = *id;
    }
    const QString key = QString::number(templateId) + u'/' +
                        QString::number(planned.levelSettings.id) + u'/' + language;
    if (checked.contains(key))
        return {};
    checked.insert(key);
    auto chosen =
        TemplateRepository::forReminderIn(conn, templateId, planned.levelSettings.id, language);
    if (!chosen)
        return Status::failure(chosen.error());
    if (!chosen->has_value())
        return {}; // the letters say so when they are produced; the e-mails use plain texts
    // Checking is scanning, not merging: it is bounded, and no letter is
    // drawn while this transaction holds the write lock.
    const LetterTemplate& t = **chosen;
    const std::pair<const QString*, TemplateEngine::Part> parts[] = {
        {&t.body, TemplateEngine::Part::LetterBody},
        {&t.emailSubject, TemplateEngine::Part::EmailSubject},
        {&t.emailBody, TemplateEngine::Part::EmailBody}};
    for (const auto& [text, part] : parts)
        if (auto error = TemplateEngine::check(*text, part))
            return Status::failure(
                tr("Nothing was recorded: the template « %1 » of the level « %2 » cannot be "
                   "merged. %3 Correct it in « Levels and templates », then run again.")
                    .arg(t.name, planned.levelName, error->message));
    return {};
}

Status RunService::recordIn(QSqlDatabase& conn, const RunOptions& options,
                            const PlannedReminder& planned, qint64 runId, bool manual,
                            const QString& overriddenReason, RunOutcome& outcome) const
{
    const bool byLetter = planned.channels.contains(QStringLiteral("letter"));
    ReminderRecord r = ReminderDraft::record(planned, options);
    r.runId = runId;
    r.manual = manual;
    r.overriddenReason = overriddenReason;
    if (!options.templateName.isEmpty()) {
        auto templateId = ReminderRepository::templateIdIn(
            conn, planned.levelSettings.id, options.templateName, planned.account.language);
        if (!templateId)
            return Status::failure(templateId.error());
        r.templateId = *templateId;
    }

    auto id = ReminderRepository::insertIn(conn, r);
    if (!id)
        return Status::failure(id.error());
    if (!*id) {
        // Another run issued this level of this episode first: exactly once.
        outcome.notIssued << RunNotIssued{
            planned.ref, QStringLiteral("already_issued"),
            tr("%1: level %2 was already issued in this arrears period.")
                .arg(planned.ref)
                .arg(planned.level)};
        return {};
    }

    RunIssued issued;
    issued.reminderId = **id;
    issued.accountId = planned.accountId;
    issued.ref = planned.ref;
    issued.level = planned.level;
    issued.levelName = planned.levelName;
    issued.repeat = planned.repeat;
    issued.overdue = planned.overdue;
    issued.manual = manual;
    issued.overriddenReason = overriddenReason;
    issued.recipients = planned.recipients;
    issued.channels = planned.channels;
    issued.fee = planned.fee;

    if (byLetter) {
        QList<ReminderLetter> letters = ReminderDraft::letters(planned);
        for (ReminderLetter& l : letters) {
            l.reminderId = **id;
            l.state = options.letterState;
            auto letterId = ReminderRepository::insertLetterIn(conn, l);
            if (!letterId)
                return Status::failure(letterId.error());
            ++issued.letters;
        }
    }

    if (planned.fee.isPositive()) {
        FeeInvoice invoice;
        invoice.reminderId = **id;
        invoice.accountId = planned.accountId;
        invoice.date = options.asOf;
        invoice.amount = planned.fee;
        invoice.supplierAccount = planned.levelSettings.feeSupplierAccount;
        invoice.expenseAccount = planned.levelSettings.feeExpenseAccount;
        invoice.state = planned.levelSettings.feeAutoValidate ? FeeInvoiceState::Validated
                                                              : FeeInvoiceState::Draft;
        auto created = FeeInvoiceRepository::createIn(
            conn, invoice, tr("Reminder fee: %1").arg(planned.levelName));
        if (!created)
            return Status::failure(created.error());
        issued.feeInvoiceNumber = created->number;
    }
    outcome.issued << issued;
    return {};
}
