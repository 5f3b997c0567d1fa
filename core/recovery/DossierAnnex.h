#pragma once

#include "DossierContent.h"

#include <QCoreApplication>
#include <QString>

// The pages after the cover letter, as HTML for QTextDocument: the tenant
// and the guarantors, the lease, the month-by-month statement, the
// reminders sent, the case file's events and the list of the letters'
// copies that follow. Every value is escaped.
class DossierAnnex
{
    Q_DECLARE_TR_FUNCTIONS(DossierAnnex)

public:
    static QString html(const DossierContent& dossier);
    // « Dossier LOC0042 – page 2/5 », under every page of the annex.
    static QString footer(const DossierContent& dossier, int page, int pages);
};
