<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccountDialog</name>
    <message numerus="yes">
        <location filename="../ui/accounts/AccountDialog.cpp" line="+358"/>
        <source>%n entry(ies) — total debits %1 — total credits %2 — balance %3</source>
        <translation>
            <numerusform>%n entry — total debits %1 — total credits %2 — balance %3</numerusform>
            <numerusform>%n entries — total debits %1 — total credits %2 — balance %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountValidator</name>
    <message numerus="yes">
        <location filename="../core/ledger/AccountValidator.cpp" line="+86"/>
        <source>%1: at most %n characters.</source>
        <translation>
            <numerusform>%1: at most %n character.</numerusform>
            <numerusform>%1: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <location filename="../ui/accounts/AccountsPage.cpp" line="+336"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n account(s)</source>
        <translation>
            <numerusform>%1 of %n account</numerusform>
            <numerusform>%1 of %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgeingTableModel</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/AgeingTableModel.cpp" line="+52"/>
        <source>%1 in arrears: %2 owed by %n debtor(s). Click to list them.</source>
        <translation>
            <numerusform>%1 in arrears: %2 owed by %n debtor. Click to list them.</numerusform>
            <numerusform>%1 in arrears: %2 owed by %n debtors. Click to list them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message numerus="yes">
        <location filename="../app/cli/DebtorsCommand.cpp" line="+61"/>
        <source>Debtors as of %1: %n account(s)</source>
        <translation>
            <numerusform>Debtors as of %1: %n account</numerusform>
            <numerusform>Debtors as of %1: %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/DemoCommand.cpp" line="+99"/>
        <source>Demo agency created in %1 (seed %2, as of %3): %n account(s), </source>
        <translation>
            <numerusform>Demo agency created in %1 (seed %2, as of %3): %n account, </numerusform>
            <numerusform>Demo agency created in %1 (seed %2, as of %3): %n accounts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 ledger entries, %n debtor(s)</source>
        <translation>
            <numerusform>%1 ledger entries, %n debtor</numerusform>
            <numerusform>%1 ledger entries, %n debtors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n payment plan(s)</source>
        <translation>
            <numerusform>, %n payment plan</numerusform>
            <numerusform>, %n payment plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PlanCommand.cpp" line="+67"/>
        <source>%n reminder(s) would be issued:</source>
        <translation>
            <numerusform>%n reminder would be issued:</numerusform>
            <numerusform>%n reminders would be issued:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n debtor(s) skipped:</source>
        <translation>
            <numerusform>%n debtor skipped:</numerusform>
            <numerusform>%n debtors skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RunCommand.cpp" line="+84"/>
        <source>Run %1: %n letter(s) sent to the printer.</source>
        <translation>
            <numerusform>Run %1: %n letter sent to the printer.</numerusform>
            <numerusform>Run %1: %n letters sent to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Run %1: %n letter(s) written.</source>
        <translation>
            <numerusform>Run %1: %n letter written.</numerusform>
            <numerusform>Run %1: %n letters written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Run %1: %n e-mail(s) queued: send them with “relance-cli send --run %1”.</source>
        <translation>
            <numerusform>Run %1: %n e-mail queued: send it with “relance-cli send --run %1”.</numerusform>
            <numerusform>Run %1: %n e-mails queued: send them with “relance-cli send --run %1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+142"/>
        <source>Run %1: %n reminder(s) issued as of %2.</source>
        <translation>
            <numerusform>Run %1: %n reminder issued as of %2.</numerusform>
            <numerusform>Run %1: %n reminders issued as of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n letter(s) written.</source>
        <translation>
            <numerusform>%n letter written.</numerusform>
            <numerusform>%n letters written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n letter(s) sent to the printer.</source>
        <translation>
            <numerusform>%n letter sent to the printer.</numerusform>
            <numerusform>%n letters sent to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n letter(s) wait in the print batch.</source>
        <translation>
            <numerusform>%n letter waits in the print batch.</numerusform>
            <numerusform>%n letters wait in the print batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n e-mail(s) queued: send them with “relance-cli send --run %1”.</source>
        <translation>
            <numerusform>%n e-mail queued: send it with “relance-cli send --run %1”.</numerusform>
            <numerusform>%n e-mails queued: send them with “relance-cli send --run %1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RunDueCommand.cpp" line="+53"/>
        <location line="+13"/>
        <source>Run %1: %n letter(s) wait in the print batch.</source>
        <translation>
            <numerusform>Run %1: %n letter waits in the print batch.</numerusform>
            <numerusform>Run %1: %n letters wait in the print batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Run %1: %n e-mail(s) stay queued: %2</source>
        <translation>
            <numerusform>Run %1: %n e-mail stays queued: %2</numerusform>
            <numerusform>Run %1: %n e-mails stay queued: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Run %1: %n e-mail(s) sent.</source>
        <translation>
            <numerusform>Run %1: %n e-mail sent.</numerusform>
            <numerusform>Run %1: %n e-mails sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n payment plan(s) became late or broken.</source>
        <translation>
            <numerusform>%n payment plan became late or broken.</numerusform>
            <numerusform>%n payment plans became late or broken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Digest of the recovery deadlines sent to the agency: %n deadline(s) late or due within 7 days.</source>
        <translation>
            <numerusform>Digest of the recovery deadlines sent to the agency: %n deadline late or due within 7 days.</numerusform>
            <numerusform>Digest of the recovery deadlines sent to the agency: %n deadlines late or due within 7 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Digest of the recovery path sent to the agency: %n payment plan(s) became late or broken.</source>
        <translation>
            <numerusform>Digest of the recovery path sent to the agency: %n payment plan became late or broken.</numerusform>
            <numerusform>Digest of the recovery path sent to the agency: %n payment plans became late or broken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n recovery deadline(s) late or due within 7 days; no digest was e-mailed: the agency has no e-mail address (Settings, Agency).</source>
        <translation>
            <numerusform>%n recovery deadline late or due within 7 days; no digest was e-mailed: the agency has no e-mail address (Settings, Agency).</numerusform>
            <numerusform>%n recovery deadlines late or due within 7 days; no digest was e-mailed: the agency has no e-mail address (Settings, Agency).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n recovery deadline(s) late or due within 7 days; no digest was e-mailed: no mail server is set (Settings, E-mail).</source>
        <translation>
            <numerusform>%n recovery deadline late or due within 7 days; no digest was e-mailed: no mail server is set (Settings, E-mail).</numerusform>
            <numerusform>%n recovery deadlines late or due within 7 days; no digest was e-mailed: no mail server is set (Settings, E-mail).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>%1 (%2): run %3, %n reminder(s) issued.</source>
        <translation>
            <numerusform>%1 (%2): run %3, %n reminder issued.</numerusform>
            <numerusform>%1 (%2): run %3, %n reminders issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ReportOwnersCommand.cpp" line="+37"/>
        <location filename="../app/cli/SendCommand.cpp" line="+115"/>
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail sent.</numerusform>
            <numerusform>%n e-mails sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n statement(s) written in %1; all of them in %2.</source>
        <translation>
            <numerusform>%n statement written in %1; all of them in %2.</numerusform>
            <numerusform>%n statements written in %1; all of them in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n e-mail(s) queued.</source>
        <translation>
            <numerusform>%n e-mail queued.</numerusform>
            <numerusform>%n e-mails queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n owner(s) already had this date&apos;s statement queued: not again.</source>
        <translation>
            <numerusform>%n owner already had this date&apos;s statement queued: not again.</numerusform>
            <numerusform>%n owners already had this date&apos;s statement queued: not again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n owner(s) have no e-mail address: print their statements.</source>
        <translation>
            <numerusform>%n owner has no e-mail address: print their statement.</numerusform>
            <numerusform>%n owners have no e-mail address: print their statements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SendCommand.cpp" line="+2"/>
        <source>%n e-mail(s) were being sent when Relance stopped: they may or may not have arrived and are not sent again. Check, then use “send --mark-sent ID” or “send --resend ID”.</source>
        <translation>
            <numerusform>%n e-mail was being sent when Relance stopped: it may or may not have arrived and is not sent again. Check, then use “send --mark-sent ID” or “send --resend ID”.</numerusform>
            <numerusform>%n e-mails were being sent when Relance stopped: they may or may not have arrived and are not sent again. Check, then use “send --mark-sent ID” or “send --resend ID”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n e-mail(s) went to the server whole but got no answer: they may or may not have arrived and are not sent again. Check (the recipient, or the server&apos;s log), then use “send --mark-sent ID” or “send --resend ID”.</source>
        <translation>
            <numerusform>%n e-mail went to the server whole but got no answer: it may or may not have arrived and is not sent again. Check (the recipient, or the server&apos;s log), then use “send --mark-sent ID” or “send --resend ID”.</numerusform>
            <numerusform>%n e-mails went to the server whole but got no answer: they may or may not have arrived and are not sent again. Check (the recipient, or the server&apos;s log), then use “send --mark-sent ID” or “send --resend ID”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n e-mail(s) stay in the queue for the next send.</source>
        <translation>
            <numerusform>%n e-mail stays in the queue for the next send.</numerusform>
            <numerusform>%n e-mails stay in the queue for the next send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/DeadlinesCommand.cpp" line="+24"/>
        <source>Deadlines as of %1: %n to keep</source>
        <translation>
            <numerusform>Deadlines as of %1: %n to keep</numerusform>
            <numerusform>Deadlines as of %1: %n to keep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n late)</source>
        <translation>
            <numerusform>(%n late)</numerusform>
            <numerusform>(%n late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PaymentPlanCommand.cpp" line="+146"/>
        <source>Payment plan for %1: %2 in %n monthly instalment(s) from %3.</source>
        <translation>
            <numerusform>Payment plan for %1: %2 in %n monthly instalment from %3.</numerusform>
            <numerusform>Payment plan for %1: %2 in %n monthly instalments from %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%1 (%2): payment plan of %3, %4 in %n instalment(s): %5.</source>
        <translation>
            <numerusform>%1 (%2): payment plan of %3, %4 in %n instalment: %5.</numerusform>
            <numerusform>%1 (%2): payment plan of %3, %4 in %n instalments: %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Payment plans as of %1: %n</source>
        <translation>
            <numerusform>Payment plans as of %1: %n</numerusform>
            <numerusform>Payment plans as of %1: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/RecoveryReportOutput.cpp" line="+20"/>
        <source>%1 written: %n page(s).</source>
        <translation>
            <numerusform>%1 written: %n page.</numerusform>
            <numerusform>%1 written: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ReportCommand.cpp" line="+29"/>
        <source>Total overdue: %1, %n debtor(s)</source>
        <translation>
            <numerusform>Total overdue: %1, %n debtor</numerusform>
            <numerusform>Total overdue: %1, %n debtors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A month earlier (%1): %2, %n debtor(s)</source>
        <translation>
            <numerusform>A month earlier (%1): %2, %n debtor</numerusform>
            <numerusform>A month earlier (%1): %2, %n debtors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n debtor(s)</source>
        <translation>
            <numerusform>%n debtor</numerusform>
            <numerusform>%n debtors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommissaireDossierDialog</name>
    <message numerus="yes">
        <location filename="../ui/recovery/CommissaireDossierDialog.cpp" line="+96"/>
        <source>The saved PDF also holds the copies of %n letter(s) sent, after these pages.</source>
        <translation>
            <numerusform>The saved PDF also holds the copies of %n letter sent, after these pages.</numerusform>
            <numerusform>The saved PDF also holds the copies of %n letters sent, after these pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n letter(s) cannot be found and are listed as such.</source>
        <translation>
            <numerusform>%n letter cannot be found and is listed as such.</numerusform>
            <numerusform>%n letters cannot be found and are listed as such.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigImport</name>
    <message numerus="yes">
        <location filename="../core/setup/ConfigImport.cpp" line="+94"/>
        <source>%1: and %n more problem(s).</source>
        <translation>
            <numerusform>%1: and %n more problem.</numerusform>
            <numerusform>%1: and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigStore</name>
    <message numerus="yes">
        <location filename="../core/storage/ConfigStore.cpp" line="+582"/>
        <source>%1: the program “%2” is followed by %n account(s) and is not in the file. Add it to the file, or move those accounts to another program first.</source>
        <translation>
            <numerusform>%1: the program “%2” is followed by %n account and is not in the file. Add it to the file, or move that account to another program first.</numerusform>
            <numerusform>%1: the program “%2” is followed by %n accounts and is not in the file. Add it to the file, or move those accounts to another program first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardCharts.cpp" line="+118"/>
        <source>%1: %2, %n debtor(s)</source>
        <translation>
            <numerusform>%1: %2, %n debtor</numerusform>
            <numerusform>%1: %2, %n debtors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%1: %2 overdue, %n debtor(s)</source>
        <translation>
            <numerusform>%1: %2 overdue, %n debtor</numerusform>
            <numerusform>%1: %2 overdue, %n debtors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1: %2 of %n reminder(s) paid within 15 days</source>
        <translation>
            <numerusform>%1: %2 of %n reminder paid within 15 days</numerusform>
            <numerusform>%1: %2 of %n reminders paid within 15 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %2 of %n reminder(s) paid within 30 days</source>
        <translation>
            <numerusform>%1: %2 of %n reminder paid within 30 days</numerusform>
            <numerusform>%1: %2 of %n reminders paid within 30 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardHeadline</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardHeadline.cpp" line="+140"/>
        <source>%n debtor(s) on %1</source>
        <translation>
            <numerusform>%n debtor on %1</numerusform>
            <numerusform>%n debtors on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n late deadline(s)</source>
        <translation>
            <numerusform>%n late deadline</numerusform>
            <numerusform>%n late deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n late payment plan(s)</source>
        <translation>
            <numerusform>%n late payment plan</numerusform>
            <numerusform>%n late payment plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n broken payment plan(s)</source>
        <translation>
            <numerusform>%n broken payment plan</numerusform>
            <numerusform>%n broken payment plans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPage.cpp" line="+95"/>
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Last %n month</numerusform>
            <numerusform>Last %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineDigest</name>
    <message numerus="yes">
        <location filename="../core/recovery/DeadlineDigest.cpp" line="+91"/>
        <source>Relance: %n deadline(s) late</source>
        <translation>
            <numerusform>Relance: %n deadline late</numerusform>
            <numerusform>Relance: %n deadlines late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Relance: %n deadline(s) within 7 days</source>
        <translation>
            <numerusform>Relance: %n deadline within 7 days</numerusform>
            <numerusform>Relance: %n deadlines within 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n within 7 days</source>
        <translation>
            <numerusform>%n within 7 days</numerusform>
            <numerusform>%n within 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n payment plan(s) late or broken</source>
        <translation>
            <numerusform>%n payment plan late or broken</numerusform>
            <numerusform>%n payment plans late or broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Relance: %n payment plan(s) late or broken</source>
        <translation>
            <numerusform>Relance: %n payment plan late or broken</numerusform>
            <numerusform>Relance: %n payment plans late or broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Recovery deadlines as of %1 (late, or due within %n day(s)).</source>
        <translation>
            <numerusform>Recovery deadlines as of %1 (late, or due within %n day).</numerusform>
            <numerusform>Recovery deadlines as of %1 (late, or due within %n days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message numerus="yes">
        <location filename="../ui/deadlines/DeadlineTableModel.cpp" line="+46"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message numerus="yes">
        <location filename="../ui/deadlines/DeadlinesPage.cpp" line="+323"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deadline(s), %1</source>
        <translation>
            <numerusform>%n deadline, %1</numerusform>
            <numerusform>%n deadlines, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n deadline(s), %2</source>
        <translation>
            <numerusform>%1 of %n deadline, %2</numerusform>
            <numerusform>%1 of %n deadlines, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebtorSelection</name>
    <message numerus="yes">
        <location filename="../ui/debtors/DebtorSelection.cpp" line="+61"/>
        <source>The rules skip %n of the checked debtor(s):
%1

</source>
        <translation>
            <numerusform>The rules skip %n of the checked debtors:
%1

</numerusform>
            <numerusform>The rules skip %n of the checked debtors:
%1

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>“Ignore them and continue” issues the %n other reminder(s) only. </source>
        <translation>
            <numerusform>“Ignore them and continue” issues the %n other reminder only. </numerusform>
            <numerusform>“Ignore them and continue” issues the %n other reminders only. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebtorTableModel</name>
    <message numerus="yes">
        <location filename="../ui/debtors/DebtorTableModel.cpp" line="+261"/>
        <source>Payment plan of %1: %2 in %n instalment(s)</source>
        <translation>
            <numerusform>Payment plan of %1: %2 in %n instalment</numerusform>
            <numerusform>Payment plan of %1: %2 in %n instalments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebtorsPage</name>
    <message numerus="yes">
        <location filename="../ui/debtors/PrintBatchBar.cpp" line="+70"/>
        <source>%n letter(s) to print from earlier runs (automation, or e-mails that could not be delivered).</source>
        <translation>
            <numerusform>%n letter to print from earlier runs (automation, or an e-mail that could not be delivered).</numerusform>
            <numerusform>%n letters to print from earlier runs (automation, or e-mails that could not be delivered).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/debtors/DebtorSelectionBar.cpp" line="+46"/>
        <source>%1 of %n debtor(s) checked, %2 overdue · %3 shown</source>
        <translation>
            <numerusform>%1 of %n debtor checked, %2 overdue · %3 shown</numerusform>
            <numerusform>%1 of %n debtors checked, %2 overdue · %3 shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoInstaller</name>
    <message numerus="yes">
        <location filename="../core/demo/DemoInstaller.cpp" line="+39"/>
        <source>The database %1 already has %n account(s): the demo only fills an empty database, so that demo tenants never mix with real ones. Choose another, new database file.</source>
        <translation>
            <numerusform>The database %1 already has %n account: the demo only fills an empty database, so that demo tenants never mix with real ones. Choose another, new database file.</numerusform>
            <numerusform>The database %1 already has %n accounts: the demo only fills an empty database, so that demo tenants never mix with real ones. Choose another, new database file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldLimits</name>
    <message numerus="yes">
        <location filename="../core/util/FieldLimits.cpp" line="+25"/>
        <source>this value is longer than %n characters; shorten it</source>
        <translation>
            <numerusform>this value is longer than %n character; shorten it</numerusform>
            <numerusform>this value is longer than %n characters; shorten it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <location filename="../ui/history/HistoryView.cpp" line="+280"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n reminder(s)</source>
        <translation>
            <numerusform>%1 of %n reminder</numerusform>
            <numerusform>%1 of %n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/import/ImportDialog.cpp" line="+303"/>
        <source>… and %n more error(s).</source>
        <translation>
            <numerusform>… and %n more error.</numerusform>
            <numerusform>… and %n more errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>… and %n more warning(s).</source>
        <translation>
            <numerusform>… and %n more warning.</numerusform>
            <numerusform>… and %n more warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <location filename="../core/import/ImportReport.cpp" line="+68"/>
        <source>%n error(s), nothing was written</source>
        <translation>
            <numerusform>%n error, nothing was written</numerusform>
            <numerusform>%n errors, nothing was written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LateDeadlinesDialog</name>
    <message numerus="yes">
        <location filename="../ui/deadlines/LateDeadlinesDialog.cpp" line="+26"/>
        <source>%n deadline(s) passed on %1 without the step being recorded. Act on them, or record what was done in the account&apos;s case file.</source>
        <translation>
            <numerusform>%n deadline passed on %1 without the step being recorded. Act on it, or record what was done in the account&apos;s case file.</numerusform>
            <numerusform>%n deadlines passed on %1 without the step being recorded. Act on them, or record what was done in the account&apos;s case file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelEffectivenessModel</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/LevelEffectivenessModel.cpp" line="+68"/>
        <source>%1: of %n reminder(s) issued in the period, %2 were followed by the end of the arrears within 15 days and %3 within 30 days. Click to list the debtors whose last reminder is of this level.</source>
        <translation>
            <numerusform>%1: of %n reminder issued in the period, %2 were followed by the end of the arrears within 15 days and %3 within 30 days. Click to list the debtors whose last reminder is of this level.</numerusform>
            <numerusform>%1: of %n reminders issued in the period, %2 were followed by the end of the arrears within 15 days and %3 within 30 days. Click to list the debtors whose last reminder is of this level.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelTableModel</name>
    <message numerus="yes">
        <location filename="../ui/levels/LevelTableModel.cpp" line="+46"/>
        <location line="+8"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, at most %n time(s)</source>
        <translation>
            <numerusform>, at most %n time</numerusform>
            <numerusform>, at most %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelsPage</name>
    <message numerus="yes">
        <location filename="../ui/levels/LevelPanel.cpp" line="+201"/>
        <source>%n template(s); default: %1. The texts are edited in the templates list under the levels.</source>
        <translation>
            <numerusform>%n template; default: %1. The texts are edited in the templates list under the levels.</numerusform>
            <numerusform>%n templates; default: %1. The texts are edited in the templates list under the levels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="+562"/>
        <source>%n deadline(s) late as of today</source>
        <translation>
            <numerusform>%n deadline late as of today</numerusform>
            <numerusform>%n deadlines late as of today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthlyOverdueModel</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/MonthlyOverdueModel.cpp" line="+44"/>
        <source>On %1: %2 overdue, %n debtor(s). Click to list them as of that day.</source>
        <translation>
            <numerusform>On %1: %2 overdue, %n debtor. Click to list them as of that day.</numerusform>
            <numerusform>On %1: %2 overdue, %n debtors. Click to list them as of that day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message numerus="yes">
        <location filename="../core/mail/Outbox.cpp" line="+190"/>
        <source>The mail server %1 is not answering (%n time-outs in a row): sending stopped.</source>
        <translation>
            <numerusform>The mail server %1 is not answering (%n time-out): sending stopped.</numerusform>
            <numerusform>The mail server %1 is not answering (%n time-outs in a row): sending stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message numerus="yes">
        <location filename="../ui/outbox/OutboxView.cpp" line="+347"/>
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail sent.</numerusform>
            <numerusform>%n e-mails sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n e-mail(s) were being sent when Relance stopped: they may or may not have arrived and are not sent again. Check, then mark them as sent or retry them.</source>
        <translation>
            <numerusform>%n e-mail was being sent when Relance stopped: it may or may not have arrived and is not sent again. Check, then mark it as sent or retry it.</numerusform>
            <numerusform>%n e-mails were being sent when Relance stopped: they may or may not have arrived and are not sent again. Check, then mark them as sent or retry them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Cancelled: %n e-mail(s) stay in the queue for the next send.</source>
        <translation>
            <numerusform>Cancelled: %n e-mail stays in the queue for the next send.</numerusform>
            <numerusform>Cancelled: %n e-mails stay in the queue for the next send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n e-mail(s) stay in the queue for the next send.</source>
        <translation>
            <numerusform>%n e-mail stays in the queue for the next send.</numerusform>
            <numerusform>%n e-mails stay in the queue for the next send.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n e-mail(s) shown</source>
        <translation>
            <numerusform>%n e-mail shown</numerusform>
            <numerusform>%n e-mails shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> — %n need(s) a decision</source>
        <translation>
            <numerusform> — %n needs a decision</numerusform>
            <numerusform> — %n need a decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnerStatementsDialog</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/OwnerStatementsDialog.cpp" line="+295"/>
        <source>%n statement(s) written in %1.</source>
        <translation>
            <numerusform>%n statement written in %1.</numerusform>
            <numerusform>%n statements written in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n e-mail(s) put in the outbox: « Send the e-mails now » sends them.</source>
        <translation>
            <numerusform>%n e-mail put in the outbox: « Send the e-mails now » sends them.</numerusform>
            <numerusform>%n e-mails put in the outbox: « Send the e-mails now » sends them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n landlord(s) already had this date&apos;s statement e-mailed or queued: not again.</source>
        <translation>
            <numerusform>%n landlord already had this date&apos;s statement e-mailed or queued: not again.</numerusform>
            <numerusform>%n landlords already had this date&apos;s statement e-mailed or queued: not again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n landlord(s) have no e-mail address: print their statements.</source>
        <translation>
            <numerusform>%n landlord has no e-mail address: print their statement.</numerusform>
            <numerusform>%n landlords have no e-mail address: print their statements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnerValidator</name>
    <message numerus="yes">
        <location filename="../core/ledger/OwnerValidator.cpp" line="+20"/>
        <source>%1: at most %n characters.</source>
        <translation>
            <numerusform>%1: at most %n characters.</numerusform>
            <numerusform>%1: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentPlanDialog</name>
    <message numerus="yes">
        <location filename="../ui/recovery/PaymentPlanDialog.cpp" line="+65"/>
        <source>%n monthly instalment(s): the plan the paying body (CAF or MSA) expects when the housing aid is paid to the agency (CCH R.824-12).</source>
        <translation>
            <numerusform>%n monthly instalment: the plan the paying body (CAF or MSA) expects when the housing aid is paid to the agency (CCH R.824-12).</numerusform>
            <numerusform>%n monthly instalments: the plan the paying body (CAF or MSA) expects when the housing aid is paid to the agency (CCH R.824-12).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentPlans</name>
    <message numerus="yes">
        <location filename="../core/recovery/PaymentPlans.cpp" line="+155"/>
        <source>Payment plan of %1 signed: %2 in %n instalment(s).</source>
        <translation>
            <numerusform>Payment plan of %1 signed: %2 in %n instalment.</numerusform>
            <numerusform>Payment plan of %1 signed: %2 in %n instalments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryReportSaver</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/RecoveryReportSaver.cpp" line="+104"/>
        <source>The recovery report (%n page(s)) is saved in %1.

Open it now?</source>
        <translation>
            <numerusform>The recovery report (%n page) is saved in %1.

Open it now?</numerusform>
            <numerusform>The recovery report (%n pages) is saved in %1.

Open it now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunFlow</name>
    <message numerus="yes">
        <location filename="../ui/debtors/RunFlow.cpp" line="+52"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n reminder(s) issued.</source>
        <translation>
            <numerusform>%n reminder issued.</numerusform>
            <numerusform>%n reminders issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n letter(s) sent to the printer.</source>
        <translation>
            <numerusform>%n letter sent to the printer.</numerusform>
            <numerusform>%n letters sent to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n letter(s) written to %2.</source>
        <translation>
            <numerusform>%n letter written to %2.</numerusform>
            <numerusform>%n letters written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n letter(s) written.</source>
        <translation>
            <numerusform>%n letter written.</numerusform>
            <numerusform>%n letters written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n e-mail(s) wait in the outbox until then.</source>
        <translation>
            <numerusform>%n e-mail waits in the outbox until then.</numerusform>
            <numerusform>%n e-mails wait in the outbox until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n e-mail(s) with the same letters are ready for the accounts %1.

Send them now? If you answer No, they stay in the outbox (History, E-mail outbox) and can be sent later.</source>
        <translation>
            <numerusform>%n e-mail with the same letter is ready for the account %1.

Send it now? If you answer No, it stays in the outbox (History, E-mail outbox) and can be sent later.</numerusform>
            <numerusform>%n e-mails with the same letters are ready for the accounts %1.

Send them now? If you answer No, they stay in the outbox (History, E-mail outbox) and can be sent later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n e-mail(s) left in the outbox.</source>
        <translation>
            <numerusform>%n e-mail left in the outbox.</numerusform>
            <numerusform>%n e-mails left in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail sent.</numerusform>
            <numerusform>%n e-mails sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n letter(s) of the print batch produced.</source>
        <translation>
            <numerusform>%n letter of the print batch produced.</numerusform>
            <numerusform>%n letters of the print batch produced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n e-mail(s) of stopped runs queued.</source>
        <translation>
            <numerusform>%n e-mail of stopped runs queued.</numerusform>
            <numerusform>%n e-mails of stopped runs queued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <location filename="../ui/settings/AutomationSettingsTab.cpp" line="+135"/>
        <source>The automation is on for %n level(s). Next runs:</source>
        <translation>
            <numerusform>The automation is on for %n level. Next run:</numerusform>
            <numerusform>The automation is on for %n levels. Next runs:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulationDialog</name>
    <message numerus="yes">
        <location filename="../ui/debtors/SimulationDialog.cpp" line="+122"/>
        <source>The simulation attached lists the %n reminder(s) a run as of %1 would issue, and why each other debtor is skipped. Nothing was recorded.</source>
        <translation>
            <numerusform>The simulation attached lists the %n reminder a run as of %1 would issue, and why each other debtor is skipped. Nothing was recorded.</numerusform>
            <numerusform>The simulation attached lists the %n reminders a run as of %1 would issue, and why each other debtor is skipped. Nothing was recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulationReport</name>
    <message numerus="yes">
        <location filename="../ui/debtors/SimulationReport.cpp" line="+56"/>
        <source>%n reminder(s) would be issued</source>
        <translation>
            <numerusform>%n reminder would be issued</numerusform>
            <numerusform>%n reminders would be issued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n debtor(s) skipped</source>
        <translation>
            <numerusform>%n debtor skipped</numerusform>
            <numerusform>%n debtors skipped</numerusform>
        </translation>
    </message>
</context>
</TS>
