#pragma once

#include "money/Money.h"

#include <QDate>
#include <QString>

// One overdue item as a letter lists it (from the reminder's snapshot).
struct UnpaidItem
{
    QString label;
    QDate dueDate;
    Money amount;    // the debit as posted
    Money remaining; // what is still owed on it

    bool operator==(const UnpaidItem&) const = default;
};
