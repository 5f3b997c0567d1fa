#include "MailMerge.h"

#include "letters/LetterFormat.h"
#include "letters/MergeFields.h"
#include "letters/NumberToWords.h"
#include "money/Money.h"
#include "storage/Database.h"

#include <QDate>
#include <QSqlQuery>

namespace {

QString oneLine(const QStringList& parts)
{
    QStringList kept;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(QStringLiteral(", "));
}

} // namespace

MergeData MailMerge::forReminder(QSqlDatabase& conn, qint64 reminderId, qint64 guarantorId)
{
    MergeData data;
    // Every field exists, so a template never shows a tag for a value we lack.
    for (const MergeField& f : MergeFields::all())
        if (f.kind == MergeField::Kind::Value)
            data.values.insert(f.name, QString());
    auto& v = data.values;

    auto agency = Database::exec(
        conn,
        QStringLiteral("SELECT name, address1, address2, postal_code, city, phone, email, "
                       "website, siret, professional_card, signatory FROM agency WHERE id = 1"));
    if (agency && agency->next()) {
        const QStringList keys = {QStringLiteral("name"),     QStringLiteral("address1"),
                                  QStringLiteral("address2"), QStringLiteral("postal_code"),
                                  QStringLiteral("city"),     QStringLiteral("phone"),
                                  QStringLiteral("email"),    QStringLiteral("website"),
                                  QStringLiteral("siret"),    QStringLiteral("professional_card"),
                                  QStringLiteral("signatory")};
        for (int i = 0; i < keys.size(); ++i)
            v.insert(QStringLiteral("agency.") + keys.at(i), agency->value(i).toString());
        v.insert(QStringLiteral("agency.address"),
                 oneLine({agency->value(1).toString(), agency->value(2).toString(),
                          agency->value(3).toString() + u' ' + agency->value(4).toString()}));
    }

    auto r = Database::exec(
        conn,
        QStringLiteral("SELECT a.ref, a.name, a.address1, a.address2, a.postal_code, a.city, "
                       "a.property, a.email, a.phone, a.language, r.level_position, r.level_name, "
                       "r.date, r.overdue, r.balance, r.oldest_due_date, r.deadline, r.registered "
                       "FROM reminders r JOIN accounts a ON a.id = r.account_id WHERE r.id = ?"),
        {reminderId});
    if (!r || !r->next())
        return data;
    const QString lang = r->value(9).toString();
    const QStringList accountKeys = {
        QStringLiteral("ref"),      QStringLiteral("name"),        QStringLiteral("address1"),
        QStringLiteral("address2"), QStringLiteral("postal_code"), QStringLiteral("city"),
        QStringLiteral("property"), QStringLiteral("email"),       QStringLiteral("phone")};
    for (int i = 0; i < accountKeys.size(); ++i)
        v.insert(QStringLiteral("account.") + accountKeys.at(i), r->value(i).toString());
    v.insert(QStringLiteral("account.address"),
             oneLine({r->value(2).toString(), r->value(3).toString(),
                      r->value(4).toString() + u' ' + r->value(5).toString()}));
    const QDate date = QDate::fromString(r->value(12).toString(), Qt::ISODate);
    const QDate deadline = QDate::fromString(r->value(16).toString(), Qt::ISODate);
    const QDate oldest = QDate::fromString(r->value(15).toString(), Qt::ISODate);
    const Money overdue = Money::fromCents(r->value(13).toLongLong());
    v.insert(QStringLiteral("reminder.level"), r->value(10).toString());
    v.insert(QStringLiteral("reminder.level_name"), r->value(11).toString());
    v.insert(QStringLiteral("reminder.date"), LetterFormat::longDate(date, lang));
    v.insert(QStringLiteral("reminder.overdue"), LetterFormat::money(overdue, lang));
    v.insert(QStringLiteral("reminder.overdue_words"), NumberToWords::amount(overdue, lang));
    v.insert(QStringLiteral("reminder.balance"),
             LetterFormat::money(Money::fromCents(r->value(14).toLongLong()), lang));
    if (oldest.isValid()) {
        v.insert(QStringLiteral("reminder.oldest_due_date"), LetterFormat::longDate(oldest, lang));
        v.insert(QStringLiteral("reminder.days_late"), QString::number(oldest.daysTo(date)));
    }
    if (deadline.isValid()) {
        v.insert(QStringLiteral("reminder.deadline"), LetterFormat::longDate(deadline, lang));
        v.insert(QStringLiteral("reminder.deadline_days"), QString::number(date.daysTo(deadline)));
    }
    v.insert(QStringLiteral("letter.date"), LetterFormat::longDate(date, lang));
    v.insert(QStringLiteral("letter.place_date"),
             LetterFormat::placeAndDate(v.value(QStringLiteral("agency.city")), date, lang));
    data.flags.insert(QStringLiteral("reminder.registered"), r->value(17).toInt() != 0);
    data.flags.insert(QStringLiteral("recipient.is_tenant"), guarantorId == 0);
    data.flags.insert(QStringLiteral("recipient.is_guarantor"), guarantorId != 0);
    v.insert(QStringLiteral("recipient.name"), r->value(1).toString());

    if (guarantorId != 0) {
        auto g = Database::exec(conn,
                                QStringLiteral("SELECT name, email, address1, address2, "
                                               "postal_code, city FROM guarantors WHERE id = ?"),
                                {guarantorId});
        if (g && g->next()) {
            v.insert(QStringLiteral("guarantor.name"), g->value(0).toString());
            v.insert(QStringLiteral("guarantor.email"), g->value(1).toString());
            v.insert(QStringLiteral("guarantor.address"),
                     oneLine({g->value(2).toString(), g->value(3).toString(),
                              g->value(4).toString() + u' ' + g->value(5).toString()}));
            v.insert(QStringLiteral("recipient.name"), g->value(0).toString());
        }
    }
    return data;
}
