// The rules the Settings page and `config import` share for the recovery
// settings, at their limits, and the words that name the deadlines turned off.
#include "recovery/RecoverySettingsKeys.h"
#include "recovery/RecoverySettingsValidator.h"

#include <catch2/catch.hpp>

namespace {
using F = RecoverySettingsValidator::Field;

QList<F> fields(const RecoverySettings& s)
{
    QList<F> list;
    for (const auto& p : RecoverySettingsValidator::check(s))
        list << p.field;
    return list;
}
} // namespace

TEST_CASE("Recovery settings: the defaults and every limit are accepted, one past is refused")
{
    CHECK(fields(RecoverySettings()).isEmpty());

    RecoverySettings s;
    s.gli.name = QString(100, u'é');
    s.gli.noticeDays = 1;
    s.gli.claimDays = 365;
    s.graceDays = 0;
    CHECK(fields(s).isEmpty());
    s.graceDays = 90;
    CHECK(fields(s).isEmpty());

    s.gli.name = QString(101, u'é');
    s.gli.noticeDays = 0;
    s.gli.claimDays = 366;
    s.graceDays = 91;
    CHECK(fields(s) == QList<F>{F::GliName, F::GliNoticeDays, F::GliClaimDays, F::GraceDays});
    s.graceDays = -1;
    CHECK(fields(s).contains(F::GraceDays));

    s = RecoverySettings();
    s.gli.name = QStringLiteral("  ");
    const auto problems = RecoverySettingsValidator::check(s);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().message ==
          QStringLiteral("Enter the name of the GLI contract: the GLI deadlines show it as "
                         "their source."));
    s.gli.name = QStringLiteral("Contrat\nGLI");
    CHECK(fields(s) == QList<F>{F::GliName});
}

TEST_CASE("Deadlines turned off are written in the spec's order and unknown words are kept apart")
{
    using K = DeadlineKind;
    CHECK(RecoverySettingsKeys::disabledToKeys({K::GliClaim, K::CafReport, K::VisaleNotice}) ==
          QStringLiteral("caf_report,visale_notice,gli_claim"));
    CHECK(RecoverySettingsKeys::disabledToKeys({}).isEmpty());

    QStringList unknown;
    CHECK(RecoverySettingsKeys::disabledFromKeys(
              QStringLiteral(" gli_claim, ,guarantor_service,visa_notice"), &unknown) ==
          QSet<K>{K::GliClaim, K::GuarantorService});
    CHECK(unknown == QStringList{QStringLiteral("visa_notice")});
    CHECK(RecoverySettingsKeys::deadlineKinds().size() == 8);
    for (K kind : RecoverySettingsKeys::deadlineKinds())
        CHECK(RecoverySettingsKeys::deadlineFromKey(DeadlineKeys::toKey(kind)) == kind);
    CHECK(RecoverySettingsValidator::unknownDeadlines(unknown).message.contains(
        QStringLiteral("“visa_notice”, which is no deadline")));
}
