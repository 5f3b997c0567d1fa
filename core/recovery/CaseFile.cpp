#include "CaseFile.h"

#include "storage/AccountRepository.h"
#include "storage/CaseEventRepository.h"
#include "storage/Database.h"
#include "util/FieldLimits.h"

bool CaseFile::setsLitigation(CaseEventKind kind)
{
    return kind == CaseEventKind::HandedToCommissaire || kind == CaseEventKind::CommandementServed;
}

Result<qint64> CaseFile::record(const QString& ref, CaseEvent event, const QString& userName) const
{
    using R = Result<qint64>;
    auto account = AccountRepository(m_db).byRef(ref);
    if (!account)
        return R::failure(account.kind(), account.error());
    if (!event.date.isValid())
        return R::failure(ErrorKind::BadInput, tr("The event needs a date."));
    if (event.note.size() > FieldLimits::notes)
        return R::failure(
            ErrorKind::BadInput,
            tr("The note is longer than %1 characters: shorten it.").arg(FieldLimits::notes));
    if (!event.document.isEmpty()) {
        if (event.document.size() > maxDocumentBytes)
            return R::failure(ErrorKind::BadInput,
                              tr("The document is larger than %1 MB: scan it at a lower "
                                 "resolution or keep it outside Relance.")
                                  .arg(maxDocumentBytes / (1024 * 1024)));
        // The case file keeps PDFs only: what the hand-off appends.
        if (!event.document.startsWith("%PDF-"))
            return R::failure(ErrorKind::BadInput,
                              tr("The document is not a PDF file: save it as PDF and try again."));
        if (event.documentName.trimmed().isEmpty())
            event.documentName = QStringLiteral("document.pdf");
        if (event.documentName.size() > FieldLimits::label)
            event.documentName = event.documentName.right(FieldLimits::label);
    } else {
        event.documentName.clear();
    }
    event.accountId = account->id;
    event.userName = userName;
    event.createdAt = QDateTime::currentDateTimeUtc();
    event.cancelled = false;

    qint64 id = 0;
    const Status s = m_db.write([&](QSqlDatabase& conn) -> Status {
        auto inserted = CaseEventRepository::insertIn(conn, event);
        if (!inserted)
            return Status::failure(inserted.kind(), inserted.error());
        id = *inserted;
        if (setsLitigation(event.kind) && !account->litigation)
            if (Status flagged = AccountRepository::setLitigationIn(conn, account->id); !flagged)
                return flagged;
        return Database::audit(
            conn, QStringLiteral("event.add"), QStringLiteral("account"), ref,
            QStringLiteral("%1 %2 (event %3)")
                .arg(CaseEventKeys::toKey(event.kind), event.date.toString(Qt::ISODate))
                .arg(id));
    });
    if (!s)
        return R::failure(s.kind(), s.error());
    return id;
}

Status CaseFile::cancel(qint64 eventId, const QString& userName) const
{
    return m_db.write([&](QSqlDatabase& conn) -> Status {
        auto event = CaseEventRepository::byIdIn(conn, eventId);
        if (!event)
            return Status::failure(event.kind(), event.error());
        if (event->cancelled)
            return Status::failure(ErrorKind::BadInput,
                                   tr("Event %1 was already cancelled by %2; nothing was changed.")
                                       .arg(eventId)
                                       .arg(event->cancelledBy));
        if (Status s = CaseEventRepository::markCancelledIn(conn, eventId, userName,
                                                            QDateTime::currentDateTimeUtc());
            !s)
            return s;
        return Database::audit(conn, QStringLiteral("event.cancel"), QStringLiteral("event"),
                               QString::number(eventId), CaseEventKeys::toKey(event->kind));
    });
}

Result<QList<CaseEvent>> CaseFile::events(const QString& ref) const
{
    auto account = AccountRepository(m_db).byRef(ref);
    if (!account)
        return Result<QList<CaseEvent>>::failure(account.kind(), account.error());
    return CaseEventRepository(m_db).forAccount(account->id);
}
