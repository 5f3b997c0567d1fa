#include "DefaultProgram.h"

#include "storage/Database.h"
#include "storage/ProgramRepository.h"

namespace {
const char* const sourceName = QT_TRANSLATE_NOOP("DefaultProgram", "Default program");
}

Program DefaultProgram::make()
{
    Program p;
    p.name = tr(sourceName);
    p.isGlobal = true;
    struct Row
    {
        const char* name;
        int delay;
        bool tenant;
        bool guarantor;
        bool registered;
        int deadline;
    };
    // Level names are French: they are the titles the letters carry.
    static const Row rows[] = {
        {"Première relance", 5, true, false, false, 8},
        {"Deuxième relance", 15, true, false, false, 8},
        {"Information de la caution", 30, false, true, false, 15},
        {"Mise en demeure", 45, true, true, true, 15},
    };
    int position = 1;
    for (const Row& r : rows) {
        Level l;
        l.position = position++;
        l.name = QString::fromUtf8(r.name);
        l.delayDays = r.delay;
        l.threshold = Money::fromCents(1000);
        l.toTenant = r.tenant;
        l.toGuarantor = r.guarantor;
        l.byLetter = true;
        l.byEmail = true;
        l.registered = r.registered;
        l.paymentDeadlineDays = r.deadline;
        p.levels.append(l);
    }
    return p;
}

Status DefaultProgram::install(Database& db)
{
    ProgramRepository repo(db);
    auto count = repo.count();
    if (!count)
        return Status::failure(count.error());
    if (*count > 0)
        return {};
    auto id = repo.save(make());
    if (!id)
        return Status::failure(id.error());
    return {};
}

QString DefaultProgram::displayName(const QString& storedName)
{
    if (storedName == QLatin1String(sourceName) || storedName == tr(sourceName))
        return tr(sourceName);
    return storedName;
}
