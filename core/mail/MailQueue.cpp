#include "MailQueue.h"

#include "MailAddress.h"
#include "MailMerge.h"
#include "SmtpSettings.h"
#include "letters/TemplateEngine.h"
#include "storage/Database.h"
#include "storage/OutboxRepository.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

struct Addressee
{
    QString recipient; // tenant / guarantor
    qint64 guarantorId = 0;
    int guarantorPosition = 0;
    QString name;
    QString emails;
};

struct Texts
{
    QString subject;
    QString body;
};

Result<Texts> templateTexts(QSqlDatabase& conn, qint64 templateId, qint64 levelId,
                            const QString& language)
{
    Result<QSqlQuery> q =
        templateId > 0
            ? Database::exec(conn,
                             QStringLiteral("SELECT email_subject, email_body FROM templates "
                                            "WHERE id = ?"),
                             {templateId})
            : Database::exec(conn,
                             QStringLiteral("SELECT email_subject, email_body FROM templates "
                                            "WHERE level_id = ? ORDER BY CASE WHEN language = ? "
                                            "THEN 0 ELSE 1 END, is_default DESC, id LIMIT 1"),
                             {levelId, language});
    if (!q)
        return Result<Texts>::failure(q.error());
    Texts t;
    if (q->next()) {
        t.subject = q->value(0).toString();
        t.body = q->value(1).toString();
    }
    return t;
}

} // namespace

Result<MailQueue::Report> MailQueue::queueRun(const Database& db, qint64 runId)
{
    Report report;
    Status s = db.write([&](QSqlDatabase& conn) -> Status {
        auto r = queueRunIn(conn, runId);
        if (!r)
            return Status::failure(r.error());
        report = *r;
        return {};
    });
    if (!s)
        return Result<Report>::failure(s.error());
    return report;
}

Result<MailQueue::Report> MailQueue::queueRunIn(QSqlDatabase& conn, qint64 runId)
{
    using R = Result<Report>;
    Report report;
    auto settingOf = [&](const char* key) {
        auto q = Database::exec(conn, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                {QString(QStringLiteral("smtp.") + QLatin1String(key))});
        return q && q->next() ? q->value(0).toString() : QString();
    };
    const QString cc = settingOf("cc");

    auto reminders = Database::exec(
        conn,
        QStringLiteral("SELECT r.id, r.account_id, r.recipients, r.channels, r.template_id, "
                       "r.level_id, r.level_position, r.date, a.ref, a.name, a.email, a.language "
                       "FROM reminders r JOIN accounts a ON a.id = r.account_id "
                       "WHERE r.run_id = ? ORDER BY a.ref"),
        {runId});
    if (!reminders)
        return R::failure(reminders.error());
    struct Row
    {
        qint64 id, accountId, templateId, levelId;
        QStringList recipients, channels;
        int level;
        QString date, ref, name, email, language;
    };
    QList<Row> rows;
    while (reminders->next()) {
        const auto& q = *reminders;
        rows << Row{q.value(0).toLongLong(),
                    q.value(1).toLongLong(),
                    q.value(4).toLongLong(),
                    q.value(5).toLongLong(),
                    q.value(2).toString().split(u',', Qt::SkipEmptyParts),
                    q.value(3).toString().split(u',', Qt::SkipEmptyParts),
                    q.value(6).toInt(),
                    q.value(7).toString(),
                    q.value(8).toString(),
                    q.value(9).toString(),
                    q.value(10).toString(),
                    q.value(11).toString()};
    }
    reminders->finish();

    for (const Row& row : rows) {
        if (!row.channels.contains(QStringLiteral("email")))
            continue;
        QList<Addressee> addressees;
        if (row.recipients.contains(QStringLiteral("tenant")))
            addressees << Addressee{QStringLiteral("tenant"), 0, 0, row.name, row.email};
        if (row.recipients.contains(QStringLiteral("guarantor"))) {
            auto g = Database::exec(conn,
                                    QStringLiteral("SELECT id, position, name, email FROM "
                                                   "guarantors WHERE account_id = ? ORDER BY "
                                                   "position, id"),
                                    {row.accountId});
            if (!g)
                return R::failure(g.error());
            while (g->next())
                addressees << Addressee{QStringLiteral("guarantor"), g->value(0).toLongLong(),
                                        g->value(1).toInt(), g->value(2).toString(),
                                        g->value(3).toString()};
        }
        const auto texts = templateTexts(conn, row.templateId, row.levelId, row.language);
        if (!texts)
            return R::failure(texts.error());

        for (const Addressee& who : addressees) {
            const QStringList addresses = MailAddress::splitList(who.emails);
            if (addresses.isEmpty())
                continue;
            auto letter = Database::exec(
                conn,
                QStringLiteral("SELECT id, file_path FROM letters WHERE reminder_id = ? AND "
                               "recipient = ? AND COALESCE(guarantor_id, 0) = ? ORDER BY id "
                               "LIMIT 1"),
                {row.id, who.recipient, who.guarantorId});
            if (!letter)
                return R::failure(letter.error());
            qint64 letterId = 0;
            QString filePath;
            if (letter->next()) {
                letterId = letter->value(0).toLongLong();
                filePath = letter->value(1).toString();
            }
            letter->finish();

            const MergeData data = MailMerge::forReminder(conn, row.id, who.guarantorId);
            QString subject = texts->subject.isEmpty()
                                  ? QString()
                                  : TemplateEngine::render(texts->subject, data,
                                                           TemplateEngine::Part::EmailSubject)
                                        .simplified();
            if (subject.isEmpty())
                subject =
                    tr("%1 — account %2")
                        .arg(data.values.value(QStringLiteral("reminder.level_name")), row.ref);
            QString body =
                texts->body.isEmpty()
                    ? tr("Please find attached our letter about your account %1.").arg(row.ref)
                    : TemplateEngine::render(texts->body, data, TemplateEngine::Part::EmailBody);
            QString fileName = QStringLiteral("relance-%1-%2-%3")
                                   .arg(row.ref, QString::number(row.level), row.date);
            if (who.guarantorId != 0)
                fileName += QStringLiteral("-garant%1").arg(who.guarantorPosition);

            for (const QString& address : addresses) {
                OutboxMessage m;
                m.reminderId = row.id;
                m.letterId = letterId;
                m.recipient = who.recipient;
                m.toAddress = address;
                m.toName = who.name;
                m.cc = cc;
                m.subject = subject;
                m.body = body;
                m.attachmentPath = filePath;
                m.attachmentName = MailAddress::asciiFileName(fileName + QStringLiteral(".pdf"));
                m.createdAt = QDateTime::currentDateTimeUtc();
                const bool usable = MailAddress::isValid(address);
                if (!usable) {
                    m.state = OutboxState::Failed;
                    m.permanentFailure = true;
                    m.lastError =
                        tr("“%1” is not a valid e-mail address.").arg(address.simplified());
                }
                auto id = OutboxRepository::insertIn(conn, m);
                if (!id)
                    return R::failure(id.error());
                if (!id->has_value()) {
                    ++report.alreadyQueued;
                    continue;
                }
                if (usable) {
                    ++report.queued;
                    continue;
                }
                report.refused << row.ref + QStringLiteral(": ") + m.lastError;
                if (Status s = OutboxRepository::fallBackToPaperIn(conn, row.id, letterId); !s)
                    return R::failure(s.error());
            }
        }
    }
    return report;
}
