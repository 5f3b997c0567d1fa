#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A filter set from elsewhere (the dashboard) shown where the user sees the
// list, so that a shorter list explains itself: « Days in arrears: 31–60
// days ✕ ». The cross removes it.
class FilterChip : public QFrame
{
    Q_OBJECT

public:
    FilterChip(const QString& objectName, QWidget* parent = nullptr);

    QString text() const;
    // Shows the chip with this text; empty hides it.
    void setText(const QString& text);
    QToolButton* removeButton() const { return m_remove; }

signals:
    void removed();

private:
    QLabel* m_label = nullptr;
    QToolButton* m_remove = nullptr;
};
