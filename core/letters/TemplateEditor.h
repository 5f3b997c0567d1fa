#pragma once

#include "LetterTemplate.h"
#include "util/Result.h"

class Database;

// Where a person's template is written: checked by TemplateEngine::validate
// (the same rules `config import` applies to the templates of a file), then
// stored. The repository only stores.
class TemplateEditor
{
public:
    explicit TemplateEditor(const Database& db)
        : m_db(db)
    {}

    // Creates (id == 0) or updates; returns the id, or why it was refused.
    Result<qint64> save(const LetterTemplate& letterTemplate) const;

private:
    const Database& m_db;
};
