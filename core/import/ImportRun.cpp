#include "ImportRun.h"

#include "storage/Database.h"

void ImportRun::run(const Database& db, const ImportOptions& options, ImportReport& report,
                    const std::function<Status(QSqlDatabase& conn, bool inTransaction)>& run)
{
    Status s;
    if (options.dryRun) {
        QSqlDatabase conn = db.connection();
        s = run(conn, false);
    } else {
        s = db.write([&](QSqlDatabase& conn) { return run(conn, true); });
    }
    if (s.ok())
        report.written = true;
    else if (report.errors.isEmpty() && !report.cancelled && !options.dryRun)
        report.addError(0, {}, s.error());
    report.sortByLine();
    if (options.progress && report.ok())
        options.progress(100);
}
