#include "StatementCsv.h"

namespace {

QByteArray field(const QString& value)
{
    QByteArray utf8 = value.toUtf8();
    // A cell that starts like a formula is quoted text, never computed.
    if (!utf8.isEmpty() && QByteArrayView("=+-@").contains(utf8.at(0)) &&
        !(utf8.size() > 1 && (QChar::fromLatin1(utf8.at(1)).isDigit())))
        utf8.prepend('\'');
    if (utf8.contains(';') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

void row(QByteArray& out, const QStringList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ';';
        out += field(values.at(i));
    }
    out += "\r\n";
}

} // namespace

QString StatementCsv::amount(Money m)
{
    return m.toPlainString().replace(u'.', u',');
}

QByteArray StatementCsv::bytes(const AccountStatement& statement)
{
    QByteArray out("\xEF\xBB\xBF");
    row(out, {tr("Date"), tr("Ref."), tr("Label"), tr("Debit"), tr("Credit"), tr("Balance")});
    for (const StatementMonth& m : statement.months)
        for (const StatementLine& l : m.lines)
            row(out, {l.date.toString(QStringLiteral("dd/MM/yyyy")), l.entryRef, l.label,
                      l.debit.isZero() ? QString() : amount(l.debit),
                      l.credit.isZero() ? QString() : amount(l.credit), amount(l.balance)});
    return out;
}
