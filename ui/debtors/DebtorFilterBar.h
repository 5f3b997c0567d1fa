#pragma once

#include "DebtorFilterProxy.h"

#include <QDate>
#include <QMap>
#include <QWidget>

#include <optional>

class AsOfDateEdit;
class FilterChip;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// The top of the Debtors screen: the « as of » date the plan is made for,
// Refresh, and the filters (search, what to show — payment plans among
// it —, level, minimum overdue)
// that the proxy applies without reading the database again. The filters
// the dashboard sets (age in arrears, last level) show below as chips the
// user can remove. What was typed
// in the date and could not be read is said just below it. Where one row
// would leave the search box too little room (a 1024 px screen in French),
// the filters go on a second row.
class DebtorFilterBar : public QWidget
{
    Q_OBJECT

public:
    DebtorFilterBar(DebtorFilterProxy* proxy, QWidget* parent);

    QDate asOf() const;
    void setAsOf(QDate date);
    // Empty unless a date typed could not be read.
    QString dateProblem() const;
    QLineEdit* searchBox() const { return m_search; }
    // The levels the plan met (number → name): the level filter offers
    // them, and keeps the one chosen when it is still there.
    void setLevels(const QMap<int, QString>& levels);
    // While a run works, the date cannot change under it.
    void setDateEnabled(bool enabled);

    // Every filter back to showing all the debtors (search, show, level,
    // minimum, the dashboard's chips).
    void clearFilters();
    void setShow(DebtorFilterProxy::Show show);
    // The dashboard's filters, each shown as a chip; none / 0 removes it.
    void setAgeBucket(std::optional<AgeBucket> bucket);
    void setLastLevel(int level, const QString& name = {});
    // The chips' texts, in order (for tests and screen readers).
    QStringList chipTexts() const;
    // « 31–60 days in arrears »: the chip's words for a bucket.
    static QString ageBucketText(AgeBucket bucket);

    bool usesTwoRows() const { return m_twoRows; }

signals:
    void asOfChanged(QDate date);
    void refreshRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrange(bool twoRows);
    int oneRowWidth() const;

    DebtorFilterProxy* m_proxy;
    QLabel* m_asOfLabel = nullptr;
    QPushButton* m_refresh = nullptr;
    QHBoxLayout* m_first = nullptr;
    QHBoxLayout* m_second = nullptr;
    bool m_twoRows = true; // arranged in one row at the first resize that allows it
    AsOfDateEdit* m_date = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_show = nullptr;
    QComboBox* m_level = nullptr;
    QLineEdit* m_minimum = nullptr;
    QLabel* m_dateProblem = nullptr;
    FilterChip* m_ageChip = nullptr;
    FilterChip* m_lastLevelChip = nullptr;
};
