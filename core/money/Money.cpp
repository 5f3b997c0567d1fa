#include "Money.h"

#include "util/FieldLimits.h"

#include <limits>

namespace {

bool isGroupSpace(QChar c)
{
    // Exports write thousands with a space, a no-break space (U+00A0), a
    // narrow no-break space (U+202F) or a thin space (U+2009).
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

std::optional<Money> fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

// "1.013.500" with '.' as thousands separator: groups of three after the first.
bool validGroups(QStringView s, QChar sep, QString* joined)
{
    const auto parts = s.split(sep);
    joined->clear();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView p = parts.at(i);
        if (!allDigits(p))
            return false;
        if (i == 0 ? p.size() > 3 : p.size() != 3)
            return false;
        joined->append(p);
    }
    return true;
}

} // namespace

std::optional<Money> Money::parse(const QString& input, QString* error)
{
    QString s;
    s.reserve(input.size());
    for (QChar c : input)
        if (!isGroupSpace(c) && c != u'\t')
            s.append(c);
    if (s.isEmpty())
        return fail(error, tr("the amount is empty"));

    // The euro sign (or EUR) may stand before or after the number.
    for (const QString& symbol : {QStringLiteral("€"), QStringLiteral("EUR")}) {
        if (s.endsWith(symbol, Qt::CaseInsensitive))
            s.chop(symbol.size());
        else if (s.startsWith(symbol, Qt::CaseInsensitive))
            s.remove(0, symbol.size());
        else if (s.size() > 1 && (s.at(0) == u'-' || s.at(0) == u'+') &&
                 s.mid(1).startsWith(symbol, Qt::CaseInsensitive))
            s.remove(1, symbol.size());
    }

    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        negative = s.at(0) == u'-';
        s.remove(0, 1);
    }
    if (s.isEmpty())
        return fail(error, tr("“%1” is not an amount").arg(input.trimmed()));

    const qsizetype lastDot = s.lastIndexOf(u'.');
    const qsizetype lastComma = s.lastIndexOf(u',');
    QString integerPart;
    QString decimals;
    QChar decimalSep;
    if (lastDot >= 0 && lastComma >= 0)
        decimalSep = lastDot > lastComma ? u'.' : u',';
    else if (lastDot >= 0 || lastComma >= 0) {
        const QChar sep = lastDot >= 0 ? u'.' : u',';
        // One separator: a decimal point. The same separator several times:
        // thousands ("1.013.500").
        decimalSep = s.count(sep) == 1 ? sep : QChar();
    }

    QString body = s;
    if (!decimalSep.isNull()) {
        const qsizetype at = s.lastIndexOf(decimalSep);
        body = s.left(at);
        decimals = s.mid(at + 1);
        if (!allDigits(decimals))
            return fail(error, tr("“%1” is not an amount").arg(input.trimmed()));
        if (decimals.size() > 2)
            return fail(error, tr("“%1” has more than two decimals: amounts are in euros and cents")
                                   .arg(input.trimmed()));
        if (body.isEmpty())
            body = QStringLiteral("0");
    }
    const QChar groupSep = decimalSep == u'.' ? u',' : (decimalSep == u',' ? u'.' : QChar());
    if (!groupSep.isNull() && body.contains(groupSep)) {
        if (!validGroups(body, groupSep, &integerPart))
            return fail(error, tr("“%1” is not an amount").arg(input.trimmed()));
    } else if (decimalSep.isNull() && (s.contains(u'.') || s.contains(u','))) {
        const QChar sep = s.contains(u'.') ? u'.' : u',';
        if (s.contains(u'.') && s.contains(u',')) // cannot happen: handled above
            return fail(error, tr("“%1” is not an amount").arg(input.trimmed()));
        if (!validGroups(body, sep, &integerPart))
            return fail(error, tr("“%1” is not an amount").arg(input.trimmed()));
    } else {
        if (!allDigits(body))
            return fail(error, tr("“%1” is not an amount").arg(input.trimmed()));
        integerPart = body;
    }

    while (integerPart.size() > 1 && integerPart.startsWith(u'0'))
        integerPart.remove(0, 1);
    // Bounded (FieldLimits) long before qint64 overflows.
    const auto tooLarge = [&] {
        return fail(error, tr("“%1” is too large: an amount is at most %2")
                               .arg(input.trimmed(),
                                    fromCents(FieldLimits::maxAmountCents).toLocaleString()));
    };
    if (integerPart.size() > 12)
        return tooLarge();

    qint64 cents = integerPart.toLongLong() * 100;
    if (decimals.size() == 1)
        cents += decimals.toLongLong() * 10;
    else if (decimals.size() == 2)
        cents += decimals.toLongLong();
    if (cents > FieldLimits::maxAmountCents)
        return tooLarge();
    return Money(negative ? -cents : cents);
}

QString Money::toPlainString() const
{
    const qint64 abs = m_cents < 0 ? -m_cents : m_cents;
    return (m_cents < 0 ? QStringLiteral("-") : QString()) + QString::number(abs / 100) + u'.' +
           QStringLiteral("%1").arg(abs % 100, 2, 10, QChar(u'0'));
}

QString Money::toLocaleString(const QLocale& locale) const
{
    const qint64 abs = m_cents < 0 ? -m_cents : m_cents;
    QString units = QString::number(abs / 100);
    const QString group = locale.groupSeparator();
    for (qsizetype i = units.size() - 3; i > 0; i -= 3)
        units.insert(i, group);
    const QString number =
        units + locale.decimalPoint() + QStringLiteral("%1").arg(abs % 100, 2, 10, QChar(u'0'));
    // Let the locale place the symbol and the sign ("1 013,50 €", "-€12.00")
    // without ever going through a double.
    // (Negative amounts take a plain minus sign, never the accounting
    // parentheses some locales use: tenants read these letters.)
    QString pattern = locale.toCurrencyString(qlonglong(7), QStringLiteral("€"));
    pattern.replace(QStringLiteral("7"), number);
    return m_cents < 0 ? locale.negativeSign() + pattern : pattern;
}
