#include "LetterFormat.h"

namespace LetterFormat {

QLocale locale(const QString& language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::French, QLocale::France);
}

QString money(Money amount, const QString& language)
{
    return amount.toLocaleString(locale(language));
}

QString longDate(const QDate& date, const QString& language)
{
    if (!date.isValid())
        return {};
    const QLocale loc = locale(language);
    if (language == QLatin1String("en"))
        return loc.toString(date, QStringLiteral("d MMMM yyyy"));
    // French writes the first of the month as an ordinal: « 1er mai ».
    const QString day = date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day());
    return day + u' ' + loc.toString(date, QStringLiteral("MMMM yyyy"));
}

QString longDate(const QDate& date)
{
    return longDate(date, QLocale().language() == QLocale::French ? QStringLiteral("fr")
                                                                  : QStringLiteral("en"));
}

QString shortDate(const QDate& date, const QString& language)
{
    Q_UNUSED(language);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString placeAndDate(const QString& place, const QDate& date, const QString& language)
{
    const QString when = longDate(date, language);
    if (place.isEmpty())
        return language == QLatin1String("en") ? when : QStringLiteral("Le ") + when;
    if (language == QLatin1String("en"))
        return place + QStringLiteral(", ") + when;
    return place + QStringLiteral(", le ") + when;
}

} // namespace LetterFormat
