#include "FecSettingsValidator.h"

#include "ColumnMap.h"

namespace {

bool allDigits(const QString& s)
{
    for (const QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}

} // namespace

QList<FecSettingsValidator::Problem> FecSettingsValidator::check(const FecSettings& settings)
{
    QList<Problem> problems;
    const auto prefixProblem = [&](const QString& message) {
        problems.append({Field::TenantPrefixes, -1, QStringLiteral("tenant_prefixes"), message});
    };
    QStringList prefixes;
    for (const QString& p : settings.tenantPrefixes)
        if (!p.trimmed().isEmpty())
            prefixes << p.trimmed();
    if (prefixes.isEmpty())
        prefixProblem(tr("Tenant account prefixes: give at least one (411 in the French chart of "
                         "accounts)."));
    for (const QString& p : std::as_const(prefixes)) {
        if (!allDigits(p))
            prefixProblem(tr("Tenant account prefixes: « %1 » is not the start of an account "
                             "number; use digits only, e.g. 411.")
                              .arg(p));
        else if (p.size() > maxPrefixLength)
            prefixProblem(tr("Tenant account prefixes: « %1 » is longer than %2 digits.")
                              .arg(p)
                              .arg(maxPrefixLength));
    }

    for (int i = 0; i < settings.kindRules.size(); ++i) {
        const FecKindRule& r = settings.kindRules.at(i);
        const auto ruleProblem = [&](const QString& key, const QString& message) {
            problems.append({Field::KindRules, i,
                             QStringLiteral("kind_rules[%1].%2").arg(i).arg(key), message});
        };
        // A word made only of spaces or punctuation matches every label once
        // normalised away: it counts as no word.
        bool hasWord = false;
        for (const QString& w : r.words)
            hasWord = hasWord || !ColumnMap::normalise(w).isEmpty();
        if (!hasWord)
            ruleProblem(QStringLiteral("words"),
                        tr("Kind rule %1: give at least one word to look for in the %2.")
                            .arg(i + 1)
                            .arg(fieldLabel(r.field).toLower()));
        const bool credit = LedgerKeys::isCreditKind(r.kind);
        if (r.side == FecKindRule::OnSide::Debit && credit)
            ruleProblem(QStringLiteral("kind"),
                        tr("Kind rule %1: « %2 » is money received and cannot be given to a "
                           "debit; choose a debit kind or the side « Credit ».")
                            .arg(i + 1)
                            .arg(kindLabel(r.kind)));
        else if (r.side == FecKindRule::OnSide::Credit && !credit && r.kind != EntryKind::Other)
            ruleProblem(QStringLiteral("kind"),
                        tr("Kind rule %1: « %2 » is money owed and cannot be given to a credit; "
                           "choose a credit kind or the side « Debit ».")
                            .arg(i + 1)
                            .arg(kindLabel(r.kind)));
    }
    return problems;
}

Status FecSettingsValidator::validate(const FecSettings& settings)
{
    const QList<Problem> problems = check(settings);
    if (problems.isEmpty())
        return {};
    return Status::failure(ErrorKind::BadInput, problems.first().message);
}

QString FecSettingsValidator::kindLabel(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Rent:
        return tr("Rent");
    case EntryKind::Charges:
        return tr("Charges");
    case EntryKind::Fee:
        return tr("Fee");
    case EntryKind::PaymentReversal:
        return tr("Payment reversal");
    case EntryKind::Other:
        return tr("Other");
    case EntryKind::Payment:
        return tr("Payment");
    case EntryKind::CreditNote:
        return tr("Credit note");
    }
    return tr("Other");
}

QString FecSettingsValidator::sideLabel(FecKindRule::OnSide side)
{
    switch (side) {
    case FecKindRule::OnSide::Debit:
        return tr("Debit");
    case FecKindRule::OnSide::Credit:
        return tr("Credit");
    case FecKindRule::OnSide::Any:
        break;
    }
    return tr("Either");
}

QString FecSettingsValidator::fieldLabel(FecKindRule::Field field)
{
    return field == FecKindRule::Field::Journal ? tr("Journal") : tr("Label");
}
