#include "ImportReport.h"

#include <algorithm>

void ImportReport::addError(int line, const QString& column, const QString& message)
{
    errors.append({line, column, message});
}

void ImportReport::addWarning(int line, const QString& column, const QString& message)
{
    warnings.append({line, column, message});
}

void ImportReport::sortByLine()
{
    const auto byLine = [](const ImportIssue& a, const ImportIssue& b) {
        return a.line < b.line;
    };
    std::stable_sort(errors.begin(), errors.end(), byLine);
    std::stable_sort(warnings.begin(), warnings.end(), byLine);
}

QString ImportReport::format(const ImportIssue& issue) const
{
    QString text = fileName;
    if (issue.line > 0)
        text += u':' + QString::number(issue.line);
    text += QLatin1String(": ");
    if (!issue.column.isEmpty())
        text += issue.column + QLatin1String(": ");
    return text + issue.message;
}

QStringList ImportReport::errorLines() const
{
    QStringList lines;
    lines.reserve(errors.size());
    for (const ImportIssue& issue : errors)
        lines.append(format(issue));
    return lines;
}

QStringList ImportReport::warningLines() const
{
    QStringList lines;
    lines.reserve(warnings.size());
    for (const ImportIssue& issue : warnings)
        lines.append(format(issue));
    return lines;
}

int ImportReport::fecSkippedTotal() const
{
    int total = 0;
    for (const int n : fecSkipped)
        total += n;
    return total;
}

QString ImportReport::summary() const
{
    if (cancelled)
        return fileName + QLatin1String(": ") + tr("cancelled, nothing was written");
    // Counts of a refused file would read as if something had been done.
    if (!errors.isEmpty())
        return fileName + QLatin1String(": ") +
               tr("%n error(s), nothing was written", nullptr, int(errors.size()));
    QString counts;
    if (kind == Kind::Fec) {
        QStringList classes;
        for (auto it = fecSkipped.cbegin(); it != fecSkipped.cend(); ++it)
            classes.append(tr("class %1: %2").arg(it.key()).arg(it.value()));
        // Counts after a colon: no plural forms to keep in step.
        counts = tr("tenant lines: %1 (%2 added, %3 replaced, %4 unchanged)")
                     .arg(fecTenantLines)
                     .arg(added)
                     .arg(replaced)
                     .arg(unchanged);
        if (!fecAccountsCreated.isEmpty())
            counts += tr("; accounts created: %1").arg(fecAccountsCreated.size());
        if (fecSkippedTotal() > 0)
            counts += tr("; other lines skipped: %1 (%2)")
                          .arg(fecSkippedTotal())
                          .arg(classes.join(QLatin1String(", ")));
    } else if (kind == Kind::Accounts)
        counts = tr("%1 added, %2 updated, %3 unchanged").arg(added).arg(updated).arg(unchanged);
    else
        counts = tr("%1 added, %2 replaced, %3 unchanged").arg(added).arg(replaced).arg(unchanged);
    QString text = fileName + QLatin1String(": ") + counts;
    if (ownersAdded > 0 || ownersUpdated > 0)
        text += tr("; owners: %1 added, %2 updated").arg(ownersAdded).arg(ownersUpdated);
    if (dryRun)
        text += tr(" (dry run: nothing was written)");
    return text;
}
