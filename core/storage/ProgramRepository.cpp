#include "ProgramRepository.h"

#include "Database.h"

#include <QHash>
#include <QSqlQuery>

namespace {

const char* const levelColumns =
    "id, program_id, position, name, delay_days, min_gap_days, threshold, exclusions, "
    "recipients, channels, payment_deadline_days, registered, fee_amount, "
    "fee_supplier_account, fee_expense_account, fee_auto_validate, automation_enabled, "
    "automation_order, automation_day, repeat_every_days, repeat_max";

std::optional<int> optionalInt(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

QVariant nullable(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant();
}

Level readLevel(const QSqlQuery& q)
{
    Level l;
    l.id = q.value(0).toLongLong();
    l.programId = q.value(1).toLongLong();
    l.position = q.value(2).toInt();
    l.name = q.value(3).toString();
    l.delayDays = q.value(4).toInt();
    l.minGapDays = optionalInt(q.value(5));
    l.threshold = Money::fromCents(q.value(6).toLongLong());
    l.exclusions = LevelKeys::exclusionsFromKeys(q.value(7).toString());
    LevelKeys::recipientsFromKeys(q.value(8).toString(), &l.toTenant, &l.toGuarantor);
    LevelKeys::channelsFromKeys(q.value(9).toString(), &l.byLetter, &l.byEmail);
    l.paymentDeadlineDays = q.value(10).toInt();
    l.registered = q.value(11).toInt() != 0;
    l.feeAmount = Money::fromCents(q.value(12).toLongLong());
    l.feeSupplierAccount = q.value(13).toString();
    l.feeExpenseAccount = q.value(14).toString();
    l.feeAutoValidate = q.value(15).toInt() != 0;
    l.automationEnabled = q.value(16).toInt() != 0;
    l.automationOrder = q.value(17).toInt();
    l.automationDay = q.value(18).toInt();
    l.repeatEveryDays = optionalInt(q.value(19));
    l.repeatMax = optionalInt(q.value(20));
    return l;
}

QVariantList levelValues(const Level& l)
{
    return {l.position,
            l.name.trimmed(),
            l.delayDays,
            nullable(l.minGapDays),
            l.threshold.cents(),
            LevelKeys::exclusionsToKeys(l.exclusions),
            LevelKeys::recipientsToKeys(l.toTenant, l.toGuarantor),
            LevelKeys::channelsToKeys(l.byLetter, l.byEmail),
            l.paymentDeadlineDays,
            l.registered ? 1 : 0,
            l.feeAmount.cents(),
            l.feeSupplierAccount,
            l.feeExpenseAccount,
            l.feeAutoValidate ? 1 : 0,
            l.automationEnabled ? 1 : 0,
            l.automationOrder,
            std::clamp(l.automationDay, 1, 31),
            nullable(l.repeatEveryDays),
            nullable(l.repeatMax)};
}

} // namespace

Result<QList<Program>> ProgramRepository::load(const QString& where,
                                               const QVariantList& values) const
{
    QSqlDatabase conn = m_db.connection();
    auto q = Database::exec(
        conn,
        QStringLiteral("SELECT id, name, is_global FROM programs %1 ORDER BY is_global DESC, name")
            .arg(where),
        values);
    if (!q)
        return Result<QList<Program>>::failure(q.error());
    QList<Program> programs;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        Program p;
        p.id = q->value(0).toLongLong();
        p.name = q->value(1).toString();
        p.isGlobal = q->value(2).toInt() != 0;
        index.insert(p.id, programs.size());
        programs.append(p);
    }
    if (programs.isEmpty())
        return programs;
    auto l = Database::exec(conn, QStringLiteral("SELECT %1 FROM levels ORDER BY program_id, "
                                                 "position")
                                      .arg(QLatin1String(levelColumns)));
    if (!l)
        return Result<QList<Program>>::failure(l.error());
    while (l->next()) {
        Level level = readLevel(*l);
        const auto it = index.constFind(level.programId);
        if (it != index.constEnd())
            programs[*it].levels.append(level);
    }
    return programs;
}

Result<QList<Program>> ProgramRepository::all() const
{
    return load({}, {});
}

Result<Program> ProgramRepository::global() const
{
    auto list = load(QStringLiteral("WHERE is_global = 1"), {});
    if (!list)
        return Result<Program>::failure(list.error());
    if (list->isEmpty())
        return Result<Program>::failure(
            tr("There is no global reminder program. Create one in “Levels and templates”."));
    return list->first();
}

Result<Program> ProgramRepository::byId(qint64 id) const
{
    auto list = load(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return Result<Program>::failure(list.error());
    if (list->isEmpty())
        return Result<Program>::failure(tr("This reminder program no longer exists."));
    return list->first();
}

Result<Program> ProgramRepository::byName(const QString& name) const
{
    auto list = load(QStringLiteral("WHERE name = ?"), {name});
    if (!list)
        return Result<Program>::failure(list.error());
    if (list->isEmpty())
        return Result<Program>::failure(tr("The reminder program “%1” does not exist.").arg(name));
    return list->first();
}

Result<Level> ProgramRepository::level(qint64 levelId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM levels WHERE id = ?").arg(QLatin1String(levelColumns)),
        {levelId});
    if (!q)
        return Result<Level>::failure(q.error());
    if (!q->next())
        return Result<Level>::failure(tr("This reminder level no longer exists."));
    return readLevel(*q);
}

Result<int> ProgramRepository::count() const
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM programs"));
    if (!q)
        return Result<int>::failure(q.error());
    q->next();
    return q->value(0).toInt();
}

