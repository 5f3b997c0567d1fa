#pragma once

#include "reminders/Plan.h"

#include <QDialog>

class AgencyMail;
class Database;
class DebtorTableModel;
class Keychain;
class QLabel;
class QTextBrowser;

// The simulation of a run (workflows.md): what it would issue and why each
// other debtor is skipped, with the warnings first. It can be printed or
// e-mailed to the agency's own address, e.g. before automation is turned on.
class SimulationDialog : public QDialog
{
    Q_OBJECT

public:
    SimulationDialog(const Database& db, const Plan& plan, const DebtorTableModel* debtors,
                     Keychain* keychain, QWidget* parent = nullptr);

    QString html() const { return m_html; }
    AgencyMail* agencyMail() const { return m_mail; }
    // Renders the simulation to PDF and sends it to the agency.
    bool emailToAgency();
    // Writes the simulation as a PDF file (also what is e-mailed).
    bool writePdf(const QString& path) const;

private:
    void print();

    const Database& m_db;
    Plan m_plan;
    QString m_html;
    QString m_agencyEmail;
    QTextBrowser* m_view = nullptr;
    QLabel* m_status = nullptr;
    AgencyMail* m_mail = nullptr;
};
