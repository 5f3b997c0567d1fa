#include "FecSettings.h"

#include "ColumnMap.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString fieldKey(FecKindRule::Field f)
{
    return f == FecKindRule::Field::Journal ? QStringLiteral("journal") : QStringLiteral("label");
}

QString sideKey(FecKindRule::OnSide s)
{
    switch (s) {
    case FecKindRule::OnSide::Debit:
        return QStringLiteral("debit");
    case FecKindRule::OnSide::Credit:
        return QStringLiteral("credit");
    case FecKindRule::OnSide::Any:
        break;
    }
    return QStringLiteral("any");
}

QString dueDateKey(FecDueDate d)
{
    return d == FecDueDate::EntryDate ? QStringLiteral("entry_date") : QStringLiteral("piece_date");
}

FecKindRule rule(QStringList words, FecKindRule::OnSide side, EntryKind kind)
{
    FecKindRule r;
    r.words = std::move(words);
    r.side = side;
    r.kind = kind;
    return r;
}

bool containsAny(const QString& normalisedText, const QStringList& words)
{
    for (const QString& word : words) {
        const QString w = ColumnMap::normalise(word);
        if (!w.isEmpty() && normalisedText.contains(w))
            return true;
    }
    return false;
}

} // namespace

FecSettings FecSettings::defaults()
{
    using S = FecKindRule::OnSide;
    FecSettings s;
    s.tenantPrefixes = {QStringLiteral("411")};
    s.kindRules = {
        rule({QStringLiteral("frais")}, S::Any, EntryKind::Fee),
        rule({QStringLiteral("rejet"), QStringLiteral("impayé")}, S::Debit,
             EntryKind::PaymentReversal),
        rule({QStringLiteral("avoir")}, S::Credit, EntryKind::CreditNote),
        rule({QStringLiteral("charges"), QStringLiteral("régularisation de charges")}, S::Any,
             EntryKind::Charges),
    };
    return s;
}

EntryKind FecSettings::kindFor(Side side, const QString& label, const QString& journalCode,
                               const QString& journalLabel) const
{
    // Normalised once per line: lower case, no accents, no separators, so
    // that « Impayé » matches « IMPAYE » and « régul. de charges » too.
    const QString lab = ColumnMap::normalise(label);
    const QString journal = ColumnMap::normalise(journalCode + QLatin1Char(' ') + journalLabel);
    for (const FecKindRule& r : kindRules) {
        if (r.side == FecKindRule::OnSide::Debit && side != Side::Debit)
            continue;
        if (r.side == FecKindRule::OnSide::Credit && side != Side::Credit)
            continue;
        // A rule that names a kind of the other side (a credit note on a
        // debit) never applies: the entry would be refused.
        if (LedgerKeys::isCreditKind(r.kind) != (side == Side::Credit) &&
            r.kind != EntryKind::Other)
            continue;
        if (containsAny(r.field == FecKindRule::Field::Journal ? journal : lab, r.words))
            return r.kind;
    }
    return side == Side::Credit ? EntryKind::Payment : EntryKind::Rent;
}

QJsonObject FecSettings::toJson() const
{
    QJsonArray rules;
    for (const FecKindRule& r : kindRules)
        rules.append(QJsonObject{{QStringLiteral("field"), fieldKey(r.field)},
                                 {QStringLiteral("words"), QJsonArray::fromStringList(r.words)},
                                 {QStringLiteral("side"), sideKey(r.side)},
                                 {QStringLiteral("kind"), LedgerKeys::toKey(r.kind)}});
    return QJsonObject{
        {QStringLiteral("tenant_prefixes"), QJsonArray::fromStringList(tenantPrefixes)},
        {QStringLiteral("kind_rules"), rules},
        {QStringLiteral("due_date"), dueDateKey(dueDate)}};
}

Result<FecSettings> FecSettings::fromJson(const QJsonObject& json)
{
    using R = Result<FecSettings>;
    FecSettings s = defaults();
    if (json.contains(QStringLiteral("tenant_prefixes"))) {
        s.tenantPrefixes.clear();
        for (const QJsonValue& v : json.value(QStringLiteral("tenant_prefixes")).toArray())
            s.tenantPrefixes.append(v.toString().trimmed());
    }
    if (json.contains(QStringLiteral("kind_rules"))) {
        s.kindRules.clear();
        const QJsonArray rules = json.value(QStringLiteral("kind_rules")).toArray();
        for (int i = 0; i < rules.size(); ++i) {
            const QJsonObject o = rules.at(i).toObject();
            FecKindRule r;
            const QString field =
                o.value(QStringLiteral("field")).toString(QStringLiteral("label"));
            if (field == QLatin1String("journal"))
                r.field = FecKindRule::Field::Journal;
            else if (field != QLatin1String("label"))
                return R::failure(ErrorKind::BadInput,
                                  tr("FEC kind rule %1: unknown field « %2 » (label or journal).")
                                      .arg(i + 1)
                                      .arg(field));
            for (const QJsonValue& w : o.value(QStringLiteral("words")).toArray())
                r.words.append(w.toString());
            const QString side = o.value(QStringLiteral("side")).toString(QStringLiteral("any"));
            if (side == QLatin1String("debit"))
                r.side = FecKindRule::OnSide::Debit;
            else if (side == QLatin1String("credit"))
                r.side = FecKindRule::OnSide::Credit;
            else if (side != QLatin1String("any"))
                return R::failure(ErrorKind::BadInput,
                                  tr("FEC kind rule %1: unknown side « %2 » (any, debit or "
                                     "credit).")
                                      .arg(i + 1)
                                      .arg(side));
            const QString kind = o.value(QStringLiteral("kind")).toString();
            const auto k = LedgerKeys::kindFromKey(kind);
            if (!k)
                return R::failure(
                    ErrorKind::BadInput,
                    tr("FEC kind rule %1: unknown kind « %2 ».").arg(i + 1).arg(kind));
            r.kind = *k;
            s.kindRules.append(r);
        }
    }
    const QString due =
        json.value(QStringLiteral("due_date")).toString(QStringLiteral("piece_date"));
    if (due == QLatin1String("entry_date"))
        s.dueDate = FecDueDate::EntryDate;
    else if (due != QLatin1String("piece_date"))
        return R::failure(
            ErrorKind::BadInput,
            tr("FEC due date: unknown value « %1 » (piece_date or entry_date).").arg(due));
    return s;
}

Result<FecSettings> FecSettings::load(const Database& db)
{
    using R = Result<FecSettings>;
    auto stored = db.setting(settingsKey());
    if (!stored)
        return R::failure(stored.kind(), stored.error());
    if (stored->isEmpty())
        return defaults();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(stored->toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(ErrorKind::Damaged,
                          tr("The FEC import settings stored in the database cannot be read. "
                             "Open Settings › Import and save them again."));
    return fromJson(doc.object());
}
