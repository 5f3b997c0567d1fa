#include "RecoveryDashboard.h"

#include "RecoveryFiguresBuilder.h"
#include "recovery/DeadlineService.h"
#include "recovery/PlanFollowing.h"
#include "storage/LedgerStream.h"
#include "storage/PaymentPlanRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/RecoverySettingsRepository.h"
#include "storage/ReminderRepository.h"

#include "storage/ThreadConnectionRelease.h"

#include <QHash>

#include <atomic>
#include <limits>
#include <optional>
#include <thread>

QDate RecoveryDashboard::defaultFrom(QDate asOf)
{
    return asOf.addMonths(-12).addDays(1);
}

Result<RecoveryFigures> RecoveryDashboard::compute(QDate asOf, QDate from,
                                                   const Progress& progress) const
{
    using R = Result<RecoveryFigures>;
    if (!asOf.isValid() || !from.isValid() || from > asOf)
        return R::failure(ErrorKind::BadInput,
                          tr("The period must start on or before the date of the figures "
                             "(from %1 to %2).")
                              .arg(from.toString(Qt::ISODate), asOf.toString(Qt::ISODate)));

    RecoveryFiguresBuilder builder(asOf, from);
    // Every level of the global program shows, even with no reminder in the
    // period; the names are those the reminders were issued under.
    auto programs = ProgramRepository(m_db).all();
    if (!programs)
        return R::failure(programs.kind(), programs.error());
    for (const Program& program : std::as_const(*programs))
        if (program.isGlobal)
            for (const Level& level : program.levels)
                builder.nameLevel(level.position, level.name);

    auto issued = ReminderRepository(m_db).issuedBetween(from, asOf);
    if (!issued)
        return R::failure(issued.kind(), issued.error());
    QHash<qint64, QList<IssuedReminder>> reminders;
    for (const ReminderRecord& r : std::as_const(*issued)) {
        reminders[r.accountId].append({r.date, r.levelPosition, r.repeat});
        builder.nameLevel(r.levelPosition, r.levelName);
    }

    // Each account's plan in force (its latest) is followed on the ledger the
    // stream reads anyway: a broken plan replaced by a new agreement no
    // longer counts.
    auto plans = PaymentPlanRepository(m_db).byAccount();
    if (!plans)
        return R::failure(plans.kind(), plans.error());
    auto settings = RecoverySettingsRepository::load(m_db);
    if (!settings)
        return R::failure(settings.kind(), settings.error());

    // The recovery path reads only the debtors, with rules of its own: it
    // runs beside the stream, on a connection of its own.
    std::optional<Result<DeadlineReport>> deadlines;
    std::thread deadlineWorker([this, asOf, &deadlines] {
        const ThreadConnectionRelease release(m_db);
        deadlines = DeadlineService(m_db).report(asOf);
    });
    // Joined on every way out, a failure or a cancellation included.
    struct Join
    {
        std::thread& t;
        ~Join()
        {
            if (t.joinable())
                t.join();
        }
    } join{deadlineWorker};

    LedgerStream stream(m_db);
    auto total = stream.accountCount();
    if (!total)
        return R::failure(total.kind(), total.error());
    // The ledger is read in two halves of the accounts, the upper one on a
    // thread of its own: reading and replaying every account's history is
    // most of the work, and it divides (docs/figures.md « Speed »).
    auto middle = stream.accountAfter(*total / 2);
    if (!middle)
        return R::failure(middle.kind(), middle.error());

    // Each half sums into its own builder and counts its own plans; the
    // progress is reported by this thread only (the GUI's callback is not
    // made for two callers).
    struct Half
    {
        explicit Half(RecoveryFiguresBuilder b)
            : builder(std::move(b))
        {}
        RecoveryFiguresBuilder builder;
        int latePlans = 0;
        int brokenPlans = 0;
        Status read;
    };
    std::atomic<qsizetype> done = 0;
    std::atomic<bool> stop = false;
    const QList<IssuedReminder> none;
    auto readHalf = [&](Half& half, LedgerStream::Range range, bool reports) {
        half.read = LedgerStream(m_db).forEachAccount(
            asOf,
            [&](qint64 accountId, const QList<LedgerEntry>& entries) {
                if (stop.load(std::memory_order_relaxed))
                    return false;
                const auto it = reminders.constFind(accountId);
                half.builder.add(entries, it == reminders.constEnd() ? none : *it);
                if (const auto plan = plans->constFind(accountId); plan != plans->constEnd()) {
                    const auto current =
                        PlanFollowing::current(*plan, entries, asOf, settings->graceDays);
                    if (current && current->second.state == PlanState::Late)
                        ++half.latePlans;
                    else if (current && current->second.state == PlanState::Broken)
                        ++half.brokenPlans;
                }
                const qsizetype n = ++done;
                if (reports && progress && n % 256 == 0 && !progress(n, *total)) {
                    stop = true;
                    return false;
                }
                return true;
            },
            range);
        if (!half.read)
            stop = true; // the other half stops too: the figures are not whole
    };
    Half lower(builder);
    Half upper(RecoveryFiguresBuilder(asOf, from));
    std::thread upperWorker([&] {
        const ThreadConnectionRelease release(m_db);
        readHalf(upper, {*middle, std::numeric_limits<qint64>::max()}, false);
    });
    Join joinUpper{upperWorker};
    readHalf(lower, {std::numeric_limits<qint64>::min(), *middle - 1}, true);
    upperWorker.join();
    for (const Half* half : {&lower, &upper})
        if (!half->read && half->read.kind() != ErrorKind::Cancelled)
            return R::failure(half->read.kind(), half->read.error());
    if (stop)
        return R::failure(ErrorKind::Cancelled, tr("Stopped before the end."));
    lower.builder.merge(upper.builder);
    const int latePlans = lower.latePlans + upper.latePlans;
    const int brokenPlans = lower.brokenPlans + upper.brokenPlans;

    RecoveryFigures figures = lower.builder.figures();
    deadlineWorker.join();
    if (!*deadlines)
        return R::failure(deadlines->kind(), deadlines->error());
    figures.lateDeadlines = (*deadlines)->lateCount();
    figures.latePlans = latePlans;
    figures.brokenPlans = brokenPlans;
    if (progress && !progress(*total, *total))
        return R::failure(ErrorKind::Cancelled, tr("Stopped before the end."));
    return figures;
}
