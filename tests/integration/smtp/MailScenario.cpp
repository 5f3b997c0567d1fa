#include "MailScenario.h"

#include "SmtpFixture.h"
#include "TestSupport.h"
#include "mail/MailQueue.h"
#include "reminders/ReminderLetter.h"
#include "reminders/ReminderRecord.h"
#include "reminders/RunRecord.h"
#include "storage/AccountRepository.h"
#include "storage/ReminderRepository.h"
#include "storage/RunRepository.h"

#include <QRandomGenerator>

using namespace TestSupport;

MailScenario::MailScenario()
{
    m_db = createDatabase(m_dir);
    auto program =
        m_db->exec(QStringLiteral("INSERT INTO programs (name, is_global) VALUES ('Mail tests', 0) "
                                  "RETURNING id"));
    REQUIRE(program);
    REQUIRE(program->next());
    const qint64 programId = program->value(0).toLongLong();
    auto level = m_db->exec(QStringLiteral("INSERT INTO levels (program_id, position, name, "
                                           "recipients, channels) VALUES (?, 1, ?, "
                                           "'tenant,guarantor', 'letter,email') RETURNING id"),
                            {programId, QStringLiteral("Première relance")});
    REQUIRE(level);
    REQUIRE(level->next());
    m_levelId = level->value(0).toLongLong();
    auto t = m_db->exec(
        QStringLiteral("INSERT INTO templates (level_id, name, language, is_default, body, "
                       "email_subject, email_body) VALUES (?, 'Standard', 'fr', 1, '', ?, ?)"),
        {m_levelId, QStringLiteral("Loyer impayé — {{account.ref}} — {{recipient.name}}"),
         QStringLiteral("Bonjour {{recipient.name}},\n\nVous nous devez {{reminder.overdue}}.\n"
                        ".\nUne ligne qui commence par un point.\nCordialement,\n"
                        "{{agency.name}}")});
    REQUIRE(t);
    REQUIRE(m_db->exec(QStringLiteral("UPDATE agency SET name = ? WHERE id = 1"),
                       {QStringLiteral("Agence Étoile")}));
}

void MailScenario::setEmailTexts(const QString& subject, const QString& body)
{
    REQUIRE(m_db->exec(QStringLiteral("UPDATE templates SET email_subject = ?, email_body = ? "
                                      "WHERE level_id = ?"),
                       {subject, body, m_levelId}));
}

