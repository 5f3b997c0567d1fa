#pragma once

#include "TestSupport.h"

// A small agency on a real SQLite file, made with relance-cli, whose
// figures as of 30 November 2026 are computed by hand:
//
//   LOC0001 Mme Alice Arnaud   1 013,50 € due 5 Nov. 2026       0-30 days
//   LOC0002 M. Bruno Bernard   3 × 800,00 € from 5 Sept. 2026   61-90 days
//   LOC0003 Mme Chloé Colin    9 × 500,00 € from 5 March 2026   181+ days
//   LOC0004 M. David Durand    always paid                      no debt
//
// Total overdue 7 913,50 € (3 debtors); a month before (30 Oct.) 5 600,00 €
// (2 debtors: Arnaud's rent was not due yet).
struct ReportAgency
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("agency.sqlite"));

    ReportAgency();
    TestSupport::CliResult
    cli(QStringList args,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) const;
    std::unique_ptr<Database> open() const;
};
