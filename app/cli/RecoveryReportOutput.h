#pragma once

#include "reports/RecoveryFigures.h"

#include <QString>

class CliContext;
class Database;

// `report recovery --out FILE.pdf`: the monthly recovery report as PDF
// around the figures the command computed, in the language of the command
// line (--lang, else the system's). Says on stderr what it wrote; returns
// the command's exit code.
int writeRecoveryReportPdf(CliContext& ctx, const Database& db, const RecoveryFigures& figures,
                           const QString& path);
