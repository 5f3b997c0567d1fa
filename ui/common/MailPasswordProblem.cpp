#include "MailPasswordProblem.h"

QString MailPasswordProblem::describe(const Result<QString>& password)
{
    if (password.kind() != ErrorKind::NotConfigured)
        return password.error();
    return tr("%1 Type it in Settings, on the E-mail tab.").arg(password.error());
}
