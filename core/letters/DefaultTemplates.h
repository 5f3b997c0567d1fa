#pragma once

#include "LetterTemplate.h"
#include "util/Result.h"

#include <QCoreApplication>

class Database;

// The letters a new agency starts with: French and English texts for the
// four levels of the default program (reminder-rules.md), kept as files
// under resources/templates/ and embedded in the library.
class DefaultTemplates
{
    Q_DECLARE_TR_FUNCTIONS(DefaultTemplates)

public:
    // Adds the default French and English templates to every level of the
    // global program at positions 1..4 that has no template yet. Running it
    // twice adds nothing.
    static Status install(const Database& db);
    // The default text of a level position (1..4) in "fr" or "en" (levelId
    // 0), e.g. to restore it; a failure for any other position.
    static Result<LetterTemplate> text(int position, const QString& language);
    // The default cover letter of the hand-off to the commissaire de justice
    // (HTML body, same merge fields as a letter) in "fr" or "en".
    static Result<QString> commissaireCover(const QString& language);
    // The default agreement letter of a payment plan (HTML body, the
    // letters' merge fields, plan.* and {{plan.schedule_table}}).
    static Result<QString> planAgreement(const QString& language);
};
