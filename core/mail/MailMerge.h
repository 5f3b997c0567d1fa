#pragma once

#include "letters/MergeData.h"

#include <QSqlDatabase>

// The merge fields of one reminder's e-mail to one addressee, read from the
// reminder's snapshot (not the ledger of today), the account, the guarantor
// and the agency, formatted in the letter's language.
class MailMerge
{
public:
    static MergeData forReminder(QSqlDatabase& conn, qint64 reminderId, qint64 guarantorId);
};
