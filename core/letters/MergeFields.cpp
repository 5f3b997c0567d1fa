#include "MergeFields.h"

namespace {

MergeField field(const char* name, const QString& description, const char* sample,
                 MergeField::Kind kind = MergeField::Kind::Value)
{
    return {QString::fromUtf8(name), description, QString::fromUtf8(sample), kind};
}

} // namespace

const QList<MergeField>& MergeFields::all()
{
    using K = MergeField::Kind;
    static const QList<MergeField> fields = {
        field("agency.name", tr("Agency name"), "Agence du Parc"),
        field("agency.address", tr("Agency address on one line"), "8 quai de Saône, 69001 Lyon"),
        field("agency.address1", tr("Agency street address"), "8 quai de Saône"),
        field("agency.address2", tr("Agency address complement"), ""),
        field("agency.postal_code", tr("Agency postal code"), "69001"),
        field("agency.city", tr("Agency city"), "Lyon"),
        field("agency.phone", tr("Agency phone number"), "04 72 00 00 00"),
        field("agency.email", tr("Agency e-mail address"), "gestion@agence-du-parc.fr"),
        field("agency.website", tr("Agency website"), "www.agence-du-parc.fr"),
        field("agency.siret", tr("Agency SIRET number"), "123 456 789 00012"),
        field("agency.professional_card", tr("Professional card number"),
              "CPI 6901 2026 000 000 001"),
        field("agency.signatory", tr("Name of the person who signs"), "Claire Martin"),
        field("account.ref", tr("Tenant account reference"), "LOC0042"),
        field("account.name", tr("Tenant name"), "M. Jean Dupont"),
        field("account.address", tr("Tenant address on one line"), "12 rue des Lilas, 69003 Lyon"),
        field("account.address1", tr("Tenant street address"), "12 rue des Lilas"),
        field("account.address2", tr("Tenant address complement"), "Bâtiment B"),
        field("account.postal_code", tr("Tenant postal code"), "69003"),
        field("account.city", tr("Tenant city"), "Lyon"),
        field("account.property", tr("Rented property"),
              "Appartement 3B, 12 rue des Lilas, 69003 Lyon"),
        field("account.email", tr("Tenant e-mail address"), "jean.dupont@example.fr"),
        field("account.phone", tr("Tenant phone number"), "06 12 34 56 78"),
        field("guarantor.name", tr("Guarantor name (the addressee of a guarantor letter)"),
              "Mme Marie Dupont"),
        field("guarantor.address", tr("Guarantor address on one line"),
              "3 place Bellecour, 69002 Lyon"),
        field("guarantor.email", tr("Guarantor e-mail address"), "marie.dupont@example.fr"),
        field("recipient.name", tr("Name of the addressee (tenant or guarantor)"),
              "M. Jean Dupont"),
        field("recipient.is_guarantor", tr("Section shown only in letters to a guarantor"), "",
              K::Flag),
        field("recipient.is_tenant", tr("Section shown only in letters to the tenant"), "",
              K::Flag),
        field("reminder.level", tr("Level number"), "1"),
        field("reminder.level_name", tr("Level name"), "Première relance"),
        field("reminder.date", tr("Date of the reminder, long form"), "23 novembre 2026"),
        field("reminder.overdue", tr("Overdue amount"), "1 013,50 €"),
        field("reminder.overdue_words", tr("Overdue amount in words"),
              "mille treize euros et cinquante centimes"),
        field("reminder.balance", tr("Account balance"), "1 013,50 €"),
        field("reminder.oldest_due_date", tr("Oldest unpaid due date"), "5 octobre 2026"),
        field("reminder.days_late", tr("Days since the oldest unpaid due date"), "49"),
        field("reminder.deadline", tr("Payment deadline, long form"), "1er décembre 2026"),
        field("reminder.deadline_days", tr("Days given to pay"), "8"),
        field("reminder.registered", tr("Section shown only for a registered letter"), "", K::Flag),
        field("reminder.items_table", tr("The table of unpaid items with their total"), "",
              K::Marker),
        field("items", tr("Repeats its content for each unpaid item"), "", K::List),
        // The account's payment plan (recovery-path.md « Payment plans »), as
        // of the letter's date; empty when the account has none or when a
        // field does not apply, so {{#plan.broken_on}}…{{/plan.broken_on}}
        // shows a passage only once the plan is broken.
        field("plan.created", tr("Payment plan: the day it was agreed"), "23 novembre 2026"),
        field("plan.debt", tr("Payment plan: the debt it spreads"), "1 000,00 €"),
        field("plan.debt_in_words", tr("Payment plan: the debt in words"), "mille euros"),
        field("plan.instalments", tr("Payment plan: number of monthly instalments"), "3"),
        field("plan.instalment", tr("Payment plan: the regular instalment"), "333,33 €"),
        field("plan.first_due", tr("Payment plan: due date of the first instalment"),
              "10 décembre 2026"),
        field("plan.last_instalment", tr("Payment plan: the last instalment (it takes the rest)"),
              "333,34 €"),
        field("plan.last_due", tr("Payment plan: due date of the last instalment"),
              "10 février 2027"),
        field("plan.state", tr("Payment plan: its state (respected, late, broken, completed)"),
              "respecté"),
        field("plan.late_since", tr("Payment plan: late since (empty when not late)"), ""),
        field("plan.broken_on", tr("Payment plan: the day it broke (empty unless broken)"), ""),
        field("plan.signed_on", tr("Payment plan: the day the agreement was signed"), ""),
        field("plan.next_due", tr("Payment plan: due date of the next instalment"),
              "10 décembre 2026"),
        field("plan.next_amount", tr("Payment plan: amount of the next instalment"), "333,33 €"),
        field("plan.behind",
              tr("Payment plan: amount owed beyond what the plan allows (empty "
                 "when none)"),
              ""),
        field("plan.grace_days", tr("Payment plan: days allowed to catch up before it breaks"),
              "15"),
        field("plan.schedule_table",
              tr("The payment plan's schedule: due dates, instalments, amounts and what is "
                 "still owed after each, with the debt as total"),
              "", K::Marker),
        field("letter.date", tr("Date of the letter, long form"), "23 novembre 2026"),
        field("letter.place_date", tr("Place and date, long form"), "Lyon, le 23 novembre 2026"),
    };
    return fields;
}

