#pragma once

#include "DeadlineReports.h"
#include "common/DatabaseView.h"

#include <QDate>
#include <QWidget>

#include <optional>

class AsOfDateEdit;
class DeadlineFilterProxy;
class DeadlineTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTableView;
class RecoveryNoticeModel;

// The « Échéances » section (recovery-path.md): every open and late
// deadline of the agency as of a date, late ones first and marked, with
// the kind, the « within N days » window and a search as filters; below,
// the CCAPEX flags and the prescription warnings. Activating a row (double
// click, Enter) asks for the account's form. The report comes from
// DeadlineReports, computed off the GUI thread.
class DeadlinesPage : public QWidget, public DatabaseView
{
    Q_OBJECT

public:
    explicit DeadlinesPage(DeadlineReports* reports, QWidget* parent = nullptr);
    ~DeadlinesPage() override;

    void setDatabase(const Database* db) override;
    void saveViewState() const override;
    void refresh() override;

    QDate asOf() const;
    void setAsOf(QDate date);
    // The window asked for: none, or « due within N days ».
    std::optional<int> withinDays() const;
    void setWithinDays(std::optional<int> days);
    // The report shown is the one asked for (false while it is computed).
    bool isUpToDate() const;

    DeadlineTableModel* model() const { return m_model; }
    DeadlineFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    RecoveryNoticeModel* noticeModel() const { return m_notices; }
    QTableView* noticeTable() const { return m_noticeTable; }
    QComboBox* kindFilter() const { return m_kind; }
    QCheckBox* withinCheck() const { return m_within; }
    QSpinBox* withinSpin() const { return m_withinDays; }
    QLineEdit* searchBox() const { return m_search; }
    // « 12 deadlines, 3 late », or what is being done, or what failed.
    QString summaryText() const;

signals:
    // The user asked to open this account (a row activated).
    void accountRequested(qint64 accountId);

private:
    void buildLayout();
    void request();
    void show(const DeadlineReports::Report& report);
    void updateSummary();

    DeadlineReports* m_reports;
    const Database* m_db = nullptr;
    DeadlineReports::Report m_shown;
    QString m_problem;
    bool m_columnsSized = false;

    DeadlineTableModel* m_model = nullptr;
    DeadlineFilterProxy* m_proxy = nullptr;
    RecoveryNoticeModel* m_notices = nullptr;
    DeadlineFilterProxy* m_noticeProxy = nullptr;
    AsOfDateEdit* m_date = nullptr;
    QLabel* m_dateProblem = nullptr;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_within = nullptr;
    QSpinBox* m_withinDays = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QTableView* m_noticeTable = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_noticeTitle = nullptr;
    QSplitter* m_splitter = nullptr;
};
