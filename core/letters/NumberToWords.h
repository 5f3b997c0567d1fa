#pragma once

#include "money/Money.h"

#include <QString>

// Amounts in words, as a formal notice states them in full
// (« mille treize euros et cinquante centimes »).
namespace NumberToWords {

// French spelling (traditional rules: « vingt et un », « quatre-vingts »,
// « deux cents », « deux cent mille », « mille », « deux millions »).
QString french(qint64 n);
QString english(qint64 n);

// « mille treize euros et cinquante centimes », « un euro », « cinquante
// centimes »; "one thousand and thirteen euros and fifty cents" in English.
QString frenchAmount(Money amount);
QString englishAmount(Money amount);
QString amount(Money amount, const QString& language);

} // namespace NumberToWords
