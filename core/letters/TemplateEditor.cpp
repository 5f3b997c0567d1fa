#include "TemplateEditor.h"

#include "TemplateEngine.h"
#include "storage/TemplateRepository.h"

Result<qint64> TemplateEditor::save(const LetterTemplate& t) const
{
    if (Status valid = TemplateEngine::validate(t); !valid)
        return Result<qint64>::failure(valid.error());
    return TemplateRepository(m_db).save(t);
}
