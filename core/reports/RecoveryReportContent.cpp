#include "RecoveryReportContent.h"

#include "reminders/Planner.h"
#include "storage/AgencyRepository.h"
#include "storage/PositionLoader.h"
#include "storage/ProgramRepository.h"

#include <QHash>

#include <algorithm>

Result<RecoveryReportContent>
RecoveryReportLoader::load(const Database& db, QDate asOf, QDate from, const QString& language,
                           const RecoveryDashboard::Progress& progress)
{
    auto figures = RecoveryDashboard(db).compute(asOf, from, progress);
    if (!figures)
        return Result<RecoveryReportContent>::failure(figures.kind(), figures.error());
    return load(db, *figures, language);
}

Result<RecoveryReportContent> RecoveryReportLoader::load(const Database& db,
                                                         const RecoveryFigures& figures,
                                                         const QString& language)
{
    using R = Result<RecoveryReportContent>;
    const QDate asOf = figures.asOf;
    RecoveryReportContent content;
    content.language = language;
    content.figures = figures;
    auto agency = AgencyRepository(db).load();
    if (!agency)
        return R::failure(agency.kind(), agency.error());
    content.agency = *agency;
    auto debtors = PositionLoader(db).debtors(asOf);
    if (!debtors)
        return R::failure(debtors.kind(), debtors.error());
    // A level's name comes from the account's program: the global one or
    // its own.
    auto programs = ProgramRepository(db).all();
    if (!programs)
        return R::failure(programs.kind(), programs.error());
    QHash<qint64, const Program*> byId;
    const Program* global = nullptr;
    for (const Program& p : std::as_const(*programs)) {
        byId.insert(p.id, &p);
        if (p.isGlobal)
            global = &p;
    }
    for (const Debtor& d : std::as_const(*debtors)) {
        ReportDebtor row;
        row.ref = d.account.ref;
        row.name = d.account.name;
        row.overdue = d.position.overdue;
        row.daysInArrears = d.position.daysInArrears;
        row.lastLevel = d.position.lastLevel;
        const Program* program = d.account.programMode == ProgramMode::Custom
                                     ? byId.value(d.account.programId, nullptr)
                                     : global;
        if (program && row.lastLevel > 0)
            if (const Level* level = program->level(row.lastLevel))
                row.lastLevelName = level->name;
        content.debtors << row;
    }
    std::stable_sort(content.debtors.begin(), content.debtors.end(),
                     [](const ReportDebtor& a, const ReportDebtor& b) {
                         return Planner::refLess(a.ref, b.ref);
                     });
    return content;
}