const QList<MergeField>& MergeFields::itemFields()
{
    using K = MergeField::Kind;
    static const QList<MergeField> fields = {
        field("label", tr("Item label"), "Loyer octobre 2026", K::ItemValue),
        field("due_date", tr("Item due date"), "05/10/2026", K::ItemValue),
        field("amount", tr("Item amount"), "1 013,50 €", K::ItemValue),
        field("remaining", tr("Amount still owed on the item"), "1 013,50 €", K::ItemValue),
    };
    return fields;
}

const MergeField* MergeFields::find(const QString& name)
{
    for (const MergeField& f : all())
        if (f.name == name)
            return &f;
    return nullptr;
}

const MergeField* MergeFields::findItemField(const QString& name)
{
    for (const MergeField& f : itemFields())
        if (f.name == name)
            return &f;
    return nullptr;
}

MergeData MergeFields::sample()
{
    MergeData data;
    for (const MergeField& f : all()) {
        if (f.kind == MergeField::Kind::Value)
            data.values.insert(f.name, f.sample);
    }
    data.flags.insert(QStringLiteral("recipient.is_tenant"), true);
    data.flags.insert(QStringLiteral("recipient.is_guarantor"), false);
    data.flags.insert(QStringLiteral("reminder.registered"), false);
    QHash<QString, QString> item;
    for (const MergeField& f : itemFields())
        item.insert(f.name, f.sample);
    data.items << item;
    return data;
}
