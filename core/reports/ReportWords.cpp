#include "ReportWords.h"

#include "letters/LetterFormat.h"

namespace {

RecoveryReportWords french()
{
    RecoveryReportWords w;
    w.title = QStringLiteral("Rapport de recouvrement au %1");
    w.period = QStringLiteral("Période du %1 au %2");
    w.keyFigures = QStringLiteral("Chiffres clés");
    w.indicator = QStringLiteral("Indicateur");
    w.asOfColumn = QStringLiteral("Au %1");
    w.monthAgoColumn = QStringLiteral("Au %1");
    w.change = QStringLiteral("Évolution");
    w.totalOverdue = QStringLiteral("Total des impayés");
    w.debtors = QStringLiteral("Débiteurs");
    w.lateDeadlines = QStringLiteral("Échéances de procédure dépassées");
    w.latePlans = QStringLiteral("Plans d'apurement en retard");
    w.brokenPlans = QStringLiteral("Plans d'apurement rompus");
    w.ageing = QStringLiteral("Impayés par ancienneté");
    w.bucket = QStringLiteral("Ancienneté");
    w.count = QStringLiteral("Débiteurs");
    w.amount = QStringLiteral("Montant");
    w.share = QStringLiteral("Part");
    w.total = QStringLiteral("Total");
    w.monthly = QStringLiteral("Impayés en fin de mois (24 mois)");
    w.monthEnd = QStringLiteral("Fin de mois");
    w.overdue = QStringLiteral("Impayés");
    w.effectiveness = QStringLiteral("Efficacité des relances par niveau");
    w.level = QStringLiteral("Niveau");
    w.name = QStringLiteral("Nom");
    w.issued = QStringLiteral("Émises");
    w.cleared15 = QStringLiteral("Soldées 15 j");
    w.cleared30 = QStringLiteral("Soldées 30 j");
    w.recovered = QStringLiteral("Sommes recouvrées par mois");
    w.month = QStringLiteral("Mois");
    w.recoveredAmount = QStringLiteral("Recouvré");
    w.debtorList = QStringLiteral("Liste des débiteurs par ancienneté");
    w.ref = QStringLiteral("Réf.");
    w.tenant = QStringLiteral("Locataire");
    w.daysInArrears = QStringLiteral("Jours");
    w.lastLevel = QStringLiteral("Dernière relance");
    w.noDebtor = QStringLiteral("Aucun débiteur à cette date.");
    w.bucketHeading = QStringLiteral("%1 : %2 débiteur(s), %3");
    w.noReminder = QStringLiteral("aucune");
    w.subject = QStringLiteral("Impayés, ancienneté, efficacité des relances et recouvrements");
    return w;
}

RecoveryReportWords english()
{
    RecoveryReportWords w;
    w.title = QStringLiteral("Recovery report as of %1");
    w.period = QStringLiteral("Period from %1 to %2");
    w.keyFigures = QStringLiteral("Key figures");
    w.indicator = QStringLiteral("Figure");
    w.asOfColumn = QStringLiteral("As of %1");
    w.monthAgoColumn = QStringLiteral("As of %1");
    w.change = QStringLiteral("Change");
    w.totalOverdue = QStringLiteral("Total overdue");
    w.debtors = QStringLiteral("Debtors");
    w.lateDeadlines = QStringLiteral("Recovery deadlines passed");
    w.latePlans = QStringLiteral("Payment plans late");
    w.brokenPlans = QStringLiteral("Payment plans broken");
    w.ageing = QStringLiteral("Arrears by age");
    w.bucket = QStringLiteral("Age");
    w.count = QStringLiteral("Debtors");
    w.amount = QStringLiteral("Amount");
    w.share = QStringLiteral("Share");
    w.total = QStringLiteral("Total");
    w.monthly = QStringLiteral("Overdue at each month end (24 months)");
    w.monthEnd = QStringLiteral("Month end");
    w.overdue = QStringLiteral("Overdue");
    w.effectiveness = QStringLiteral("Reminder effectiveness per level");
    w.level = QStringLiteral("Level");
    w.name = QStringLiteral("Name");
    w.issued = QStringLiteral("Issued");
    w.cleared15 = QStringLiteral("Cleared 15 d");
    w.cleared30 = QStringLiteral("Cleared 30 d");
    w.recovered = QStringLiteral("Amounts recovered per month");
    w.month = QStringLiteral("Month");
    w.recoveredAmount = QStringLiteral("Recovered");
    w.debtorList = QStringLiteral("Debtors by age");
    w.ref = QStringLiteral("Ref.");
    w.tenant = QStringLiteral("Tenant");
    w.daysInArrears = QStringLiteral("Days");
    w.lastLevel = QStringLiteral("Last reminder");
    w.noDebtor = QStringLiteral("No debtor on that date.");
    w.bucketHeading = QStringLiteral("%1: %2 debtor(s), %3");
    w.noReminder = QStringLiteral("none");
    w.subject = QStringLiteral("Arrears, their age, reminder effectiveness and recoveries");
    return w;
}

OwnerStatementWords frenchOwners()
{
    OwnerStatementWords w;
    w.title = QStringLiteral("Relevé des impayés au %1");
    w.owner = QStringLiteral("Propriétaire");
    w.intro = QStringLiteral("Voici la situation au %1 de vos locataires qui ont des loyers ou "
                             "charges impayés, les relances que nous leur avons adressées "
                             "depuis le début de leur retard et la prochaine étape prévue.");
    w.tenants = QStringLiteral("Locataires en impayé");
    w.ref = QStringLiteral("Réf.");
    w.tenant = QStringLiteral("Locataire");
    w.property = QStringLiteral("Lot");
    w.overdue = QStringLiteral("Impayé");
    w.days = QStringLiteral("Jours");
    w.total = QStringLiteral("Total");
    w.remindersOf = QStringLiteral("Relances et prochaine étape");
    w.reminders = QStringLiteral("Relances envoyées\u00a0: %1");
    w.noReminder = QStringLiteral("Relances envoyées\u00a0: aucune pour l'instant");
    w.nextStep = QStringLiteral("Prochaine étape\u00a0: %1");
    w.nextLevel = QStringLiteral("relance de niveau %1 (%2) à la prochaine exécution");
    w.nextDeadline = QStringLiteral("%1, au plus tard le %2");
    w.lateDeadline = QStringLiteral("%1, à faire depuis le %2");
    w.waiting = QStringLiteral("pas de relance pour l'instant (%1)");
    w.subject = QStringLiteral("Situation des locataires en impayé");
    return w;
}

OwnerStatementWords englishOwners()
{
    OwnerStatementWords w;
    w.title = QStringLiteral("Arrears statement as of %1");
    w.owner = QStringLiteral("Owner");
    w.intro = QStringLiteral("Here is where your tenants with unpaid rent or charges stand as of "
                             "%1, the reminders we sent them since their arrears began and the "
                             "next step planned.");
    w.tenants = QStringLiteral("Tenants in arrears");
    w.ref = QStringLiteral("Ref.");
    w.tenant = QStringLiteral("Tenant");
    w.property = QStringLiteral("Property");
    w.overdue = QStringLiteral("Overdue");
    w.days = QStringLiteral("Days");
    w.total = QStringLiteral("Total");
    w.remindersOf = QStringLiteral("Reminders and next step");
    w.reminders = QStringLiteral("Reminders sent: %1");
    w.noReminder = QStringLiteral("Reminders sent: none so far");
    w.nextStep = QStringLiteral("Next step: %1");
    w.nextLevel = QStringLiteral("level %1 reminder (%2) at the next run");
    w.nextDeadline = QStringLiteral("%1, by %2");
    w.lateDeadline = QStringLiteral("%1, due since %2");
    w.waiting = QStringLiteral("no reminder for now (%1)");
    w.subject = QStringLiteral("Tenants in arrears");
    return w;
}

bool isEnglish(const QString& language)
{
    return language == QLatin1String("en");
}

} // namespace

