#pragma once

#include "recovery/DeadlineReport.h"

#include <QDialog>

class DeadlineTableModel;
class QTableView;

// Shown once at start when deadlines are late as of today (recovery-path.md,
// « the GUI shows the same list on start when some are late »): the late
// deadlines, and a button to the Échéances screen. Not modal: the user may
// work beside it.
class LateDeadlinesDialog : public QDialog
{
    Q_OBJECT

public:
    // `report`'s late deadlines.
    LateDeadlinesDialog(const DeadlineReport& report, QWidget* parent);

    DeadlineTableModel* model() const { return m_model; }

signals:
    void showDeadlinesRequested();

private:
    DeadlineTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};
