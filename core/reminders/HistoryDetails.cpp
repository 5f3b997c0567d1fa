#include "HistoryDetails.h"

#include "History.h"
#include "storage/FeeInvoiceRepository.h"
#include "storage/HistoryRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/ReminderRepository.h"

#include <QHash>

#include <algorithm>

Result<QList<HistoryDetail>> HistoryDetails::load(const Database& db, qint64 accountId)
{
    using R = Result<QList<HistoryDetail>>;
    auto entries = HistoryRepository(db).load(accountId);
    if (!entries)
        return R::failure(entries.error());
    History::sort(*entries);
    // History sorts oldest first (cli.md); screens show the newest first.
    std::reverse(entries->begin(), entries->end());

    QList<HistoryDetail> details;
    details.reserve(entries->size());
    QHash<qint64, qsizetype> index;
    for (const HistoryEntry& e : std::as_const(*entries)) {
        index.insert(e.reminderId, details.size());
        details.append(HistoryDetail{e, {}, {}, std::nullopt});
    }

    // Three reads for the whole list rather than three per reminder.
    auto letters = ReminderRepository(db).lettersOfAccount(accountId);
    if (!letters)
        return R::failure(letters.error());
    for (const ReminderLetter& l : std::as_const(*letters))
        if (auto it = index.constFind(l.reminderId); it != index.cend())
            details[*it].letters.append(l);

    auto mails = OutboxRepository(db).ofAccount(accountId);
    if (!mails)
        return R::failure(mails.error());
    for (const OutboxMessage& m : std::as_const(*mails))
        if (auto it = index.constFind(m.reminderId); it != index.cend())
            details[*it].emails.append(m);

    FeeInvoiceRepository invoices(db);
    auto fees = accountId > 0 ? invoices.ofAccount(accountId) : invoices.all();
    if (!fees)
        return R::failure(fees.error());
    for (const FeeInvoice& f : std::as_const(*fees))
        if (auto it = index.constFind(f.reminderId); it != index.cend())
            details[*it].invoice = f;
    return details;
}
