#include "CommandTable.h"

#include <QtGlobal>

int runInit(CliContext&);

const std::vector<CliCommand>& cliCommands()
{
    static const std::vector<CliCommand> commands = {
        {QStringLiteral("init"), QT_TRANSLATE_NOOP("CliCommand", "create or migrate the database"),
         &runInit},
    };
    return commands;
}
