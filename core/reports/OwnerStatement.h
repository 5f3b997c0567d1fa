#pragma once

#include "ledger/Owner.h"
#include "letters/AgencyIdentity.h"
#include "money/Money.h"

#include <QDate>
#include <QList>
#include <QString>

// A reminder sent to a tenant in their current arrears period.
struct StatementReminder
{
    QDate date;
    int level = 0;
    QString levelName;
};

// One tenant in arrears on a landlord's statement.
struct StatementTenant
{
    qint64 accountId = 0;
    QString ref;
    QString name;
    QString property; // the lot (Account::property)
    Money overdue;
    int daysInArrears = 0;
    QList<StatementReminder> reminders; // oldest first
    // What comes next, in the statement's language: the level the plan
    // would issue now, or the next recovery deadline, or why it waits.
    QString nextStep;
};

// What one landlord receives as of a date: the arrears of each of their
// tenants who owes anything, and what the agency did and will do.
struct OwnerStatement
{
    Owner owner;
    QDate asOf;
    QList<StatementTenant> tenants; // by ref
    Money total;
};

// The statements of one date, with what every page shows.
struct OwnerStatements
{
    AgencyIdentity agency;
    QDate asOf;
    QString language = QStringLiteral("fr");
    QList<OwnerStatement> statements; // by owner ref; owners with arrears only
};