qint64 MailScenario::addRun(const QList<Tenant>& tenants, const QStringList& recipients)
{
    AccountRepository accounts(*m_db);
    qint64 runId = 0;
    auto* rng = QRandomGenerator::global();
    const auto writePdf = [&](const QString& key) {
        QByteArray bytes("%PDF-1.4\n");
        bytes.reserve(pdfBytes);
        while (bytes.size() < pdfBytes)
            bytes.append(char(rng->bounded(256)));
        const QString path = pdfPath(key);
        writeFile(path, bytes);
        m_pdfs.insert(key, bytes);
        return path;
    };
    for (const Tenant& tenant : tenants) {
        Account a;
        a.ref = tenant.ref;
        a.name = tenant.name;
        a.email = tenant.email;
        a.address1 = QStringLiteral("12 rue des Lilas");
        a.postalCode = QStringLiteral("69003");
        a.city = QStringLiteral("Lyon");
        for (const auto& [name, email] : tenant.guarantors) {
            Guarantor g;
            g.name = name;
            g.email = email;
            g.address1 = QStringLiteral("3 place Bellecour");
            g.postalCode = QStringLiteral("69002");
            g.city = QStringLiteral("Lyon");
            a.guarantors << g;
        }
        REQUIRE(accounts.save(a));
    }
    const Status s = m_db->write([&](QSqlDatabase& conn) -> Status {
        RunRecord run;
        run.createdAt = QDateTime::currentDateTimeUtc();
        run.asOf = QDate(2026, 11, 23);
        run.userName = QStringLiteral("test");
        auto id = RunRepository::insertIn(conn, run);
        if (!id)
            return Status::failure(id.error());
        runId = *id;
        for (const Tenant& tenant : tenants) {
            auto account = accounts.byRef(tenant.ref);
            if (!account)
                return Status::failure(account.error());
            ReminderRecord r;
            r.runId = runId;
            r.accountId = account->id;
            r.levelId = m_levelId;
            r.levelPosition = 1;
            r.levelName = QStringLiteral("Première relance");
            r.date = QDate(2026, 11, 23);
            r.episodeStart = QDate(2026, 10, 5);
            r.overdue = Money::fromCents(101350);
            r.balance = Money::fromCents(101350);
            r.oldestDueDate = QDate(2026, 10, 5);
            r.itemsJson = itemsJson;
            r.recipients = recipients;
            r.channels = {QStringLiteral("letter"), QStringLiteral("email")};
            r.deadline = QDate(2026, 12, 1);
            r.letterState = LetterState::Generated;
            auto rid = ReminderRepository::insertIn(conn, r);
            if (!rid || !rid->has_value())
                return Status::failure(QStringLiteral("reminder not recorded"));
            if (recipients.contains(QStringLiteral("tenant"))) {
                ReminderLetter l;
                l.reminderId = **rid;
                l.addressee = tenant.name;
                l.state = LetterState::Generated;
                l.filePath = writePdf(tenant.ref + QStringLiteral("/tenant"));
                if (auto lid = ReminderRepository::insertLetterIn(conn, l); !lid)
                    return Status::failure(lid.error());
            }
            if (recipients.contains(QStringLiteral("guarantor"))) {
                int n = 0;
                for (const Guarantor& g : account->guarantors) {
                    ReminderLetter l;
                    l.reminderId = **rid;
                    l.recipient = QStringLiteral("guarantor");
                    l.guarantorId = g.id;
                    l.addressee = g.name;
                    l.state = LetterState::Generated;
                    l.filePath =
                        writePdf(tenant.ref + QStringLiteral("/guarantor") + QString::number(++n));
                    if (auto lid = ReminderRepository::insertLetterIn(conn, l); !lid)
                        return Status::failure(lid.error());
                }
            }
        }
        return {};
    });
    INFO(s.error().toStdString());
    REQUIRE(s);
    auto queued = MailQueue::queueRun(*m_db, runId);
    INFO(queued.error().toStdString());
    REQUIRE(queued);
    return runId;
}

QStringList MailScenario::cli(QStringList args) const
{
    args << QStringLiteral("--db") << dbPath();
    return args;
}

QProcessEnvironment MailScenario::env(const QString& password) const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("RELANCE_SMTP_PASSWORD"), password);
    e.insert(QStringLiteral("RELANCE_NO_KEYRING"), QStringLiteral("1"));
    return e;
}

int MailScenario::smtpSet(const SmtpFixture& fixture, const QString& security,
                          const QStringList& extra)
{
    QStringList args = {QStringLiteral("smtp"),       QStringLiteral("set"),
                        QStringLiteral("--host"),     QStringLiteral("localhost"),
                        QStringLiteral("--port"),     QString::number(fixture.port()),
                        QStringLiteral("--security"), security,
                        QStringLiteral("--from"),     QStringLiteral("relances@agence-etoile.fr"),
                        QStringLiteral("--reply-to"), QStringLiteral("gestion@agence-etoile.fr"),
                        QStringLiteral("--timeout"),  QStringLiteral("10")};
    args << extra;
    const CliResult r = runCli(cli(args), {}, env());
    INFO(r.err.toStdString());
    return r.exitCode;
}

QHash<QString, QString> MailScenario::states() const
{
    QHash<QString, QString> out;
    auto q = m_db->exec(QStringLiteral("SELECT to_address, state FROM outbox ORDER BY id"));
    REQUIRE(q);
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

QString MailScenario::letterState(const QString& ref) const
{
    auto q = m_db->exec(QStringLiteral("SELECT l.state FROM letters l JOIN reminders r ON r.id = "
                                       "l.reminder_id JOIN accounts a ON a.id = r.account_id "
                                       "WHERE a.ref = ? AND l.recipient = 'tenant'"),
                        {ref});
    REQUIRE(q);
    return q->next() ? q->value(0).toString() : QString();
}

QString MailScenario::reminderLetterState(const QString& ref) const
{
    auto q = m_db->exec(QStringLiteral("SELECT r.letter_state FROM reminders r JOIN accounts a ON "
                                       "a.id = r.account_id WHERE a.ref = ?"),
                        {ref});
    REQUIRE(q);
    return q->next() ? q->value(0).toString() : QString();
}
