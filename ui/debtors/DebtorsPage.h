#pragma once

#include "common/PlaceholderPage.h"

// The debtors as of a date, their unpaid items and the letters to send. For now a placeholder: the
// screen comes with the reminder engine.
class DebtorsPage : public PlaceholderPage
{
    Q_OBJECT

public:
    explicit DebtorsPage(QWidget* parent = nullptr);
};
