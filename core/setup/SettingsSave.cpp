#include "SettingsSave.h"

#include "import/FecSettingsSave.h"
#include "reminders/ProgramEditor.h"
#include "storage/AgencyRepository.h"
#include "storage/Database.h"
#include "storage/ProgramRepository.h"
#include "storage/RecoverySettingsRepository.h"
#include "storage/SettingsRepository.h"

Status SettingsSave::save(const Database& db, const AgencySettings& settings)
{
    // The programs as they stand, so that each automation change is checked
    // with its level's program (ProgramEditor's rules).
    QList<Program> programs;
    if (!settings.automation.isEmpty()) {
        auto all = ProgramRepository(db).all();
        if (!all)
            return Status::failure(all.error());
        programs = *all;
    }
    const auto programOf = [&](qint64 levelId) -> const Program* {
        for (const Program& p : std::as_const(programs))
            for (const Level& l : p.levels)
                if (l.id == levelId)
                    return &p;
        return nullptr;
    };
    return db.write([&](QSqlDatabase& conn) -> Status {
        if (Status s = AgencyRepository::saveIn(conn, settings.agency); !s)
            return s;
        if (Status s = SettingsRepository::setEnvelopeWindowIn(conn, settings.window); !s)
            return s;
        if (Status s = settings.smtp.saveIn(conn); !s)
            return s;
        if (Status s = RecoverySettingsRepository::saveIn(conn, settings.recovery); !s)
            return s;
        if (settings.fec)
            if (Status s = FecSettingsSave::saveIn(conn, *settings.fec); !s)
                return s;
        for (const AgencySettings::Automation& a : settings.automation) {
            const Program* program = programOf(a.levelId);
            if (!program)
                return Status::failure(tr("A level whose automation was changed no longer "
                                          "exists (it was removed in Levels & templates): "
                                          "revert and try again."));
            if (Status s = ProgramEditor::setAutomationIn(conn, *program, a.levelId, a.enabled,
                                                          a.dayOfMonth);
                !s)
                return s;
        }
        return {};
    });
}
