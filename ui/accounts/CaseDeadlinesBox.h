#pragma once

#include "recovery/Deadline.h"

#include <QDate>
#include <QGroupBox>

class QLabel;
class QTableWidget;

// Above an account's case file: what the recovery path says of it as of
// today (recovery-path.md): its deadlines (late ones marked, done ones shown
// as done; the tooltip says why and names the article or contract), the
// CCAPEX flag, the day the resolutory clause takes effect and the unpaid
// items whose prescription is near. It shows what it is given.
class CaseDeadlinesBox : public QGroupBox
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        SinceColumn,
        DueColumn,
        StatusColumn,
        ColumnCount
    };

    explicit CaseDeadlinesBox(QWidget* parent = nullptr);

    void setView(const RecoveryView& view, QDate asOf);
    // The deadlines could not be read: say so instead.
    void setError(const QString& error);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_ccapex = nullptr;
    QLabel* m_clause = nullptr;
    QLabel* m_prescriptions = nullptr;
    QLabel* m_error = nullptr;
};
