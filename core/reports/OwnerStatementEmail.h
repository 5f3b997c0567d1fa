#pragma once

#include "OwnerStatement.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

// The covering e-mail of a landlord's statement, one per language: the
// default from resources/templates/<lang>/owner-statement-email.subject.txt
// and .txt, or the agency's own text kept in the settings
// (CoverTemplateSettings, like the plan agreement letter). Plain text with
// these merge fields, and no other: {{owner.name}}, {{owner.ref}},
// {{statement.as_of}}, {{statement.tenants}}, {{statement.total}},
// {{agency.name}}.
class OwnerStatementEmail
{
    Q_DECLARE_TR_FUNCTIONS(OwnerStatementEmail)

public:
    struct Text
    {
        QString subject;
        QString body;
    };

    static QStringList fields();
    static Result<Text> defaultText(const QString& language);
    // The text in use: the agency's, or the default.
    static Result<Text> text(const Database& db, const QString& language);
    // Checks (unknown field, broken tag, empty, too long) then stores; the
    // stored text is unchanged when it is refused.
    static Status save(const Database& db, const QString& language, const Text& text);
    static Status restoreDefault(const Database& db, const QString& language);

    // The e-mail of one statement.
    static Text compose(const Text& text, const OwnerStatements& all,
                        const OwnerStatement& statement);
};
