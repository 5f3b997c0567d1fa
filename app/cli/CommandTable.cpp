#include "CommandTable.h"

#include <QtGlobal>

int runInit(CliContext&);
int runDemo(CliContext&);
int runConfigExport(CliContext&);
int runConfigImport(CliContext&);
int runDebtors(CliContext&);
int runPlan(CliContext&);
int runImportAccounts(CliContext&);
int runImportLedger(CliContext&);
int runImportFec(CliContext&);
int runHistory(CliContext&);
int runRun(CliContext&);
int runRunDue(CliContext&);
int runSmtpSet(CliContext&);
int runSmtpTest(CliContext&);
int runSend(CliContext&);
int runDeadlines(CliContext&);
int runPaymentPlanCreate(CliContext&);
int runPaymentPlanSign(CliContext&);
int runPaymentPlanList(CliContext&);
int runPaymentPlanShow(CliContext&);
int runPaymentPlanLetter(CliContext&);
int runEventAdd(CliContext&);
int runEventList(CliContext&);
int runEventCancel(CliContext&);
int runDossier(CliContext&);
int runReportRecovery(CliContext&);
int runReportOwners(CliContext&);
int runBackup(CliContext&);
int runRestore(CliContext&);
int runMigrateTo(CliContext&);

const std::vector<CliCommand>& cliCommands()
{
    static const std::vector<CliCommand> commands = {
        {QStringLiteral("init"), QT_TRANSLATE_NOOP("CliCommand", "create or migrate the database"),
         &runInit},
        {QStringLiteral("demo"),
         QT_TRANSLATE_NOOP("CliCommand", "fill an empty database with a demo agency"), &runDemo},
        {QStringLiteral("config export"),
         QT_TRANSLATE_NOOP("CliCommand", "write the configuration (never a password) as JSON"),
         &runConfigExport, 1},
        {QStringLiteral("config import"),
         QT_TRANSLATE_NOOP("CliCommand", "replace the configuration with a JSON file"),
         &runConfigImport, 1},
        {QStringLiteral("debtors"),
         QT_TRANSLATE_NOOP("CliCommand", "the accounts with an overdue amount, as of a date"),
         &runDebtors},
        {QStringLiteral("plan"),
         QT_TRANSLATE_NOOP("CliCommand", "the simulation: what a run would issue, and why not"),
         &runPlan},
        {QStringLiteral("import accounts"),
         QT_TRANSLATE_NOOP("CliCommand", "import accounts from a CSV file"), &runImportAccounts, 1},
        {QStringLiteral("import ledger"),
         QT_TRANSLATE_NOOP("CliCommand", "import ledger entries from a CSV file"), &runImportLedger,
         1},
        {QStringLiteral("import fec"),
         QT_TRANSLATE_NOOP("CliCommand", "import ledger entries from the accounting program's FEC"),
         &runImportFec, 1},
        {QStringLiteral("history"),
         QT_TRANSLATE_NOOP("CliCommand", "the reminders issued, per account or for all"),
         &runHistory},
        {QStringLiteral("run"),
         QT_TRANSLATE_NOOP("CliCommand",
                           "issue what the plan shows, record it, produce the letters"),
         &runRun, 1}, // run --resume ID
        {QStringLiteral("run-due"),
         QT_TRANSLATE_NOOP("CliCommand", "the automation: run the automated levels that are due"),
         &runRunDue},
        {QStringLiteral("smtp set"),
         QT_TRANSLATE_NOOP("CliCommand",
                           "the agency's mail server (the password goes to the keyring)"),
         &runSmtpSet},
        {QStringLiteral("smtp test"),
         QT_TRANSLATE_NOOP("CliCommand", "send one test e-mail and show the server's answer"),
         &runSmtpTest},
        {QStringLiteral("send"),
         QT_TRANSLATE_NOOP("CliCommand", "e-mail the pending messages with their letters"),
         &runSend},
        {QStringLiteral("deadlines"),
         QT_TRANSLATE_NOOP("CliCommand",
                           "the recovery deadlines, CCAPEX flags and prescriptions, as of a date"),
         &runDeadlines},
        {QStringLiteral("payment-plan create"),
         QT_TRANSLATE_NOOP("CliCommand", "create a payment plan for an account"),
         &runPaymentPlanCreate, 1},
        {QStringLiteral("payment-plan sign"),
         QT_TRANSLATE_NOOP("CliCommand", "record a payment plan as signed (debt acknowledged)"),
         &runPaymentPlanSign, 2},
        {QStringLiteral("payment-plan list"),
         QT_TRANSLATE_NOOP("CliCommand", "the payment plans and their state, as of a date"),
         &runPaymentPlanList},
        {QStringLiteral("payment-plan show"),
         QT_TRANSLATE_NOOP("CliCommand", "an account's payment plan: state and instalments"),
         &runPaymentPlanShow, 1},
        {QStringLiteral("payment-plan letter"),
         QT_TRANSLATE_NOOP("CliCommand", "a payment plan's agreement letter, as PDF"),
         &runPaymentPlanLetter, 1},
        {QStringLiteral("event add"),
         QT_TRANSLATE_NOOP("CliCommand", "record an event in an account's case file"), &runEventAdd,
         3},
        {QStringLiteral("event list"), QT_TRANSLATE_NOOP("CliCommand", "an account's case file"),
         &runEventList, 1},
        {QStringLiteral("event cancel"),
         QT_TRANSLATE_NOOP("CliCommand", "cancel an event of a case file (it is kept)"),
         &runEventCancel, 1},
        {QStringLiteral("dossier"),
         QT_TRANSLATE_NOOP("CliCommand",
                           "the file handed to the commissaire de justice, as PDF (and CSV)"),
         &runDossier, 1},
        {QStringLiteral("report recovery"),
         QT_TRANSLATE_NOOP("CliCommand", "the agency's recovery figures (dashboard) as of a date"),
         &runReportRecovery},
        {QStringLiteral("report owners"),
         QT_TRANSLATE_NOOP("CliCommand",
                           "the landlords' statements as PDF, and e-mailed to them once"),
         &runReportOwners},
        {QStringLiteral("backup"),
         QT_TRANSLATE_NOOP("CliCommand",
                           "back the database up into a new file (safe while it is in use)"),
         &runBackup, 1},
        {QStringLiteral("restore"),
         QT_TRANSLATE_NOOP("CliCommand", "restore a backup into the new database file of --db"),
         &runRestore, 1},
        {QStringLiteral("migrate-to"),
         QT_TRANSLATE_NOOP("CliCommand",
                           "copy the database file into an empty PostgreSQL database"),
         &runMigrateTo, 1},
    };
    return commands;
}
