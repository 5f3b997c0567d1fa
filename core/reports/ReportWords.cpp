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
    w.cleared15 = QStringLiteral("Soldées sous 15 j");
    w.cleared30 = QStringLiteral("Soldées sous 30 j");
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
    w.cleared15 = QStringLiteral("Cleared within 15 d");
    w.cleared30 = QStringLiteral("Cleared within 30 d");
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

QString ReportWords::bucket(AgeBucket bucket, const QString& language)
{
    const bool en = isEnglish(language);
    const auto max = AgeBuckets::maxDays(bucket);
    if (!max)
        return en ? QStringLiteral("over %1 days").arg(AgeBuckets::minDays(bucket) - 1)
                  : QStringLiteral("plus de %1 jours").arg(AgeBuckets::minDays(bucket) - 1);
    return (en ? QStringLiteral("%1 to %2 days") : QStringLiteral("%1 à %2 jours"))
        .arg(AgeBuckets::minDays(bucket))
        .arg(*max);
}

QString ReportWords::percent(qint64 part, qint64 whole, const QString& language)
{
    const qint64 tenths = whole > 0 ? (part * 1000 + whole / 2) / whole : 0;
    const QString number = LetterFormat::locale(language).toString(double(tenths) / 10.0, 'f', 1);
    // French sets a no-break space before the sign.
    return isEnglish(language) ? QString(number + u'%')
                               : QString(number + QStringLiteral("\u00a0%"));
}
