#include "Level.h"

namespace LevelKeys {

namespace {
const Exclusion allExclusions[] = {Exclusion::DirectDebit, Exclusion::PaymentPlan,
                                   Exclusion::Litigation, Exclusion::Departed};
}

QString toKey(Exclusion e)
{
    switch (e) {
    case Exclusion::DirectDebit:
        return QStringLiteral("direct_debit");
    case Exclusion::PaymentPlan:
        return QStringLiteral("payment_plan");
    case Exclusion::Litigation:
        return QStringLiteral("litigation");
    case Exclusion::Departed:
        return QStringLiteral("departed");
    }
    return {};
}

std::optional<Exclusion> exclusionFromKey(const QString& key)
{
    for (Exclusion e : allExclusions)
        if (toKey(e) == key.trimmed())
            return e;
    return std::nullopt;
}

QString exclusionLabel(Exclusion e)
{
    switch (e) {
    case Exclusion::DirectDebit:
        return QCoreApplication::translate("LevelKeys", "Direct debit");
    case Exclusion::PaymentPlan:
        return QCoreApplication::translate("LevelKeys", "Payment plan");
    case Exclusion::Litigation:
        return QCoreApplication::translate("LevelKeys", "Litigation");
    case Exclusion::Departed:
        return QCoreApplication::translate("LevelKeys", "Departed");
    }
    return {};
}

QString exclusionsToKeys(const QList<Exclusion>& list)
{
    QStringList keys;
    for (Exclusion e : allExclusions)
        if (list.contains(e))
            keys.append(toKey(e));
    return keys.join(u',');
}

QList<Exclusion> exclusionsFromKeys(const QString& keys, QString* error)
{
    QList<Exclusion> result;
    const QStringList words = keys.split(u',', Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (auto e = exclusionFromKey(w)) {
            if (!result.contains(*e))
                result.append(*e);
        } else if (error) {
            *error = QCoreApplication::translate("LevelKeys", "Unknown exclusion \"%1\".")
                         .arg(w.trimmed());
        }
    }
    // Canonical order: the order in which reminder-rules.md checks them.
    QList<Exclusion> ordered;
    for (Exclusion e : allExclusions)
        if (result.contains(e))
            ordered.append(e);
    return ordered;
}

QString recipientsToKeys(bool tenant, bool guarantor)
{
    QStringList keys;
    if (tenant)
        keys.append(QStringLiteral("tenant"));
    if (guarantor)
        keys.append(QStringLiteral("guarantor"));
    return keys.join(u',');
}

QString channelsToKeys(bool letter, bool email)
{
    QStringList keys;
    if (letter)
        keys.append(QStringLiteral("letter"));
    if (email)
        keys.append(QStringLiteral("email"));
    return keys.join(u',');
}

bool recipientsFromKeys(const QString& keys, bool* tenant, bool* guarantor)
{
    *tenant = false;
    *guarantor = false;
    const QStringList words = keys.split(u',', Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (w.trimmed() == QLatin1String("tenant"))
            *tenant = true;
        else if (w.trimmed() == QLatin1String("guarantor"))
            *guarantor = true;
        else
            return false;
    }
    return true;
}

bool channelsFromKeys(const QString& keys, bool* letter, bool* email)
{
    *letter = false;
    *email = false;
    const QStringList words = keys.split(u',', Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (w.trimmed() == QLatin1String("letter"))
            *letter = true;
        else if (w.trimmed() == QLatin1String("email"))
            *email = true;
        else
            return false;
    }
    return true;
}

} // namespace LevelKeys
