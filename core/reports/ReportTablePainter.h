#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class ReportCanvas;

// One column of a report's table: its heading, its share of the column's
// width (the shares of a table are scaled to the full width) and how its
// cells align (amounts and counts to the right).
struct ReportColumn
{
    QString title;
    double share = 1;
    bool alignRight = false;
};

// A table of text laid into a ReportCanvas, in the letters' style (a grey
// heading row, thin rules): its heading row is repeated at the top of every
// page it spans and never stays alone at the bottom of one. Cells too long
// for their column are shortened with « … ».
namespace ReportTablePainter {
// `total`, when not empty, is a last row set in bold.
void add(ReportCanvas& canvas, const QList<ReportColumn>& columns, const QList<QStringList>& rows,
         const QStringList& total = {});
// The height of one row, for keeping a heading with a table's first rows.
double rowHeight(const ReportCanvas& canvas);
} // namespace ReportTablePainter
