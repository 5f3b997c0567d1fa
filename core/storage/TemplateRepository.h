#pragma once

#include "letters/LetterTemplate.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>
#include <utility>

class Database;

// Letter templates (« modèles de courrier »): several per level and
// language, exactly one default per level and language as soon as there is
// one.
class TemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRepository)

public:
    explicit TemplateRepository(const Database& db)
        : m_db(db)
    {}

    Result<QList<LetterTemplate>> all() const;
    Result<QList<LetterTemplate>> ofLevel(qint64 levelId) const;
    Result<LetterTemplate> byId(qint64 id) const;
    // The default template of a level in `language`; a level with none in
    // that language falls back to its French default, then to any template.
    Result<LetterTemplate> defaultFor(qint64 levelId, const QString& language) const;
    // A template of the level chosen by name (`run --template NAME`), in
    // `language` if there is one, else in any language.
    Result<LetterTemplate> byName(qint64 levelId, const QString& name,
                                  const QString& language) const;
    // The template of a recorded reminder, for its letter and its e-mail
    // alike: its own (templateId) while it exists, else its level's default
    // as defaultFor() chooses it; std::nullopt when there is none left (the
    // level and its templates were deleted).
    Result<std::optional<LetterTemplate>> forReminder(qint64 templateId, qint64 levelId,
                                                      const QString& language) const;
    static Result<std::optional<LetterTemplate>>
    forReminderIn(QSqlDatabase& conn, qint64 templateId, qint64 levelId, const QString& language);

    // Creates (id == 0) or updates; returns the id. Refuses a name already
    // used for that level and language. It does not judge the text: a
    // person's template goes through TemplateEditor, which validates it. A default one takes over
    // from the previous default; the first of its level and language becomes the default by itself.
    Result<qint64> save(const LetterTemplate& letterTemplate) const;
    static Result<qint64> saveIn(QSqlDatabase& conn, const LetterTemplate& letterTemplate);
    Status setDefault(qint64 id) const;
    // Removing the default hands the role to another template of the level.
    Status remove(qint64 id) const;

    // (level id, position) of the global program's levels that have no
    // template at all, for DefaultTemplates::install.
    Result<QList<std::pair<qint64, int>>> globalLevelsWithoutTemplates() const;

private:
    Result<QList<LetterTemplate>> load(const QString& where, const QVariantList& values) const;
    static Result<QList<LetterTemplate>> loadIn(QSqlDatabase& conn, const QString& where,
                                                const QVariantList& values);
    const Database& m_db;
};
