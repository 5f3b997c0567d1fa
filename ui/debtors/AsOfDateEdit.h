#pragma once

#include <QDateEdit>

// The « Au » (as of) date of the debtor list. A date picked in the calendar
// or typed and confirmed (Enter, leaving the field) is one dateChanged(),
// never one per digit typed. Text that is not a date is not silently
// replaced by the previous date: problemChanged() says what was typed.
class AsOfDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit AsOfDateEdit(QWidget* parent = nullptr);

    // The sentence about the last text typed that was not a date (empty
    // when the last one was read).
    QString problem() const { return m_problem; }

signals:
    void problemChanged(const QString& problem);

private:
    void checkTyped();

    QString m_typed; // the text as the user last typed it
    bool m_edited = false;
    QString m_problem;
};