const RecoveryReportWords& ReportWords::recovery(const QString& language)
{
    static const RecoveryReportWords fr = french();
    static const RecoveryReportWords en = english();
    return isEnglish(language) ? en : fr;
}

const OwnerStatementWords& ReportWords::owners(const QString& language)
{
    static const OwnerStatementWords fr = frenchOwners();
    static const OwnerStatementWords en = englishOwners();
    return isEnglish(language) ? en : fr;
}

QString ReportWords::bucket(AgeBucket bucket, const QString& language)
{
    const bool en = isEnglish(language);
    switch (bucket) {
    case AgeBucket::Days0To30:
        return en ? QStringLiteral("0 to 30 days") : QStringLiteral("0 à 30 jours");
    case AgeBucket::Days31To60:
        return en ? QStringLiteral("31 to 60 days") : QStringLiteral("31 à 60 jours");
    case AgeBucket::Days61To90:
        return en ? QStringLiteral("61 to 90 days") : QStringLiteral("61 à 90 jours");
    case AgeBucket::Days91To180:
        return en ? QStringLiteral("91 to 180 days") : QStringLiteral("91 à 180 jours");
    case AgeBucket::Over180:
        break;
    }
    return en ? QStringLiteral("over 180 days") : QStringLiteral("plus de 180 jours");
}

QString ReportWords::percent(qint64 part, qint64 whole, const QString& language)
{
    const qint64 tenths = whole > 0 ? (part * 1000 + whole / 2) / whole : 0;
    const QString number = LetterFormat::locale(language).toString(double(tenths) / 10.0, 'f', 1);
    // French sets a no-break space before the sign.
    return isEnglish(language) ? QString(number + u'%')
                               : QString(number + QStringLiteral("\u00a0%"));
}
