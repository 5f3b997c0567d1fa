#include "LetterComposer.h"

#include "AgencyValidator.h"
#include "LetterFormat.h"
#include "NumberToWords.h"
#include "TemplateEngine.h"
#include "ledger/PostalAddress.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString oneLine(const QString& address1, const QString& address2, const QString& postalCode,
                const QString& city)
{
    QStringList parts;
    for (const QString& s : {address1, address2})
        if (!s.trimmed().isEmpty())
            parts << s.simplified();
    const QString town = QString(postalCode.trimmed() + u' ' + city.trimmed()).trimmed();
    if (!town.isEmpty())
        parts << town;
    return parts.join(QStringLiteral(", "));
}

Money money(const QJsonValue& v)
{
    if (v.isString())
        return Money::parse(v.toString()).value_or(Money());
    // A bare number is in cents (the storage convention).
    if (v.isDouble())
        return Money::fromCents(qint64(v.toDouble()));
    return {};
}

} // namespace

LetterFacts LetterComposer::facts(const AgencyIdentity& agency, const ReminderRecord& reminder,
                                  const ReminderLetter& letter, const Account& account)
{
    LetterFacts facts;
    facts.agency = agency;
    facts.reminder = reminder;
    facts.account = account;
    facts.items = parseItems(reminder.itemsJson);
    facts.recordedAddress = letter.address.split(u'\n', Qt::SkipEmptyParts);
    if (facts.account.name.isEmpty())
        facts.account.name = letter.addressee;
    if (letter.recipient == QLatin1String("guarantor")) {
        Guarantor g;
        g.name = letter.addressee;
        for (const Guarantor& candidate : facts.account.guarantors)
            if (candidate.id == letter.guarantorId)
                g = candidate;
        facts.guarantor = g;
    }
    return facts;
}

QString LetterComposer::language(const LetterFacts& facts)
{
    return facts.account.language == QLatin1String("en") ? QStringLiteral("en")
                                                         : QStringLiteral("fr");
}

MergeData LetterComposer::mergeData(const LetterFacts& f)
{
    const QString lang = language(f);
    const ReminderRecord& r = f.reminder;
    const AgencyIdentity& a = f.agency;
    MergeData d;
    auto& v = d.values;
    v.insert(QStringLiteral("agency.name"), a.name);
    v.insert(QStringLiteral("agency.address"),
             oneLine(a.address1, a.address2, a.postalCode, a.city));
    v.insert(QStringLiteral("agency.address1"), a.address1);
    v.insert(QStringLiteral("agency.address2"), a.address2);
    v.insert(QStringLiteral("agency.postal_code"), a.postalCode);
    v.insert(QStringLiteral("agency.city"), a.city);
    v.insert(QStringLiteral("agency.phone"), a.phone);
    v.insert(QStringLiteral("agency.email"), a.email);
    v.insert(QStringLiteral("agency.website"), a.website);
    v.insert(QStringLiteral("agency.siret"), AgencyValidator::formattedSiret(a.siret));
    v.insert(QStringLiteral("agency.professional_card"), a.professionalCard);
    v.insert(QStringLiteral("agency.signatory"), a.signatory);

    const Account& c = f.account;
    v.insert(QStringLiteral("account.ref"), c.ref);
    v.insert(QStringLiteral("account.name"), c.name);
    v.insert(QStringLiteral("account.address"),
             oneLine(c.address1, c.address2, c.postalCode, c.city));
    v.insert(QStringLiteral("account.address1"), c.address1);
    v.insert(QStringLiteral("account.address2"), c.address2);
    v.insert(QStringLiteral("account.postal_code"), c.postalCode);
    v.insert(QStringLiteral("account.city"), c.city);
    v.insert(QStringLiteral("account.property"), c.property);
    v.insert(QStringLiteral("account.email"), c.email);
    v.insert(QStringLiteral("account.phone"), c.phone);

    // In a tenant's letter the guarantor fields name the first guarantor.
    const Guarantor g = f.guarantor ? *f.guarantor : c.guarantors.value(0);
    v.insert(QStringLiteral("guarantor.name"), g.name);
    v.insert(QStringLiteral("guarantor.address"),
             oneLine(g.address1, g.address2, g.postalCode, g.city));
    v.insert(QStringLiteral("guarantor.email"), g.email);
    v.insert(QStringLiteral("recipient.name"), f.guarantor ? f.guarantor->name : c.name);
    d.flags.insert(QStringLiteral("recipient.is_guarantor"), f.guarantor.has_value());
    d.flags.insert(QStringLiteral("recipient.is_tenant"), !f.guarantor.has_value());
    d.flags.insert(QStringLiteral("reminder.registered"), r.registered);

    v.insert(QStringLiteral("reminder.level"), QString::number(r.levelPosition));
    v.insert(QStringLiteral("reminder.level_name"), r.levelName);
    v.insert(QStringLiteral("reminder.date"), LetterFormat::longDate(r.date, lang));
    v.insert(QStringLiteral("reminder.overdue"), LetterFormat::money(r.overdue, lang));
    v.insert(QStringLiteral("reminder.overdue_words"), NumberToWords::amount(r.overdue, lang));
    v.insert(QStringLiteral("reminder.balance"), LetterFormat::money(r.balance, lang));
    v.insert(QStringLiteral("reminder.oldest_due_date"),
             LetterFormat::longDate(r.oldestDueDate, lang));
    v.insert(QStringLiteral("reminder.days_late"),
             r.oldestDueDate.isValid() ? QString::number(r.oldestDueDate.daysTo(r.date))
                                       : QString());
    v.insert(QStringLiteral("reminder.deadline"), LetterFormat::longDate(r.deadline, lang));
    v.insert(QStringLiteral("reminder.deadline_days"),
             r.deadline.isValid() ? QString::number(r.date.daysTo(r.deadline)) : QString());
    v.insert(QStringLiteral("letter.date"), LetterFormat::longDate(r.date, lang));
    v.insert(QStringLiteral("letter.place_date"), LetterFormat::placeAndDate(a.city, r.date, lang));

    if (f.plan)
        PlanLetterFields::insert(d, *f.plan, r.date, lang);

    for (const UnpaidItem& item : f.items) {
        QHash<QString, QString> row;
        row.insert(QStringLiteral("label"), item.label);
        row.insert(QStringLiteral("due_date"), LetterFormat::shortDate(item.dueDate, lang));
        row.insert(QStringLiteral("amount"), LetterFormat::money(item.amount, lang));
        row.insert(QStringLiteral("remaining"), LetterFormat::money(item.remaining, lang));
        d.items << row;
    }
    return d;
}

