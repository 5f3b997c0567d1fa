#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QMenu;
class QToolButton;

// The « Au » (as of) date of the debtor list: a text field and a calendar.
// A date picked in the calendar, or typed and confirmed (Enter, leaving the
// field), is one dateChanged(), never one per digit typed.
//
// Not a QDateEdit: its validator refuses every keystroke that does not fit
// its sections (« abc », or anything typed over the whole selected date), so
// the user types and nothing happens, and it puts the previous date back
// without a word. Here anything may be typed; what cannot be read as a date
// is reported by problemChanged() and the previous date stays.
class AsOfDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit AsOfDateEdit(QWidget* parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(QDate date);
    // How dates are shown and typed (the locale's short format, four-digit year).
    QString displayFormat() const { return m_format; }
    QCalendarWidget* calendarWidget() const { return m_calendar; }
    QLineEdit* lineEdit() const { return m_text; }

    // The sentence about the last text typed that was not a date (empty
    // when the last one was read).
    QString problem() const { return m_problem; }

signals:
    void dateChanged(QDate date);
    void problemChanged(const QString& problem);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void readTyped();
    void pick(QDate date);
    void setProblem(const QString& problem);
    QDate parse(const QString& text) const;

    QDate m_date;
    QString m_format;
    QLineEdit* m_text = nullptr;
    QToolButton* m_button = nullptr;
    QMenu* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QString m_problem;
};
