#include "PlanLetterFields.h"

#include "LetterFormat.h"
#include "NumberToWords.h"

namespace {

bool english(const QString& language)
{
    return language == QLatin1String("en");
}

} // namespace

QString PlanLetterFields::stateWord(PlanState state, const QString& language)
{
    const bool en = english(language);
    switch (state) {
    case PlanState::Respected:
        return en ? QStringLiteral("respected") : QStringLiteral("respecté");
    case PlanState::Late:
        return en ? QStringLiteral("late") : QStringLiteral("en retard");
    case PlanState::Broken:
        return en ? QStringLiteral("broken") : QStringLiteral("rompu");
    case PlanState::Completed:
        return en ? QStringLiteral("completed") : QStringLiteral("soldé");
    }
    return {};
}

QList<UnpaidItem> PlanLetterFields::schedule(const PaymentPlan& plan, const QString& language)
{
    const QString word =
        english(language) ? QStringLiteral("Instalment %1/%2") : QStringLiteral("Mensualité %1/%2");
    const QList<Instalment> instalments = plan.schedule();
    QList<UnpaidItem> rows;
    rows.reserve(instalments.size());
    Money left = plan.debt;
    for (qsizetype i = 0; i < instalments.size(); ++i) {
        const Instalment& instalment = instalments.at(i);
        left -= instalment.amount;
        rows << UnpaidItem{word.arg(i + 1).arg(instalments.size()), instalment.due,
                           instalment.amount, left};
    }
    return rows;
}

void PlanLetterFields::insert(MergeData& data, const LetterPlan& p, QDate letterDate,
                              const QString& lang)
{
    const PaymentPlan& plan = p.plan;
    const PlanStatus& status = p.status;
    const QList<Instalment> instalments = plan.schedule();
    const auto date = [&](QDate d) {
        return d.isValid() ? LetterFormat::longDate(d, lang) : QString();
    };
    auto& v = data.values;
    v.insert(QStringLiteral("plan.created"), date(plan.created));
    v.insert(QStringLiteral("plan.debt"), LetterFormat::money(plan.debt, lang));
    v.insert(QStringLiteral("plan.debt_in_words"), NumberToWords::amount(plan.debt, lang));
    v.insert(QStringLiteral("plan.instalments"), QString::number(plan.instalments));
    if (!instalments.isEmpty()) {
        v.insert(QStringLiteral("plan.instalment"),
                 LetterFormat::money(instalments.first().amount, lang));
        v.insert(QStringLiteral("plan.first_due"), date(instalments.first().due));
        v.insert(QStringLiteral("plan.last_instalment"),
                 LetterFormat::money(instalments.last().amount, lang));
        v.insert(QStringLiteral("plan.last_due"), date(instalments.last().due));
    }
    v.insert(QStringLiteral("plan.state"), stateWord(status.state, lang));
    // The late stretch under way, or the one that broke the plan.
    v.insert(QStringLiteral("plan.late_since"), status.holds() || status.state == PlanState::Broken
                                                    ? date(status.lateSince)
                                                    : QString());
    v.insert(QStringLiteral("plan.broken_on"),
             status.state == PlanState::Broken ? date(status.brokenOn) : QString());
    v.insert(QStringLiteral("plan.signed_on"),
             plan.signedOn.isValid() && plan.signedOn <= letterDate ? date(plan.signedOn)
                                                                    : QString());
    // A plan that ended (broken or completed) expects nothing more.
    const auto next = status.holds() ? plan.nextFrom(letterDate) : std::nullopt;
    v.insert(QStringLiteral("plan.next_due"), next ? date(next->due) : QString());
    v.insert(QStringLiteral("plan.next_amount"),
             next ? LetterFormat::money(next->amount, lang) : QString());
    const Money behind = status.behind();
    v.insert(QStringLiteral("plan.behind"),
             behind.isPositive() ? LetterFormat::money(behind, lang) : QString());
    v.insert(QStringLiteral("plan.grace_days"), QString::number(p.graceDays));
}
