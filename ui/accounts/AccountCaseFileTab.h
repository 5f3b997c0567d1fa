#pragma once

#include "reminders/HistoryEntry.h"
#include "util/Result.h"

#include <QDate>
#include <QUrl>
#include <QWidget>

#include <functional>

class CaseDeadlinesBox;
class CaseEventDialog;
class CaseTimelineModel;
class Database;
class QAbstractButton;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

// The account form's « Case file » tab (recovery-path.md « The case file »):
// the account's deadlines as of today, then its timeline, newest first (the
// reminders it was sent and the events the agency recorded, cancelled ones
// kept and marked), and the buttons to record an event, cancel one and open
// or save its document. What may be recorded is CaseFile's rule; the tab
// asks, shows and words the answers. Events are recorded at once, not when
// the form is saved: the case file is a log, not a field of the account.
class AccountCaseFileTab : public QWidget
{
    Q_OBJECT

public:
    // How a document is opened; tests replace it so that nothing is launched.
    using UrlOpener = std::function<bool(const QUrl&)>;

    explicit AccountCaseFileTab(QWidget* parent = nullptr);
    ~AccountCaseFileTab() override;

    // The stored account `ref` (id 0: a new account, whose case file starts
    // once it is saved). Reads its events and deadlines.
    void setAccount(const Database* db, qint64 accountId, const QString& ref);
    // The reminders the account was sent (the form reads them for its
    // History tab already).
    void setReminders(QList<HistoryEntry> reminders);
    // The day the deadlines are computed as of, and the default date of a
    // new event (today; tests set it).
    void setToday(QDate today);
    // Reads the events and the deadlines again; a failure is shown in the tab.
    void reload();

    // Room for actions other screens add beside the case file's own
    // buttons (the hand-off to the commissaire de justice).
    void addActionButton(QAbstractButton* button);
    // Another screen recorded an event (the hand-off): reads the case file
    // again and tells the form, as for an event recorded here.
    void eventRecordedElsewhere(bool setsLitigation);

    CaseTimelineModel* model() const { return m_model; }
    QTableView* timeline() const { return m_timeline; }
    CaseDeadlinesBox* deadlinesBox() const { return m_deadlines; }
    // The « Record an event… » dialog while it is open.
    CaseEventDialog* openEventDialog() const;
    // The recorded event of the current row (0 on a reminder or none).
    qint64 currentEventId() const;
    void selectEvent(qint64 eventId);

    static void setUrlOpener(UrlOpener opener);

public slots:
    void recordEvent();
    void cancelCurrentEvent();
    void openDocument();
    void saveDocumentAs();
    // Writes the current event's document to `path`.
    Status saveDocumentTo(const QString& path);

signals:
    // An event just recorded put the account in litigation (the form ticks
    // its box: saving the form must not untick it).
    void litigationSet();
    // An event was recorded or cancelled.
    void caseFileChanged();

private:
    void updateButtons();
    void showError(const QString& error);
    Result<QByteArray> currentDocument(QString* name) const;

    const Database* m_db = nullptr;
    qint64 m_accountId = 0;
    QString m_ref;
    QDate m_today;

    QLabel* m_newAccount = nullptr;
    QWidget* m_content = nullptr;
    CaseDeadlinesBox* m_deadlines = nullptr;
    CaseTimelineModel* m_model = nullptr;
    QTableView* m_timeline = nullptr;
    QLabel* m_error = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QHBoxLayout* m_actions = nullptr; // addActionButton
    QPushButton* m_record = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_saveAs = nullptr;
};
