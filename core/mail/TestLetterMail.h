#pragma once

#include "OutboxMessage.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

class Database;
struct PlannedReminder;

// The e-mail a tenant would receive for a planned reminder, addressed to the
// agency's own address instead (workflows.md: « a test sends the letter of
// any account to the agency's own address »). Nothing is recorded.
class TestLetterMail
{
    Q_DECLARE_TR_FUNCTIONS(TestLetterMail)

public:
    // Writes the letter's PDF into `folder` and returns the message, marked
    // as a test in its subject and first line.
    static Result<OutboxMessage> build(const Database& db, const PlannedReminder& planned,
                                       QDate asOf, const QString& templateName,
                                       const QString& folder);
};
