#include "reminders/LevelValidator.h"
#include "reminders/DefaultProgram.h"

#include <catch2/catch.hpp>

namespace {
using F = LevelValidator::Field;

QList<F> fields(const QList<LevelValidator::Problem>& problems)
{
    QList<F> out;
    for (const auto& p : problems)
        out.append(p.field);
    return out;
}
} // namespace

TEST_CASE("Every level of the default program is valid")
{
    const Program p = DefaultProgram::make();
    for (qsizetype i = 0; i < p.levels.size(); ++i) {
        QStringList others;
        for (qsizetype j = 0; j < p.levels.size(); ++j)
            if (j != i)
                others.append(p.levels.at(j).name);
        const auto problems =
            LevelValidator(others, i == p.levels.size() - 1).check(p.levels.at(i));
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("A level needs a name that no other level of its program uses")
{
    Level l = DefaultProgram::make().levels.first();
    l.name = QStringLiteral("  ");
    CHECK(fields(LevelValidator().check(l)) == QList<F>{F::Name});
    l.name = QStringLiteral("deuxième relance");
    CHECK(fields(LevelValidator({QStringLiteral("Deuxième relance")}).check(l)) ==
          QList<F>{F::Name});
}

TEST_CASE("A level needs a recipient and a channel and no negative delay or amount")
{
    Level l = DefaultProgram::make().levels.first();
    l.toTenant = false;
    l.toGuarantor = false;
    l.byLetter = false;
    l.byEmail = false;
    l.delayDays = -1;
    l.threshold = Money::fromCents(-1);
    l.paymentDeadlineDays = -2;
    l.minGapDays = -3;
    const QList<F> found = fields(LevelValidator().check(l));
    CHECK(found == QList<F>{F::DelayDays, F::MinGapDays, F::Threshold, F::Recipients, F::Channels,
                            F::PaymentDeadline});
}

TEST_CASE("A fee needs both accounts and cannot be negative")
{
    Level l = DefaultProgram::make().levels.first();
    l.feeAmount = Money::fromCents(2500);
    CHECK(fields(LevelValidator().check(l)) == QList<F>{F::FeeAccounts});
    l.feeSupplierAccount = QStringLiteral("401FRAIS");
    l.feeExpenseAccount = QStringLiteral("6226");
    CHECK(LevelValidator().check(l).isEmpty());
    l.feeAmount = Money::fromCents(-100);
    CHECK(fields(LevelValidator().check(l)) == QList<F>{F::FeeAmount});
}

TEST_CASE("The automation day of month is between 1 and 31")
{
    Level l = DefaultProgram::make().levels.first();
    for (int day : {1, 28, 31}) {
        l.automationDay = day;
        CHECK(LevelValidator().check(l).isEmpty());
    }
    for (int day : {0, 32, -5}) {
        l.automationDay = day;
        CHECK(fields(LevelValidator().check(l)) == QList<F>{F::AutomationDay});
    }
}

TEST_CASE("Only the last level repeats and a repeat needs an interval and a count")
{
    Level l = DefaultProgram::make().levels.last();
    l.repeatEveryDays = 30;
    l.repeatMax = 2;
    CHECK(LevelValidator({}, true).check(l).isEmpty());
    CHECK(fields(LevelValidator({}, false).check(l)) == QList<F>{F::Repeat});
    l.repeatEveryDays = 0;
    CHECK(fields(LevelValidator({}, true).check(l)) == QList<F>{F::Repeat});
    l.repeatEveryDays.reset();
    l.repeatMax.reset();
    CHECK(LevelValidator({}, false).check(l).isEmpty());
}
