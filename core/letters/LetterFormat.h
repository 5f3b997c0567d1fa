#pragma once

#include "money/Money.h"

#include <QDate>
#include <QLocale>
#include <QString>

// How a letter writes amounts and dates: in the letter's language (the
// account's), whatever the language of the user interface.
namespace LetterFormat {

QLocale locale(const QString& language);
// « 1 013,50 € » / "€1,013.50"
QString money(Money amount, const QString& language);
// « 23 novembre 2026 », « 1er novembre 2026 » / "23 November 2026"
QString longDate(const QDate& date, const QString& language);
// The same in the user interface's language (the default QLocale), for the
// screens and the command line: a date with its year, never a weekday alone.
QString longDate(const QDate& date);
// « 05/11/2026 » / "05/11/2026"
QString shortDate(const QDate& date, const QString& language);
// « Lyon, le 23 novembre 2026 » / "Lyon, 23 November 2026"
QString placeAndDate(const QString& place, const QDate& date, const QString& language);

} // namespace LetterFormat
