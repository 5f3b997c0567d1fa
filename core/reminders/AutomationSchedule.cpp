#include "AutomationSchedule.h"

#include "AutomationCalendar.h"
#include "ProgramEditor.h"
#include "storage/AutomationRepository.h"
#include "storage/ProgramRepository.h"

Result<QList<AutomationLevel>> AutomationSchedule::levels(const Database& db, const QDate& today)
{
    using R = Result<QList<AutomationLevel>>;
    auto programs = ProgramRepository(db).all();
    if (!programs)
        return R::failure(programs.error());
    AutomationRepository runs(db);
    const QString month = AutomationCalendar::monthKey(today);
    QList<AutomationLevel> list;
    for (const Program& p : *programs)
        for (const Level& l : p.levels) {
            AutomationLevel a;
            a.levelId = l.id;
            a.programName = p.name;
            a.position = l.position;
            a.levelName = l.name;
            a.enabled = l.automationEnabled;
            a.order = l.automationOrder;
            a.dayOfMonth = l.automationDay;
            auto ran = runs.hasRun(l.id, month);
            if (!ran)
                return R::failure(ran.error());
            a.ranThisMonth = *ran;
            if (a.enabled)
                a.nextRun = AutomationCalendar::nextRun(a.dayOfMonth, today, a.ranThisMonth);
            list << a;
        }
    return list;
}

Status AutomationSchedule::setAutomation(const Database& db, qint64 levelId, bool enabled,
                                         int dayOfMonth)
{
    if (dayOfMonth < 1 || dayOfMonth > 31)
        return Status::failure(tr("The day of the month must be between 1 and 31 (31 means the "
                                  "last day of every month)."));
    return ProgramEditor(db).setAutomation(levelId, enabled, dayOfMonth);
}
