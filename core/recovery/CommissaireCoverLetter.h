#pragma once

#include "ledger/Account.h"
#include "ledger/AccountPosition.h"
#include "letters/AgencyIdentity.h"
#include "letters/LetterContent.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Database;

// The cover letter of the hand-off to the commissaire de justice: an HTML
// body with the letters' merge fields (MergeFields), the default one from
// resources/templates/<lang>/commissaire.html unless the agency saved its
// own (CoverTemplateSettings). What may be saved is checked here, by the
// same validation as the reminder letters, so a saved text always prints.
class CommissaireCoverLetter
{
    Q_DECLARE_TR_FUNCTIONS(CommissaireCoverLetter)

public:
    // The text in use: the agency's, or the default.
    static Result<QString> text(const Database& db, const QString& language);
    // Whether the agency changed it (the editor offers to restore it).
    static Result<bool> isCustom(const Database& db, const QString& language);
    // Checks then stores the agency's text; the stored one is unchanged
    // when it is refused.
    static Status save(const Database& db, const QString& language, const QString& text);
    // The default text again.
    static Status restoreDefault(const Database& db, const QString& language);

    // The letter to draw: addressed to the commissaire, merged with the
    // account's facts as of `asOf` (overdue amount, balance, unpaid items).
    static LetterContent compose(const AgencyIdentity& agency, const Account& account,
                                 const AccountPosition& position, QDate asOf,
                                 const QString& language, const QString& text);
};
