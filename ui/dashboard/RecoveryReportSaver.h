#pragma once

#include "reports/RecoveryFigures.h"

#include <QObject>
#include <QString>

class BackgroundTask;
class Database;
class QWidget;

// The dashboard's « Recovery report (PDF)… »: asks where to save the
// monthly recovery report of the figures shown, writes it off the GUI
// thread (RecoveryReportLoader around those figures, RecoveryReportPdf: the
// same report as `relance-cli report recovery --out`), then offers to open
// it. One report at a time.
class RecoveryReportSaver : public QObject
{
    Q_OBJECT

public:
    explicit RecoveryReportSaver(QWidget* parent);
    // Waits for the report under way: the database must outlive it.
    ~RecoveryReportSaver() override;

    // Null before the database closes: the work under way ends first.
    void setDatabase(const Database* db);
    // Asks for a file, then writes the report of `figures` into it.
    void save(const RecoveryFigures& figures);
    bool isBusy() const { return m_task != nullptr; }
    // Tests: processes events until no work is under way (false on time-out).
    bool waitUntilIdle(int timeoutMs = 60000);

    // « rapport-recouvrement-2026-11-30.pdf »
    static QString suggestedFileName(QDate asOf);

signals:
    void busyChanged(bool busy);
    // The report is written (`pages` A4 pages).
    void saved(const QString& path, int pages);

private:
    void write(const RecoveryFigures& figures, const QString& path);
    void stop();

    QWidget* m_parent = nullptr;
    const Database* m_db = nullptr;
    BackgroundTask* m_task = nullptr;
};
