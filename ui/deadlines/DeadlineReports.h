#pragma once

#include "recovery/DeadlineReport.h"
#include "util/Result.h"

#include <QDate>
#include <QMap>
#include <QObject>

#include <memory>
#include <optional>
#include <utility>

class BackgroundTask;
class Database;

// The deadline reports the desktop shows (DeadlineService::report), each
// computed once per as-of date and window, off the GUI thread: on 20,000
// accounts a report reads every debtor's ledger. The Échéances screen, the
// late count of the navigation list, the Debtors screen's next deadline and
// the list shown at start all ask here, so the same date is read once.
// Anything that changes the database drops what was computed (invalidate).
class DeadlineReports : public QObject
{
    Q_OBJECT

public:
    using Report = std::shared_ptr<const DeadlineReport>;

    explicit DeadlineReports(QObject* parent = nullptr);
    // Waits for the work under way: the database must outlive it.
    ~DeadlineReports() override;

    // Null before the database closes: the work under way ends first.
    void setDatabase(const Database* db);
    // The report if it was computed since the last change, else null.
    Report cached(QDate asOf, std::optional<int> withinDays = std::nullopt) const;
    // The report when it is known; otherwise null, and `ready` (or
    // `failed`) comes when it is.
    Report request(QDate asOf, std::optional<int> withinDays = std::nullopt);
    // The database changed: what was computed is dropped, and `invalidated`
    // tells the screens to ask again.
    void invalidate();
    bool isBusy() const { return !m_running.isEmpty(); }
    // Tests: processes events until no work is under way (false on time-out).
    bool waitUntilIdle(int timeoutMs = 60000);

signals:
    // Its asOf and withinDays say which request it answers.
    void ready(DeadlineReports::Report report);
    void failed(QDate asOf, std::optional<int> withinDays, const QString& error);
    void invalidated();

private:
    using Key = std::pair<QDate, int>; // window −1: none
    struct Running
    {
        BackgroundTask* task = nullptr;
        int generation = 0;
    };
    static Key keyOf(QDate asOf, std::optional<int> withinDays);
    void start(const Key& key);
    void finish(const Key& key, Result<DeadlineReport> result, int generation);
    void stopAll();

    const Database* m_db = nullptr;
    int m_generation = 0;
    QMap<Key, Report> m_cache;
    QMap<Key, Running> m_running;
};
