#pragma once

#include "RecoveryDashboard.h"
#include "RecoveryFigures.h"
#include "letters/AgencyIdentity.h"
#include "money/Money.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// One line of the report's list of debtors.
struct ReportDebtor
{
    QString ref;
    QString name;
    Money overdue;
    int daysInArrears = 0;
    int lastLevel = 0;     // 0: no reminder in the arrears period
    QString lastLevelName; // the level's name in the account's program
};

// Everything the monthly recovery report shows, loaded once: drawing reads
// nothing more.
struct RecoveryReportContent
{
    AgencyIdentity agency;
    RecoveryFigures figures;
    QList<ReportDebtor> debtors; // sorted by ref
    QString language = QStringLiteral("fr");
};

namespace RecoveryReportLoader {
// The figures (RecoveryDashboard), the debtors as of `asOf` (PositionLoader,
// the same list as `debtors`) and the agency, for a report in `language`.
Result<RecoveryReportContent> load(const Database& db, QDate asOf, QDate from,
                                   const QString& language,
                                   const RecoveryDashboard::Progress& progress = {});
// The same around figures already computed (`report recovery` computes
// them once for its summary, its JSON and its PDF).
Result<RecoveryReportContent> load(const Database& db, const RecoveryFigures& figures,
                                   const QString& language);
} // namespace RecoveryReportLoader
