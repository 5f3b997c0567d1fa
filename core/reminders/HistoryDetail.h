#pragma once

#include "FeeInvoice.h"
#include "HistoryEntry.h"
#include "ReminderLetter.h"
#include "mail/OutboxMessage.h"

#include <QList>

#include <optional>

// One issued reminder with everything the desktop shows about it: the
// summary of the history, and each of its letters, e-mails and its fee
// invoice one by one (the summary keeps only the worst state).
struct HistoryDetail
{
    HistoryEntry entry;
    QList<ReminderLetter> letters;
    QList<OutboxMessage> emails;
    std::optional<FeeInvoice> invoice;
};
