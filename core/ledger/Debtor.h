#pragma once

#include "Account.h"
#include "AccountPosition.h"

// An account with what it owes: what the planner decides on.
struct Debtor
{
    Account account;
    AccountPosition position;
};
