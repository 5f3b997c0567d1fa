#include "ProgramCopy.h"

#include "Database.h"
#include "ProgramRepository.h"
#include "TemplateRepository.h"

Result<qint64> ProgramCopy::copy(const Database& db, qint64 programId, const QString& newName)
{
    auto source = ProgramRepository(db).byId(programId);
    if (!source)
        return Result<qint64>::failure(source.error());
    if (newName.trimmed().isEmpty())
        return Result<qint64>::failure(tr("A reminder program needs a name."));
    auto existing = ProgramRepository(db).byName(newName.trimmed());
    if (existing)
        return Result<qint64>::failure(
            tr("A program called “%1” already exists: choose another name.")
                .arg(newName.trimmed()));
    auto templates = TemplateRepository(db).all();
    if (!templates)
        return Result<qint64>::failure(templates.error());

    Program copy = *source;
    copy.id = 0;
    copy.name = newName.trimmed();
    copy.isGlobal = false;
    for (Level& l : copy.levels) {
        l.id = 0;
        l.programId = 0;
    }
    qint64 newId = 0;
    Status s = db.write([&](QSqlDatabase& conn) {
        auto id = ProgramRepository::saveIn(conn, copy);
        if (!id)
            return Status::failure(id.error());
        newId = *id;
        // The new levels in position order, to pair them with the old ones.
        auto q = Database::exec(
            conn, QStringLiteral("SELECT id, position FROM levels WHERE program_id = ?"), {newId});
        if (!q)
            return Status::failure(q.error());
        QHash<int, qint64> newLevelAt;
        while (q->next())
            newLevelAt.insert(q->value(1).toInt(), q->value(0).toLongLong());
        for (const Level& old : std::as_const(source->levels)) {
            for (LetterTemplate t : std::as_const(*templates)) {
                if (t.levelId != old.id)
                    continue;
                t.id = 0;
                t.levelId = newLevelAt.value(old.position);
                auto saved = TemplateRepository::saveIn(conn, t);
                if (!saved)
                    return Status::failure(saved.error());
            }
        }
        return Status();
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return newId;
}
