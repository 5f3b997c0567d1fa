#include "TestSupport.h"

#include "reminders/FeeInvoiceState.h"
#include "reminders/ReminderState.h"
#include "reminders/RunStatus.h"

TEST_CASE("A letter is printed once: printed is final, pending and generated may still be printed")
{
    using S = LetterState;
    CHECK(LetterStates::canMove(S::Generated, S::Printed));
    CHECK(LetterStates::canMove(S::Generated, S::Pending));
    CHECK(LetterStates::canMove(S::Pending, S::Printed));
    CHECK(LetterStates::canMove(S::Pending, S::Generated));
    CHECK_FALSE(LetterStates::canMove(S::Printed, S::Pending));
    CHECK_FALSE(LetterStates::canMove(S::Printed, S::Generated));
    for (S s : LetterStates::all())
        CHECK_FALSE(LetterStates::canMove(s, s));
}

TEST_CASE("A fee invoice goes draft → validated → cancelled, or draft → cancelled, never back")
{
    using S = FeeInvoiceState;
    CHECK(FeeInvoiceStates::canMove(S::Draft, S::Validated));
    CHECK(FeeInvoiceStates::canMove(S::Draft, S::Cancelled));
    CHECK(FeeInvoiceStates::canMove(S::Validated, S::Cancelled));
    CHECK_FALSE(FeeInvoiceStates::canMove(S::Validated, S::Draft));
    CHECK_FALSE(FeeInvoiceStates::canMove(S::Cancelled, S::Draft));
    CHECK_FALSE(FeeInvoiceStates::canMove(S::Cancelled, S::Validated));
}

TEST_CASE("Storage keys are the schema's words and read back; labels are for people")
{
    CHECK(LetterStates::toKey(LetterState::Pending) == QStringLiteral("pending"));
    CHECK(FeeInvoiceStates::toKey(FeeInvoiceState::Validated) == QStringLiteral("validated"));
    CHECK(RunStatuses::toKey(RunStatus::Refused) == QStringLiteral("refused"));
    CHECK(RunStatuses::toKey(RunMode::Automated) == QStringLiteral("automated"));
    for (LetterState s : LetterStates::all()) {
        CHECK(LetterStates::fromKey(LetterStates::toKey(s)) == s);
        CHECK_FALSE(LetterStates::label(s).isEmpty());
    }
    for (FeeInvoiceState s : FeeInvoiceStates::all())
        CHECK(FeeInvoiceStates::fromKey(FeeInvoiceStates::toKey(s)) == s);
    for (RunStatus s : RunStatuses::all())
        CHECK(RunStatuses::fromKey(RunStatuses::toKey(s)) == s);
    CHECK_FALSE(LetterStates::fromKey(QStringLiteral("Printed")).has_value());
    CHECK_FALSE(FeeInvoiceStates::fromKey(QStringLiteral("")).has_value());
}
