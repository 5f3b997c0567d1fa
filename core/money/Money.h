#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

// An amount of money in integer cents. Amounts are never held in floating
// point: 0.1 + 0.2 must stay 0.30 on a tenant's statement.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }
    constexpr bool isPositive() const { return m_cents > 0; }

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money operator-() const { return Money(-m_cents); }
    constexpr Money& operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    constexpr Money& operator-=(Money o)
    {
        m_cents -= o.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

    // Parses every form of import-formats.md: "1013.50", "1013,50",
    // "1 013,50", "1.013,50", "1 013,50 €", "-12", "€1,013.50". More than two
    // decimals, letters or an empty string give std::nullopt and, when asked,
    // a sentence saying why.
    static std::optional<Money> parse(const QString& text, QString* error = nullptr);

    // "1013.50" / "-12.00": the machine form used in JSON and CSV exports.
    QString toPlainString() const;
    // "1 013,50 €" in French, "€1,013.50" in English: for people.
    QString toLocaleString(const QLocale& locale = QLocale()) const;

private:
    explicit constexpr Money(qint64 cents)
        : m_cents(cents)
    {}
    qint64 m_cents = 0;
};
