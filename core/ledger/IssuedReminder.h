#pragma once

#include <QDate>

// What the episode needs to know of a reminder already issued to an account.
struct IssuedReminder
{
    QDate date;    // the as-of date of the run that issued it
    int level = 0; // the level's position in the program
    int repeat = 0;
};
