#include "NumberToWords.h"

#include <QStringList>

namespace NumberToWords {

namespace {

const char* const frenchUnits[] = {"zéro",   "un",    "deux",     "trois",    "quatre",
                                   "cinq",   "six",   "sept",     "huit",     "neuf",
                                   "dix",    "onze",  "douze",    "treize",   "quatorze",
                                   "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"};
const char* const frenchTens[] = {"",         "dix",       "vingt",   "trente",
                                  "quarante", "cinquante", "soixante"};

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

// 0..99; `plural80` is false when a multiplier follows (« quatre-vingt mille »).
QString frenchBelow100(int n, bool plural80)
{
    if (n < 20)
        return u8(frenchUnits[n]);
    int tens = n / 10;
    int unit = n % 10;
    if (tens == 7 || tens == 9) {
        // soixante-dix…, quatre-vingt-dix…: the 60/80 base plus 10..19.
        const QString base = tens == 7 ? u8("soixante") : u8("quatre-vingt");
        const int rest = 10 + unit;
        if (tens == 7 && unit == 1)
            return base + u8(" et onze");
        return base + u'-' + u8(frenchUnits[rest]);
    }
    if (tens == 8) {
        if (unit == 0)
            return plural80 ? u8("quatre-vingts") : u8("quatre-vingt");
        return u8("quatre-vingt-") + u8(frenchUnits[unit]);
    }
    const QString base = u8(frenchTens[tens]);
    if (unit == 0)
        return base;
    if (unit == 1)
        return base + u8(" et un");
    return base + u'-' + u8(frenchUnits[unit]);
}

// 0..999, never "zéro" (an empty string for 0).
QString frenchBelow1000(int n, bool pluralFinal)
{
    if (n == 0)
        return {};
    const int hundreds = n / 100;
    const int rest = n % 100;
    QString out;
    if (hundreds > 0) {
        out = hundreds == 1 ? u8("cent") : u8(frenchUnits[hundreds]) + u8(" cent");
        if (hundreds > 1 && rest == 0 && pluralFinal)
            out += u's';
    }
    if (rest > 0) {
        if (!out.isEmpty())
            out += u' ';
        out += frenchBelow100(rest, pluralFinal);
    }
    return out;
}

const char* const englishUnits[] = {"zero",    "one",     "two",       "three",    "four",
                                    "five",    "six",     "seven",     "eight",    "nine",
                                    "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
const char* const englishTens[] = {"",      "",      "twenty",  "thirty", "forty",
                                   "fifty", "sixty", "seventy", "eighty", "ninety"};

QString englishBelow1000(int n)
{
    QStringList parts;
    if (n >= 100)
        parts << u8(englishUnits[n / 100]) + u8(" hundred");
    const int rest = n % 100;
    if (rest > 0) {
        if (n >= 100)
            parts << u8("and");
        if (rest < 20)
            parts << u8(englishUnits[rest]);
        else if (rest % 10 == 0)
            parts << u8(englishTens[rest / 10]);
        else
            parts << u8(englishTens[rest / 10]) + u'-' + u8(englishUnits[rest % 10]);
    }
    return parts.join(u' ');
}

} // namespace

QString french(qint64 n)
{
    if (n < 0)
        return u8("moins ") + french(-n);
    if (n == 0)
        return u8("zéro");
    struct Scale
    {
        qint64 value;
        const char* singular;
        const char* plural;
    };
    // « mille » is invariable and takes no « un »; million and milliard are
    // nouns: « un million », « deux millions ».
    static const Scale scales[] = {{1000000000000LL, "billion", "billions"},
                                   {1000000000LL, "milliard", "milliards"},
                                   {1000000LL, "million", "millions"}};
    QStringList parts;
    for (const Scale& s : scales) {
        const qint64 count = n / s.value;
        if (count > 0) {
            parts << french(count) + u' ' + u8(count > 1 ? s.plural : s.singular);
            n %= s.value;
        }
    }
    const int thousands = int(n / 1000);
    const int rest = int(n % 1000);
    if (thousands > 0)
        parts << (thousands == 1 ? u8("mille") : frenchBelow1000(thousands, false) + u8(" mille"));
    if (rest > 0)
        parts << frenchBelow1000(rest, true);
    return parts.join(u' ');
}

QString english(qint64 n)
{
    if (n < 0)
        return u8("minus ") + english(-n);
    if (n == 0)
        return u8("zero");
    static const std::pair<qint64, const char*> scales[] = {{1000000000000LL, "trillion"},
                                                            {1000000000LL, "billion"},
                                                            {1000000LL, "million"},
                                                            {1000LL, "thousand"}};
    QStringList parts;
    for (const auto& [value, name] : scales) {
        const qint64 count = n / value;
        if (count > 0) {
            parts << english(count) + u' ' + u8(name);
            n %= value;
        }
    }
    if (n > 0) {
        if (!parts.isEmpty() && n < 100)
            parts << u8("and");
        parts << englishBelow1000(int(n));
    }
    return parts.join(u' ');
}

QString frenchAmount(Money amount)
{
    const qint64 cents = amount.cents() < 0 ? -amount.cents() : amount.cents();
    const qint64 euros = cents / 100;
    const int centimes = int(cents % 100);
    QString out;
    if (euros > 0 || centimes == 0) {
        out = french(euros);
        // « un million d'euros »: a round million or milliard takes « d' ».
        const bool roundScale = euros >= 1000000 && euros % 1000000 == 0;
        out += roundScale ? u8(" d'euros") : (euros > 1 ? u8(" euros") : u8(" euro"));
    }
    if (centimes > 0) {
        if (!out.isEmpty())
            out += u8(" et ");
        out += french(centimes) + (centimes > 1 ? u8(" centimes") : u8(" centime"));
    }
    return amount.isNegative() ? u8("moins ") + out : out;
}

QString englishAmount(Money amount)
{
    const qint64 cents = amount.cents() < 0 ? -amount.cents() : amount.cents();
    const qint64 euros = cents / 100;
    const int centimes = int(cents % 100);
    QString out;
    if (euros > 0 || centimes == 0)
        out = english(euros) + (euros == 1 ? u8(" euro") : u8(" euros"));
    if (centimes > 0) {
        if (!out.isEmpty())
            out += u8(" and ");
        out += english(centimes) + (centimes == 1 ? u8(" cent") : u8(" cents"));
    }
    return amount.isNegative() ? u8("minus ") + out : out;
}

QString amount(Money amount, const QString& language)
{
    return language == QLatin1String("en") ? englishAmount(amount) : frenchAmount(amount);
}

} // namespace NumberToWords
