#pragma once

#include "reports/RecoveryFigures.h"

#include <QDate>
#include <QObject>

class BackgroundTask;
class Database;

// Computes the dashboard's figures (RecoveryDashboard::compute) off the GUI
// thread: on 20,000 accounts it reads every ledger, and the window must keep
// answering. One computation at a time: asking again stops the one under
// way, whose figures would be for another date.
class RecoveryFiguresLoader : public QObject
{
    Q_OBJECT

public:
    explicit RecoveryFiguresLoader(QObject* parent = nullptr);
    // Waits for the work under way: the database must outlive it.
    ~RecoveryFiguresLoader() override;

    // Null before the database closes: the work under way ends first.
    void setDatabase(const Database* db);
    void start(QDate asOf, QDate from);
    // The work stops at its next account; `cancelled` comes.
    void cancel();
    bool isBusy() const { return m_task != nullptr; }
    // Tests: processes events until no work is under way (false on time-out).
    bool waitUntilIdle(int timeoutMs = 60000);

signals:
    void progressChanged(int done, int total);
    void ready(const RecoveryFigures& figures);
    void failed(const QString& error);
    void cancelled();

private:
    void stop();

    const Database* m_db = nullptr;
    BackgroundTask* m_task = nullptr;
};
