#pragma once

#include "util/Result.h"

#include <QCoreApplication>

// Why the SMTP password was not found, as the window says it: when none is
// known (core says only that), where to type it.
class MailPasswordProblem
{
    Q_DECLARE_TR_FUNCTIONS(MailPasswordProblem)

public:
    static QString describe(const Result<QString>& password);
};
