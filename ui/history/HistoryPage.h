#pragma once

#include "common/DatabaseView.h"
#include "util/Result.h"

#include <QWidget>

class HistoryView;
class OutboxView;
class QTabWidget;

// The History section: every reminder issued with its letters, e-mails, fee
// and tracking number (« Reminders »), and the e-mail outbox where failed and
// uncertain messages are dealt with (« E-mail outbox »).
class HistoryPage : public QWidget, public DatabaseView
{
    Q_OBJECT

public:
    enum Tab
    {
        RemindersTab,
        OutboxTab
    };

    explicit HistoryPage(QWidget* parent = nullptr);
    ~HistoryPage() override;

    void setDatabase(const Database* db) override;
    void saveViewState() const override;
    // Reads the reminders and the outbox again.
    Status reload();

    HistoryView* historyView() const { return m_history; }
    OutboxView* outboxView() const { return m_outbox; }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    Status reloadHistory();
    void updateOutboxTabTitle();

    const Database* m_db = nullptr;
    QTabWidget* m_tabs = nullptr;
    HistoryView* m_history = nullptr;
    OutboxView* m_outbox = nullptr;
};
