#include "CommandTable.h"

#include <QtGlobal>

int runInit(CliContext&);
int runHistory(CliContext&);

const std::vector<CliCommand>& cliCommands()
{
    static const std::vector<CliCommand> commands = {
        {QStringLiteral("init"), QT_TRANSLATE_NOOP("CliCommand", "create or migrate the database"),
         &runInit},
        {QStringLiteral("history"),
         QT_TRANSLATE_NOOP("CliCommand", "the reminders issued, per account or for all"),
         &runHistory},
    };
    return commands;
}
