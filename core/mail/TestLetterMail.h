#pragma once

#include "OutboxMessage.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

class Database;
struct Level;
struct LetterTemplate;
struct PlannedReminder;

// The e-mail a tenant would receive for a reminder, addressed to the
// agency's own address instead (workflows.md: « a test sends the letter of
// any account to the agency's own address »). Nothing is recorded.
class TestLetterMail
{
    Q_DECLARE_TR_FUNCTIONS(TestLetterMail)

public:
    // For a planned reminder (the Debtors screen): writes the letter's PDF
    // into `folder` and returns the message, marked as a test in its subject
    // and first line.
    static Result<OutboxMessage> build(const Database& db, const PlannedReminder& planned,
                                       QDate asOf, const QString& templateName,
                                       const QString& folder);
    // For any account at any level with a template as it is being edited
    // (the template editor): what the account owes as of asOf, drawn with it.
    static Result<OutboxMessage> buildFor(const Database& db, qint64 accountId, const Level& level,
                                          const LetterTemplate& letterTemplate, QDate asOf,
                                          const QString& folder);
};
