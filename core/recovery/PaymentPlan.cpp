#include "PaymentPlan.h"

QList<Instalment> PaymentPlan::schedule() const
{
    QList<Instalment> out;
    if (instalments < 1 || !firstDue.isValid())
        return out;
    const qint64 each = debt.cents() / instalments;
    out.reserve(instalments);
    for (int i = 0; i < instalments; ++i) {
        // From F each time, so that 31 January gives 28 February then 31 March.
        const qint64 cents = i == instalments - 1 ? debt.cents() - each * (instalments - 1) : each;
        out.append({firstDue.addMonths(i), Money::fromCents(cents)});
    }
    return out;
}

Money PaymentPlan::allowed(QDate d) const
{
    Money due;
    for (const Instalment& i : schedule())
        if (i.due < d)
            due += i.amount;
    const Money left = debt - due;
    return left.isNegative() ? Money() : left;
}

Money PaymentPlan::leftAfter(int i) const
{
    const QList<Instalment> all = schedule();
    Money left = debt;
    for (int j = 0; j <= i && j < all.size(); ++j)
        left -= all.at(j).amount;
    return left;
}

std::optional<Instalment> PaymentPlan::nextFrom(QDate d) const
{
    for (const Instalment& i : schedule())
        if (i.due >= d)
            return i;
    return std::nullopt;
}

Money PlanStatus::behind() const
{
    if (state == PlanState::Completed)
        return {};
    const Money beyond = overdue - allowed;
    return beyond.isPositive() ? beyond : Money();
}

QString PlanStates::toKey(PlanState state)
{
    switch (state) {
    case PlanState::Respected:
        return QStringLiteral("respected");
    case PlanState::Late:
        return QStringLiteral("late");
    case PlanState::Broken:
        return QStringLiteral("broken");
    case PlanState::Completed:
        return QStringLiteral("completed");
    }
    return {};
}
