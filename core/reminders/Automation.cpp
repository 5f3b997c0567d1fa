#include "Automation.h"

#include "AutomationCalendar.h"
#include "RunService.h"
#include "storage/AutomationRepository.h"
#include "storage/ProgramRepository.h"

#include <algorithm>

Result<AutomationReport> Automation::runDue(const Database& db, const QDate& today, bool force,
                                            const QString& userName)
{
    using R = Result<AutomationReport>;
    auto programs = ProgramRepository(db).all();
    if (!programs)
        return R::failure(programs.error());

    AutomationReport report;
    report.today = today;
    for (const Program& p : *programs)
        for (const Level& l : p.levels)
            if (l.automationEnabled) {
                AutomationLevelRun run;
                run.levelId = l.id;
                run.programName = p.name;
                run.position = l.position;
                run.levelName = l.name;
                run.dueDate =
                    AutomationCalendar::dueDate(l.automationDay, today.year(), today.month());
                report.levels << run;
            }
    // Ascending automation order; ties keep program then level order.
    QHash<qint64, int> order;
    for (const Program& p : *programs)
        for (const Level& l : p.levels)
            order.insert(l.id, l.automationOrder);
    std::stable_sort(report.levels.begin(), report.levels.end(),
                     [&](const AutomationLevelRun& a, const AutomationLevelRun& b) {
                         return order.value(a.levelId) < order.value(b.levelId);
                     });

    AutomationRepository automation(db);
    const QString month = AutomationCalendar::monthKey(today);
    for (AutomationLevelRun& level : report.levels) {
        auto ran = automation.hasRun(level.levelId, month);
        if (!ran)
            return R::failure(ran.error());
        if (today < level.dueDate || *ran)
            continue;
        RunOptions options;
        options.asOf = today;
        options.force = force;
        options.userName = userName;
        options.mode = RunMode::Automated;
        options.levelId = level.levelId;
        options.levelPosition = level.position;
        auto outcome = RunService(db).run(options);
        if (!outcome)
            return R::failure(outcome.error());
        if (outcome->automationAlreadyRan)
            continue; // another run-due took it while we were deciding
        level.due = true;
        level.outcome = *outcome;
        if (outcome->status == RunStatus::Refused)
            report.refused = true;
        report.issued += int(outcome->issued.size());
    }
    return report;
}
