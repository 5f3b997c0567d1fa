#include "ReminderDraft.h"

#include "Plan.h"
#include "RunOptions.h"
#include "ledger/Destination.h"
#include "ledger/PostalAddress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The overdue items as the letter lists them; the letter producer reads this
// snapshot, never the ledger, so a reprint says what the original said.
QString itemsJson(const AccountPosition& position)
{
    QJsonArray items;
    for (const PositionItem& i : position.items) {
        QJsonObject o;
        o[QStringLiteral("entry_ref")] = i.entryRef;
        o[QStringLiteral("label")] = i.label;
        o[QStringLiteral("due_date")] = i.dueDate.toString(Qt::ISODate);
        o[QStringLiteral("amount")] = i.amount.toPlainString();
        o[QStringLiteral("remaining")] = i.remaining.toPlainString();
        items.append(o);
    }
    return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));
}

} // namespace

ReminderRecord ReminderDraft::record(const PlannedReminder& planned, const RunOptions& options)
{
    ReminderRecord r;
    r.accountId = planned.accountId;
    r.levelId = planned.levelSettings.id;
    r.levelPosition = planned.level;
    r.levelName = planned.levelName;
    r.repeat = planned.repeat;
    r.date = options.asOf;
    r.episodeStart = planned.episodeStart;
    r.overdue = planned.overdue;
    r.balance = planned.balance;
    r.oldestDueDate = planned.position.oldestDueDate;
    r.itemsJson = itemsJson(planned.position);
    r.recipients = planned.recipients;
    r.channels = planned.channels;
    r.deadline = planned.deadline;
    r.registered = planned.levelSettings.registered;
    r.userName = options.userName;
    r.fee = planned.fee;
    if (planned.channels.contains(QStringLiteral("letter")))
        r.letterState = options.letterState;
    return r;
}

QList<ReminderLetter> ReminderDraft::letters(const PlannedReminder& planned)
{
    QList<ReminderLetter> letters;
    if (!planned.channels.contains(QStringLiteral("letter")))
        return letters;
    const Account& a = planned.account;
    if (planned.tenantByLetter) {
        ReminderLetter l;
        l.recipient = QStringLiteral("tenant");
        l.addressee = a.name;
        l.address = PostalAddress::block(a).join(u'\n');
        letters << l;
    }
    if (planned.recipients.contains(QStringLiteral("guarantor"))) {
        for (const Guarantor& g : planned.guarantors) {
            if (!Destination::usableAddress(g))
                continue;
            ReminderLetter l;
            l.recipient = QStringLiteral("guarantor");
            l.guarantorId = g.id;
            l.addressee = g.name;
            l.address = PostalAddress::block(g).join(u'\n');
            letters << l;
        }
    }
    return letters;
}
