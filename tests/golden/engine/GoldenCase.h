#pragma once

#include <QString>
#include <QStringList>

// One folder of tests/golden/engine/cases: the data of an agency, the steps
// a user takes (plan, debtors, run, …) and what each step must print.
namespace GoldenCase {

QString casesDir();
QStringList caseNames();
// Runs every step of the case; fails the current Catch2 test on a difference.
// With RELANCE_GOLDEN_UPDATE=1 in the environment, writes the missing or
// different expected files instead (review them before committing).
void run(const QString& name);

} // namespace GoldenCase
