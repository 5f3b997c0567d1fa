#include "OwnerStatementMailer.h"

#include "OwnerStatementEmail.h"
#include "mail/MailAddress.h"
#include "storage/Database.h"
#include "storage/OutboxRepository.h"
#include "storage/OwnerStatementRepository.h"

#include <QDateTime>
#include <QFileInfo>

Result<OwnerStatementMailer::Report> OwnerStatementMailer::queue(const Database& db,
                                                                 const OwnerStatements& all,
                                                                 const OwnerStatementFiles& files)
{
    using R = Result<Report>;
    auto text = OwnerStatementEmail::text(db, all.language);
    if (!text)
        return R::failure(text.kind(), text.error());
    Report report;
    const Status written =
        db.write([&](QSqlDatabase& conn) -> Status {
            report = {};
            for (qsizetype i = 0; i < all.statements.size(); ++i) {
                const OwnerStatement& s = all.statements.at(i);
                const QStringList addresses = MailAddress::splitList(s.owner.email);
                if (addresses.isEmpty()) {
                    ++report.withoutAddress;
                    continue;
                }
                const QString address = addresses.first();
                if (!MailAddress::isValid(address) ||
                    MailAddress::hasLineBreakOrControl(s.owner.name)) {
                    report.refused
                        << s.owner.ref + QStringLiteral(": ") +
                               tr("“%1” is not a valid e-mail address.").arg(address.simplified());
                    continue;
                }
                const QString path = files.paths.value(i);
                auto recorded = OwnerStatementRepository::recordIn(conn, s.owner.id, s.asOf, path);
                if (!recorded)
                    return Status::failure(recorded.kind(), recorded.error());
                if (!recorded->has_value()) {
                    ++report.alreadyQueued;
                    continue;
                }
                const OwnerStatementEmail::Text mail = OwnerStatementEmail::compose(*text, all, s);
                OutboxMessage m;
                m.recipient = QStringLiteral("owner");
                m.toAddress = address;
                m.toName = s.owner.name;
                m.subject = mail.subject;
                m.body = mail.body;
                m.attachmentPath = path;
                m.attachmentName = MailAddress::asciiFileName(QFileInfo(path).fileName());
                m.createdAt = QDateTime::currentDateTimeUtc();
                auto id = OutboxRepository::insertIn(conn, m);
                if (!id)
                    return Status::failure(id.kind(), id.error());
                if (!id->has_value())
                    return Status::failure(
                        tr("The e-mail to %1 could not be queued.").arg(s.owner.ref));
                if (Status st = OwnerStatementRepository::linkOutboxIn(conn, **recorded, **id); !st)
                    return st;
                ++report.queued;
            }
            return {};
        });
    if (!written)
        return R::failure(written.kind(), written.error());
    return report;
}
