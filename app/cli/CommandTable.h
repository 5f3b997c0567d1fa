#pragma once

#include <QString>

#include <vector>

class CliContext;

// A command of relance-cli: its words ("import ledger") and what it does.
struct CliCommand
{
    QString words;
    const char* summary; // translated with QCoreApplication::translate("CliCommand", …)
    int (*run)(CliContext&);
    int maxArguments = 0; // positional arguments it takes (a file name, a run id)
};

const std::vector<CliCommand>& cliCommands();
