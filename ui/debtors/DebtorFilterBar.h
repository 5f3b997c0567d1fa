#pragma once

#include <QDate>
#include <QMap>
#include <QWidget>

class AsOfDateEdit;
class DebtorFilterProxy;
class QComboBox;
class QLabel;
class QLineEdit;

// The top of the Debtors screen: the « as of » date the plan is made for,
// Refresh, and the filters (search, what to show, level, minimum overdue)
// that the proxy applies without reading the database again. What was typed
// in the date and could not be read is said just below it.
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

signals:
    void asOfChanged(QDate date);
    void refreshRequested();

private:
    DebtorFilterProxy* m_proxy;
    AsOfDateEdit* m_date = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_show = nullptr;
    QComboBox* m_level = nullptr;
    QLineEdit* m_minimum = nullptr;
    QLabel* m_dateProblem = nullptr;
};
