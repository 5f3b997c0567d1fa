#include "OwnerStatementLoader.h"

#include "ReportWords.h"
#include "letters/LetterFormat.h"
#include "recovery/DeadlineService.h"
#include "recovery/RecoveryLabels.h"
#include "reminders/Planner.h"
#include "storage/AgencyRepository.h"
#include "storage/OwnerRepository.h"
#include "storage/ReminderRepository.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace {

QString nextStep(const Plan& plan, const DeadlineReport& deadlines, const Debtor& d,
                 const OwnerStatementWords& w, const QString& language)
{
    if (const PlannedReminder* r = plan.reminderFor(d.account.ref))
        return w.nextLevel.arg(r->level).arg(r->levelName);
    if (const auto next = deadlines.nextFor(d.account.id)) {
        const Deadline& dl = next->deadline;
        const QString when = LetterFormat::shortDate(dl.due, language);
        return (dl.status == DeadlineStatus::Late ? w.lateDeadline : w.nextDeadline)
            .arg(RecoveryLabels::deadline(dl.kind), when);
    }
    if (const PlanSkip* skip = plan.skipFor(d.account.ref)) {
        QString why = skip->reason.label();
        while (why.endsWith(u'.'))
            why.chop(1);
        return w.waiting.arg(why);
    }
    return {};
}

} // namespace

Result<OwnerStatements> OwnerStatementLoader::load(QDate asOf, const QString& language) const
{
    using R = Result<OwnerStatements>;
    OwnerStatements result;
    result.asOf = asOf;
    result.language = language;
    auto agency = AgencyRepository(m_db).load();
    if (!agency)
        return R::failure(agency.kind(), agency.error());
    result.agency = *agency;
    auto owners = OwnerRepository(m_db).all();
    if (!owners)
        return R::failure(owners.kind(), owners.error());
    if (owners->isEmpty())
        return result;

    // The debtors and the simulation, read once.
    QList<Debtor> debtors;
    auto plan = Planner::build(m_db, asOf, &debtors);
    if (!plan)
        return R::failure(plan.kind(), plan.error());
    QHash<QString, QList<const Debtor*>> byOwner;
    QHash<qint64, const Debtor*> byAccount;
    for (const Debtor& d : std::as_const(debtors)) {
        if (!d.position.isDebtor() || d.account.ownerRef.isEmpty())
            continue;
        byOwner[d.account.ownerRef] << &d;
        byAccount.insert(d.account.id, &d);
    }
    if (byOwner.isEmpty())
        return result;

    auto deadlines = DeadlineService(m_db).report(asOf);
    if (!deadlines)
        return R::failure(deadlines.kind(), deadlines.error());
    // The reminders of each debtor's current arrears period (its episode).
    auto reminders = ReminderRepository(m_db).all();
    if (!reminders)
        return R::failure(reminders.kind(), reminders.error());
    QHash<qint64, QList<StatementReminder>> sent;
    for (const ReminderRecord& r : std::as_const(*reminders)) {
        const Debtor* d = byAccount.value(r.accountId, nullptr);
        if (!d || r.date > asOf || r.episodeStart != d->position.episodeStart)
            continue;
        sent[r.accountId] << StatementReminder{r.date, r.levelPosition, r.levelName};
    }

    const OwnerStatementWords& w = ReportWords::owners(language);
    for (const Owner& owner : std::as_const(*owners)) {
        const auto it = byOwner.constFind(owner.ref);
        if (it == byOwner.constEnd())
            continue;
        OwnerStatement s;
        s.owner = owner;
        s.asOf = asOf;
        for (const Debtor* d : *it) {
            StatementTenant t;
            t.accountId = d->account.id;
            t.ref = d->account.ref;
            t.name = d->account.name;
            t.property = d->account.property;
            t.overdue = d->position.overdue;
            t.daysInArrears = d->position.daysInArrears;
            t.reminders = sent.value(d->account.id);
            std::stable_sort(t.reminders.begin(), t.reminders.end(),
                             [](const StatementReminder& a, const StatementReminder& b) {
                                 return a.date < b.date || (a.date == b.date && a.level < b.level);
                             });
            t.nextStep = nextStep(*plan, *deadlines, *d, w, language);
            s.total += t.overdue;
            s.tenants << t;
        }
        std::stable_sort(s.tenants.begin(), s.tenants.end(),
                         [](const StatementTenant& a, const StatementTenant& b) {
                             return Planner::refLess(a.ref, b.ref);
                         });
        result.statements << s;
    }
    return result;
}