Result<qint64> ProgramRepository::save(const Program& program) const
{
    Result<qint64> id = qint64(0);
    Status s = m_db.write([&](QSqlDatabase& conn) {
        id = saveIn(conn, program);
        return id ? Status() : Status::failure(id.error());
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Result<qint64> ProgramRepository::saveIn(QSqlDatabase& conn, const Program& program)
{
    qint64 id = program.id;
    if (program.isGlobal) {
        // At most one global program: the previous one becomes a custom one.
        auto q = Database::exec(conn,
                                QStringLiteral("UPDATE programs SET is_global = 0 WHERE "
                                               "is_global = 1 AND id <> ?"),
                                {id});
        if (!q)
            return Result<qint64>::failure(q.error());
    }
    if (id == 0) {
        auto q = Database::exec(
            conn,
            QStringLiteral("INSERT INTO programs (name, is_global) VALUES (?, ?) RETURNING id"),
            {program.name.trimmed(), program.isGlobal ? 1 : 0});
        if (!q)
            return Result<qint64>::failure(q.error());
        q->next();
        id = q->value(0).toLongLong();
    } else {
        auto q = Database::exec(conn,
                                QStringLiteral("UPDATE programs SET name = ?, is_global = ? WHERE "
                                               "id = ?"),
                                {program.name.trimmed(), program.isGlobal ? 1 : 0, id});
        if (!q)
            return Result<qint64>::failure(q.error());
    }
    // Levels: drop those no longer listed, move the others out of the way of
    // the unique positions, then write each one.
    QList<qint64> keep;
    for (const Level& l : program.levels)
        if (l.id > 0)
            keep.append(l.id);
    auto existing =
        Database::exec(conn, QStringLiteral("SELECT id FROM levels WHERE program_id = ?"), {id});
    if (!existing)
        return Result<qint64>::failure(existing.error());
    QList<qint64> drop;
    while (existing->next())
        if (!keep.contains(existing->value(0).toLongLong()))
            drop.append(existing->value(0).toLongLong());
    for (qint64 levelId : std::as_const(drop)) {
        auto d = Database::exec(conn, QStringLiteral("DELETE FROM levels WHERE id = ?"), {levelId});
        if (!d)
            return Result<qint64>::failure(d.error());
    }
    auto shift = Database::exec(
        conn, QStringLiteral("UPDATE levels SET position = position + 100000 WHERE program_id = ?"),
        {id});
    if (!shift)
        return Result<qint64>::failure(shift.error());
    for (Level l : program.levels) {
        l.programId = id;
        auto saved = saveLevelIn(conn, l);
        if (!saved)
            return Result<qint64>::failure(saved.error());
    }
    return id;
}

Status ProgramRepository::setGlobal(qint64 programId) const
{
    return m_db.write([&](QSqlDatabase& conn) {
        auto a = Database::exec(conn,
                                QStringLiteral("UPDATE programs SET is_global = 0 WHERE "
                                               "is_global = 1 AND id <> ?"),
                                {programId});
        if (!a)
            return Status::failure(a.error());
        auto b = Database::exec(
            conn, QStringLiteral("UPDATE programs SET is_global = 1 WHERE id = ?"), {programId});
        return b ? Status() : Status::failure(b.error());
    });
}

Status ProgramRepository::remove(qint64 programId) const
{
    return m_db.write([&](QSqlDatabase& conn) {
        // Accounts on it fall back to the global program rather than to none.
        auto a = Database::exec(conn,
                                QStringLiteral("UPDATE accounts SET program_mode = 'global', "
                                               "program_id = NULL WHERE program_id = ?"),
                                {programId});
        if (!a)
            return Status::failure(a.error());
        auto d =
            Database::exec(conn, QStringLiteral("DELETE FROM programs WHERE id = ?"), {programId});
        return d ? Status() : Status::failure(d.error());
    });
}

Result<qint64> ProgramRepository::saveLevel(const Level& level) const
{
    Result<qint64> id = qint64(0);
    Status s = m_db.write([&](QSqlDatabase& conn) {
        id = saveLevelIn(conn, level);
        return id ? Status() : Status::failure(id.error());
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Result<qint64> ProgramRepository::saveLevelIn(QSqlDatabase& conn, const Level& level)
{
    if (level.programId <= 0)
        return Result<qint64>::failure(tr("A level belongs to a program: choose one first."));
    QVariantList values = levelValues(level);
    if (level.id == 0) {
        values.prepend(level.programId);
        auto q = Database::exec(
            conn,
            QStringLiteral("INSERT INTO levels (program_id, position, name, delay_days, "
                           "min_gap_days, threshold, exclusions, recipients, channels, "
                           "payment_deadline_days, registered, fee_amount, fee_supplier_account, "
                           "fee_expense_account, fee_auto_validate, automation_enabled, "
                           "automation_order, automation_day, repeat_every_days, repeat_max) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"),
            values);
        if (!q)
            return Result<qint64>::failure(q.error());
        q->next();
        return q->value(0).toLongLong();
    }
    values.append(level.id);
    auto q = Database::exec(
        conn,
        QStringLiteral(
            "UPDATE levels SET position = ?, name = ?, delay_days = ?, min_gap_days = ?, "
            "threshold = ?, exclusions = ?, recipients = ?, channels = ?, "
            "payment_deadline_days = ?, registered = ?, fee_amount = ?, "
            "fee_supplier_account = ?, fee_expense_account = ?, fee_auto_validate = ?, "
            "automation_enabled = ?, automation_order = ?, automation_day = ?, "
            "repeat_every_days = ?, repeat_max = ? WHERE id = ?"),
        values);
    if (!q)
        return Result<qint64>::failure(q.error());
    return level.id;
}
