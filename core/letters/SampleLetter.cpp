#include "SampleLetter.h"

#include "MergeFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString sample(const char* field)
{
    const MergeField* f = MergeFields::find(QString::fromLatin1(field));
    return f ? f->sample : QString();
}
} // namespace

LetterFacts SampleLetter::facts(const AgencyIdentity& agency, const Level& level,
                                const QString& language, const QDate& date)
{
    LetterFacts f;
    f.agency = agency;
    if (f.agency.name.trimmed().isEmpty()) {
        f.agency.name = sample("agency.name");
        f.agency.address1 = sample("agency.address1");
        f.agency.postalCode = sample("agency.postal_code");
        f.agency.city = sample("agency.city");
        f.agency.phone = sample("agency.phone");
        f.agency.email = sample("agency.email");
        f.agency.website = sample("agency.website");
        f.agency.siret = sample("agency.siret");
        f.agency.professionalCard = sample("agency.professional_card");
        f.agency.signatory = sample("agency.signatory");
    }

    Account& a = f.account;
    a.ref = sample("account.ref");
    a.name = sample("account.name");
    a.address1 = sample("account.address1");
    a.address2 = sample("account.address2");
    a.postalCode = sample("account.postal_code");
    a.city = sample("account.city");
    a.property = sample("account.property");
    a.email = sample("account.email");
    a.phone = sample("account.phone");
    a.language = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("fr");
    Guarantor g;
    g.name = sample("guarantor.name");
    g.address1 = QStringLiteral("3 place Bellecour");
    g.postalCode = QStringLiteral("69002");
    g.city = QStringLiteral("Lyon");
    g.email = sample("guarantor.email");
    a.guarantors = {g};
    if (level.guarantorOnly())
        f.guarantor = g;

    // Two unpaid months, the older one partly paid.
    UnpaidItem september{QStringLiteral("Loyer septembre 2026"), QDate(2026, 9, 5),
                         Money::fromCents(101350), Money::fromCents(41350)};
    UnpaidItem october{QStringLiteral("Loyer octobre 2026"), QDate(2026, 10, 5),
                       Money::fromCents(101350), Money::fromCents(101350)};
    f.items = {september, october};

    ReminderRecord& r = f.reminder;
    r.levelId = level.id;
    r.levelPosition = level.position;
    r.levelName = level.name;
    r.date = date;
    r.episodeStart = september.dueDate;
    r.overdue = Money::fromCents(september.remaining.cents() + october.remaining.cents());
    r.balance = r.overdue;
    r.oldestDueDate = september.dueDate;
    r.deadline = date.addDays(level.paymentDeadlineDays);
    r.registered = level.registered;
    r.recipients = {level.guarantorOnly() ? QStringLiteral("guarantor") : QStringLiteral("tenant")};
    r.channels = {QStringLiteral("letter")};
    QJsonArray items;
    for (const UnpaidItem& item : std::as_const(f.items))
        items.append(QJsonObject{{QStringLiteral("label"), item.label},
                                 {QStringLiteral("due_date"), item.dueDate.toString(Qt::ISODate)},
                                 {QStringLiteral("amount"), item.amount.cents()},
                                 {QStringLiteral("remaining"), item.remaining.cents()}});
    r.itemsJson = QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));

    // A payment plan agreed today and kept, so that a text using plan.* or
    // {{plan.schedule_table}} previews with values (the MergeFields samples).
    LetterPlan plan;
    plan.plan.created = date;
    plan.plan.debt = Money::fromCents(100000);
    plan.plan.instalments = 3;
    plan.plan.firstDue = date.addDays(17);
    plan.status.allowed = plan.plan.debt;
    plan.status.overdue = plan.plan.debt;
    f.plan = plan;
    return f;
}
