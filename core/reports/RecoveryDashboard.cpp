#include "RecoveryDashboard.h"

#include "RecoveryFiguresBuilder.h"
#include "recovery/DeadlineService.h"
#include "recovery/PaymentPlans.h"
#include "storage/LedgerStream.h"
#include "storage/ProgramRepository.h"
#include "storage/ReminderRepository.h"

#include <QHash>

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

    LedgerStream stream(m_db);
    auto total = stream.accountCount();
    if (!total)
        return R::failure(total.kind(), total.error());
    qsizetype done = 0;
    const QList<IssuedReminder> none;
    const Status read =
        stream.forEachAccount(asOf, [&](qint64 accountId, const QList<LedgerEntry>& entries) {
            const auto it = reminders.constFind(accountId);
            builder.add(entries, it == reminders.constEnd() ? none : *it);
            ++done;
            return !progress || done % 256 != 0 || progress(done, *total);
        });
    if (!read)
        return R::failure(read.kind(), read.error());

    RecoveryFigures figures = builder.figures();
    auto deadlines = DeadlineService(m_db).report(asOf);
    if (!deadlines)
        return R::failure(deadlines.kind(), deadlines.error());
    figures.lateDeadlines = deadlines->lateCount();
    auto plans = PaymentPlans(m_db).list(asOf);
    if (!plans)
        return R::failure(plans.kind(), plans.error());
    // An account's plan in force is its latest: a broken plan replaced by a
    // new agreement no longer counts.
    QHash<QString, PlanState> current;
    for (const PaymentPlans::Followed& p : std::as_const(*plans))
        current.insert(p.ref, p.status.state);
    for (PlanState state : std::as_const(current)) {
        if (state == PlanState::Late)
            ++figures.latePlans;
        else if (state == PlanState::Broken)
            ++figures.brokenPlans;
    }
    if (progress && !progress(*total, *total))
        return R::failure(ErrorKind::Cancelled, tr("Stopped before the end."));
    return figures;
}
