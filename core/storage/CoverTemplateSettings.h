#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

class Database;

// The letters outside the reminder levels as the agency edited them, one per
// language, in the settings table: letter templates belong to a reminder
// level, and these letters have none. Absent means the default text (the
// letter's class in core/recovery decides what is shown and what may be
// saved: CommissaireCoverLetter, PlanAgreementLetter, OwnerStatementEmail).
namespace CoverTemplateSettings {
enum class Letter
{
    CommissaireCover,      // `recovery.cover_template.fr` / `.en`
    PlanAgreement,         // `recovery.plan_template.fr` / `.en`
    OwnerStatementSubject, // `reports.owner_email_subject.fr` / `.en`
    OwnerStatementEmail    // `reports.owner_email.fr` / `.en`
};

QString key(const QString& language, Letter letter = Letter::CommissaireCover);
// The stored text, empty when the agency never changed it.
Result<QString> text(const Database& db, const QString& language,
                     Letter letter = Letter::CommissaireCover);
Status setIn(QSqlDatabase& conn, const QString& language, const QString& text,
             Letter letter = Letter::CommissaireCover);
// Forgets the agency's text: the default applies again.
Status removeIn(QSqlDatabase& conn, const QString& language,
                Letter letter = Letter::CommissaireCover);
} // namespace CoverTemplateSettings