LetterContent LetterComposer::compose(const LetterFacts& f, const LetterTemplate& t)
{
    const QString lang = language(f);
    const MergeData data = mergeData(f);
    LetterContent c;
    c.agency = f.agency;
    c.language = lang;
    c.reference = f.account.ref;
    if (f.guarantor) {
        c.addressLines = PostalAddress::block(*f.guarantor);
        // A guarantor must see at once whose debt this is.
        c.onBehalfOf =
            lang == QLatin1String("en")
                ? QStringLiteral("As guarantor of %1, tenant (account %2)")
                      .arg(f.account.name, f.account.ref)
                : QStringLiteral("En votre qualité de caution de %1, locataire (compte %2)")
                      .arg(f.account.name, f.account.ref);
    } else {
        c.addressLines = PostalAddress::block(f.account);
    }
    if (c.addressLines.size() <= 1 && !f.recordedAddress.isEmpty())
        c.addressLines = f.recordedAddress.mid(0, 6);
    c.placeAndDate = LetterFormat::placeAndDate(f.agency.city, f.reminder.date, lang);
    c.subject = TemplateEngine::render(t.emailSubject, data, TemplateEngine::Part::EmailSubject);
    if (c.subject.isEmpty())
        c.subject = f.reminder.levelName;
    c.registered = f.reminder.registered;
    TemplateEngine::place(TemplateEngine::renderBody(t.body, data), c);
    c.items = f.items;
    c.total = f.reminder.overdue;
    if (f.plan) {
        c.schedule = PlanLetterFields::schedule(f.plan->plan, lang);
        c.scheduleTotal = f.plan->plan.debt;
    }
    c.title = f.reminder.levelName + QStringLiteral(" – ") + f.account.ref +
              (f.guarantor ? QStringLiteral(" – ") + f.guarantor->name : QString());
    return c;
}

QString LetterComposer::emailSubject(const LetterFacts& f, const LetterTemplate& t)
{
    return TemplateEngine::render(t.emailSubject, mergeData(f), TemplateEngine::Part::EmailSubject);
}

QString LetterComposer::emailBody(const LetterFacts& f, const LetterTemplate& t)
{
    return TemplateEngine::render(t.emailBody, mergeData(f), TemplateEngine::Part::EmailBody);
}

QList<UnpaidItem> LetterComposer::parseItems(const QString& json)
{
    QList<UnpaidItem> items;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        UnpaidItem item;
        item.label = o.value(QLatin1String("label")).toString();
        item.dueDate =
            QDate::fromString(o.value(QLatin1String("due_date")).toString(), Qt::ISODate);
        item.amount = money(o.value(QLatin1String("amount")));
        item.remaining = o.contains(QLatin1String("remaining"))
                             ? money(o.value(QLatin1String("remaining")))
                             : item.amount;
        items << item;
    }
    return items;
}

QString LetterComposer::fileName(const LetterFacts& f, int guarantorIndex)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    QString ref = f.account.ref.normalized(QString::NormalizationForm_KD);
    ref.replace(unsafe, QStringLiteral("_"));
    if (ref.isEmpty())
        ref = QStringLiteral("compte");
    // A file name has at most 255 bytes on most file systems: a very long
    // ref is cut, and a hash of the whole ref keeps two such names apart.
    constexpr qsizetype maxRef = 60;
    if (ref.size() > maxRef)
        ref = ref.left(maxRef - 9) + u'_' +
              QString::fromLatin1(
                  QCryptographicHash::hash(f.account.ref.toUtf8(), QCryptographicHash::Sha1)
                      .toHex()
                      .left(8));
    QString name = QStringLiteral("relance-") + ref + QStringLiteral("-n") +
                   QString::number(f.reminder.levelPosition);
    if (f.reminder.repeat > 0)
        name += QStringLiteral("r") + QString::number(f.reminder.repeat);
    if (f.guarantor)
        name += QStringLiteral("-caution") + QString::number(guarantorIndex + 1);
    return name + u'-' + f.reminder.date.toString(Qt::ISODate) + QStringLiteral(".pdf");
}
