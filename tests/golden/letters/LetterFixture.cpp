#include "LetterFixture.h"

#include "reminders/Program.h"
#include "reminders/RunRecord.h"
#include "setup/DatabaseSetup.h"
#include "storage/AccountRepository.h"
#include "storage/AgencyRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/ReminderRepository.h"
#include "storage/RunRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

namespace LetterFixture {

AgencyIdentity agency()
{
    AgencyIdentity a;
    a.name = QStringLiteral("Agence du Parc");
    a.address1 = QStringLiteral("8 quai de Saône");
    a.postalCode = QStringLiteral("69001");
    a.city = QStringLiteral("Lyon");
    a.phone = QStringLiteral("04 72 00 00 00");
    a.email = QStringLiteral("gestion@agence-du-parc.fr");
    a.siret = QStringLiteral("123 456 789 00012");
    a.professionalCard = QStringLiteral("CPI 6901 2026 000 000 001");
    a.legalFooter = QStringLiteral("Garantie financière : Galian, 89 rue La Boétie, 75008 Paris");
    a.signatory = QStringLiteral("Claire Martin, gestionnaire");
    return a;
}

Account dupont()
{
    Account a;
    a.ref = QStringLiteral("LOC0042");
    a.name = QStringLiteral("M. Jean Dupont");
    a.email = QStringLiteral("jean.dupont@example.fr");
    a.address1 = QStringLiteral("12 rue des Lilas");
    a.address2 = QStringLiteral("Bâtiment B");
    a.postalCode = QStringLiteral("69003");
    a.city = QStringLiteral("Lyon");
    a.property = QStringLiteral("Appartement 3B, 12 rue des Lilas, 69003 Lyon");
    Guarantor g;
    g.name = QStringLiteral("Mme Marie Dupont");
    g.address1 = QStringLiteral("3 place Bellecour");
    g.postalCode = QStringLiteral("69002");
    g.city = QStringLiteral("Lyon");
    a.guarantors = {g};
    return a;
}

QString monthlyItems(int months, const QDate& firstDue, Money amount, Money* total)
{
    static const char* const names[] = {"janvier",   "février", "mars",     "avril",
                                        "mai",       "juin",    "juillet",  "août",
                                        "septembre", "octobre", "novembre", "décembre"};
    QJsonArray items;
    Money sum;
    for (int i = 0; i < months; ++i) {
        const QDate due = firstDue.addMonths(i);
        QJsonObject o;
        o[QStringLiteral("entry_ref")] = QStringLiteral("L%1").arg(i + 1);
        o[QStringLiteral("label")] = QStringLiteral("Loyer %1 %2")
                                         .arg(QString::fromUtf8(names[due.month() - 1]))
                                         .arg(due.year());
        o[QStringLiteral("due_date")] = due.toString(Qt::ISODate);
        o[QStringLiteral("amount")] = amount.toPlainString();
        o[QStringLiteral("remaining")] = amount.toPlainString();
        items.append(o);
        sum += amount;
    }
    if (total)
        *total = sum;
    return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));
}

qint64 recordRun(Database& db, const QDate& asOf, QList<Issued>& issued)
{
    REQUIRE(DatabaseSetup::prepare(db).ok());
    REQUIRE(AgencyRepository(db).save(agency()).ok());
    auto program = ProgramRepository(db).global();
    REQUIRE(program.ok());
    qint64 runId = 0;
    const Status st = db.write([&](QSqlDatabase& conn) -> Status {
        RunRecord run;
        run.createdAt = QDateTime::currentDateTimeUtc();
        run.asOf = asOf;
        auto id = RunRepository::insertIn(conn, run);
        if (!id)
            return Status::failure(id.error());
        runId = *id;
        for (Issued& i : issued) {
            auto accountId = AccountRepository::saveIn(conn, i.account);
            if (!accountId)
                return Status::failure(accountId.error());
            i.account.id = *accountId;
            auto guarantors = Database::exec(
                conn,
                QStringLiteral("SELECT id FROM guarantors WHERE account_id = ? ORDER BY position"),
                {*accountId});
            for (Guarantor& g : i.account.guarantors) {
                if (guarantors && guarantors->next())
                    g.id = guarantors->value(0).toLongLong();
            }
            const Level* level = program->level(i.level);
            REQUIRE(level);
            ReminderRecord r;
            r.runId = runId;
            r.accountId = *accountId;
            r.levelId = level->id;
            r.levelPosition = i.level;
            r.levelName = level->name;
            r.date = asOf;
            r.episodeStart = i.oldestDue;
            r.overdue = i.overdue;
            r.balance = i.overdue;
            r.oldestDueDate = i.oldestDue;
            r.itemsJson = i.itemsJson;
            r.recipients = i.level >= 3 ? QStringList{QStringLiteral("guarantor")}
                                        : QStringList{QStringLiteral("tenant")};
            if (i.level == 4)
                r.recipients.prepend(QStringLiteral("tenant"));
            r.channels = {QStringLiteral("letter")};
            r.deadline = asOf.addDays(i.level >= 3 ? 15 : 8);
            r.registered = i.level == 4;
            auto rid = ReminderRepository::insertIn(conn, r);
            if (!rid || !*rid)
                return Status::failure(rid ? QStringLiteral("duplicate") : rid.error());
            if (r.recipients.contains(QStringLiteral("tenant"))) {
                ReminderLetter l;
                l.reminderId = **rid;
                l.addressee = i.account.name;
                if (auto lid = ReminderRepository::insertLetterIn(conn, l); !lid)
                    return Status::failure(lid.error());
            }
            if (r.recipients.contains(QStringLiteral("guarantor"))) {
                for (const Guarantor& g : i.account.guarantors) {
                    ReminderLetter l;
                    l.reminderId = **rid;
                    l.recipient = QStringLiteral("guarantor");
                    l.guarantorId = g.id;
                    l.addressee = g.name;
                    if (auto lid = ReminderRepository::insertLetterIn(conn, l); !lid)
                        return Status::failure(lid.error());
                }
            }
        }
        return {};
    });
    INFO(st.error().toStdString());
    REQUIRE(st.ok());
    return runId;
}

QString run(const QString& program, const QStringList& args, int* exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

QString normalizedText(const QString& pdfPath)
{
    QString text = TestSupport::pdfText(pdfPath);
    // Non-breaking and narrow spaces read as plain spaces.
    text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
    QStringList lines;
    for (const QString& line : text.split(u'\n')) {
        const QString l = line.simplified();
        if (!l.isEmpty())
            lines << l;
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace LetterFixture
