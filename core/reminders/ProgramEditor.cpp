#include "ProgramEditor.h"

#include "storage/Database.h"
#include "storage/ProgramRepository.h"

LevelValidator ProgramEditor::validatorFor(const QList<Level>& levels, qsizetype index)
{
    QStringList others;
    for (qsizetype i = 0; i < levels.size(); ++i)
        if (i != index)
            others << levels.at(i).name.trimmed();
    return LevelValidator(others, index == levels.size() - 1);
}

QStringList ProgramEditor::problems(const Program& program)
{
    QStringList list;
    if (program.name.trimmed().isEmpty())
        list << tr("A reminder program needs a name.");
    for (qsizetype i = 0; i < program.levels.size(); ++i) {
        const Level& l = program.levels.at(i);
        if (l.position != int(i + 1)) {
            list << tr("The levels of “%1” must be numbered 1, 2, 3… in order.").arg(program.name);
            break;
        }
    }
    for (qsizetype i = 0; i < program.levels.size(); ++i) {
        const Level& l = program.levels.at(i);
        for (const LevelValidator::Problem& p : validatorFor(program.levels, i).check(l))
            list << tr("Level %1 “%2”: %3").arg(l.position).arg(l.name.trimmed(), p.message);
    }
    return list;
}

Result<Program> ProgramEditor::programOfLevel(qint64 levelId) const
{
    ProgramRepository repo(m_db);
    auto level = repo.level(levelId);
    if (!level)
        return Result<Program>::failure(level.error());
    return repo.byId(level->programId);
}

Status ProgramEditor::store(const Program& program) const
{
    if (const QStringList list = problems(program); !list.isEmpty())
        return Status::failure(list.join(u'\n'));
    auto saved = ProgramRepository(m_db).save(program);
    return saved ? Status() : Status::failure(saved.error());
}

Result<qint64> ProgramEditor::saveLevel(const Level& level) const
{
    using R = Result<qint64>;
    if (level.programId <= 0)
        return R::failure(tr("A level belongs to a program: choose one first."));
    ProgramRepository repo(m_db);
    auto program = repo.byId(level.programId);
    if (!program)
        return R::failure(program.error());
    QList<Level> levels = program->levels;
    qsizetype index = -1;
    for (qsizetype i = 0; i < levels.size(); ++i)
        if (levels.at(i).id == level.id && level.id != 0)
            index = i;
    Level l = level;
    if (index < 0) {
        if (level.id != 0)
            return R::failure(tr("This reminder level no longer exists."));
        // A new level is the program's new last one.
        l.position = int(levels.size()) + 1;
        levels.append(l);
        index = levels.size() - 1;
    } else {
        l.position = levels.at(index).position;
        levels[index] = l;
    }
    const QList<LevelValidator::Problem> found = validatorFor(levels, index).check(l);
    if (!found.isEmpty()) {
        QStringList messages;
        for (const LevelValidator::Problem& p : found)
            messages << p.message;
        return R::failure(messages.join(u'\n'));
    }
    return repo.saveLevel(l);
}

Status ProgramEditor::removeLevel(qint64 levelId) const
{
    auto program = programOfLevel(levelId);
    if (!program)
        return Status::failure(program.error());
    Program p = *program;
    p.levels.removeIf([levelId](const Level& l) { return l.id == levelId; });
    for (qsizetype i = 0; i < p.levels.size(); ++i)
        p.levels[i].position = int(i + 1);
    // What is left stored as is: removing a level cannot break a rule the
    // others kept.
    auto saved = ProgramRepository(m_db).save(p);
    return saved ? Status() : Status::failure(saved.error());
}

Status ProgramEditor::moveLevel(qint64 levelId, int delta) const
{
    auto program = programOfLevel(levelId);
    if (!program)
        return Status::failure(program.error());
    Program p = *program;
    qsizetype from = -1;
    for (qsizetype i = 0; i < p.levels.size(); ++i)
        if (p.levels.at(i).id == levelId)
            from = i;
    const qsizetype to = from + delta;
    if (from < 0 || to < 0 || to >= p.levels.size())
        return {};
    p.levels.swapItemsAt(from, to);
    for (qsizetype i = 0; i < p.levels.size(); ++i)
        p.levels[i].position = int(i + 1);
    if (const QStringList list = problems(p); !list.isEmpty())
        return Status::failure(tr("The level was not moved:\n%1").arg(list.join(u'\n')));
    auto saved = ProgramRepository(m_db).save(p);
    return saved ? Status() : Status::failure(saved.error());
}

Status ProgramEditor::renameProgram(qint64 programId, const QString& name) const
{
    const QString wanted = name.trimmed();
    ProgramRepository repo(m_db);
    auto program = repo.byId(programId);
    if (!program)
        return Status::failure(program.error());
    if (wanted.isEmpty())
        return Status::failure(tr("A reminder program needs a name."));
    if (auto other = repo.byName(wanted); other && other->id != programId)
        return Status::failure(
            tr("A program called “%1” already exists: choose another name.").arg(wanted));
    program->name = wanted;
    auto saved = repo.save(*program);
    return saved ? Status() : Status::failure(saved.error());
}

Status ProgramEditor::setAutomation(qint64 levelId, bool enabled, int dayOfMonth) const
{
    auto program = programOfLevel(levelId);
    if (!program)
        return Status::failure(program.error());
    return m_db.write([&](QSqlDatabase& conn) {
        return setAutomationIn(conn, *program, levelId, enabled, dayOfMonth);
    });
}

Status ProgramEditor::setAutomationIn(QSqlDatabase& conn, const Program& program, qint64 levelId,
                                      bool enabled, int dayOfMonth)
{
    for (qsizetype i = 0; i < program.levels.size(); ++i) {
        if (program.levels.at(i).id != levelId)
            continue;
        QList<Level> levels = program.levels;
        Level& l = levels[i];
        l.automationEnabled = enabled;
        l.automationDay = dayOfMonth;
        if (const auto found = validatorFor(levels, i).check(l); !found.isEmpty())
            return Status::failure(found.first().message);
        auto saved = ProgramRepository::saveLevelIn(conn, l);
        return saved ? Status() : Status::failure(saved.error());
    }
    return Status::failure(tr("This reminder level no longer exists."));
}
