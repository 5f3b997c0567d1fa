#include "LedgerRow.h"

#include "PostgresResult.h"
#include "StoredDate.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <string_view>
#include <utility>

namespace {

QDate dateOf(const unsigned char* text, int bytes)
{
    if (bytes != 10 || text[4] != '-' || text[7] != '-')
        return QDate::fromString(QString::fromUtf8(reinterpret_cast<const char*>(text), bytes),
                                 Qt::ISODate);
    auto num = [text](int from, int len) {
        int n = 0;
        for (int i = from; i < from + len; ++i)
            n = n * 10 + (text[i] - '0');
        return n;
    };
    const int y = num(0, 4), m = num(5, 2), d = num(8, 2);
    // The day number straight from the parts: QDate(y, m, d) goes through
    // the calendar system, a few percent of reading the ledger. Only a real
    // date gets one, as with QDate.
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > monthDays[m - 1] + (m == 2 && leap ? 1 : 0))
        return QDate();
    const int a = (14 - m) / 12;
    const qint64 yy = y + 4800 - a;
    const int mm = m + 12 * a - 3;
    return QDate::fromJulianDay(d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 -
                                32045);
}

EntryKind kindOf(const unsigned char* text, int bytes)
{
    // The schema's CHECK values, without a QString for each of a million rows.
    const std::string_view key(reinterpret_cast<const char*>(text), size_t(bytes));
    static const std::pair<std::string_view, EntryKind> kinds[] = {
        {"rent", EntryKind::Rent},
        {"payment", EntryKind::Payment},
        {"charges", EntryKind::Charges},
        {"fee", EntryKind::Fee},
        {"payment_reversal", EntryKind::PaymentReversal},
        {"credit_note", EntryKind::CreditNote},
        {"other", EntryKind::Other}};
    for (const auto& [name, kind] : kinds)
        if (key == name)
            return kind;
    return EntryKind::Other;
}

const unsigned char* bytesOf(const pg_result* result, int row, int column)
{
    return reinterpret_cast<const unsigned char*>(PQgetvalue(result, row, column));
}

QString textOf(const pg_result* result, int row, int column)
{
    const int bytes = PQgetlength(result, row, column);
    if (bytes == 0)
        return {};
    return QString::fromUtf8(PQgetvalue(result, row, column), bytes);
}

// The column's text into `to`, in the room it already has when the stream
// reuses its entries from one account to the next (a new string for each
// of a million refs was a tenth of reading the ledger). Refs are nearly
// always ASCII; anything else is decoded as UTF-8.
void assignText(QString& to, sqlite3_stmt* stmt, int column)
{
    const unsigned char* text = sqlite3_column_text(stmt, column);
    const int bytes = sqlite3_column_bytes(stmt, column);
    if (bytes == 0) {
        to = QString();
        return;
    }
    for (int i = 0; i < bytes; ++i)
        if (text[i] >= 0x80) {
            to = QString::fromUtf8(reinterpret_cast<const char*>(text), bytes);
            return;
        }
    to.resize(bytes);
    QChar* out = to.data();
    for (int i = 0; i < bytes; ++i)
        out[i] = QLatin1Char(char(text[i]));
}

} // namespace

void LedgerRow::read(sqlite3_stmt* stmt, int first, LedgerEntry& e)
{
    assignText(e.entryRef, stmt, first);
    e.side = sqlite3_column_text(stmt, first + 1)[0] == 'c' ? Side::Credit : Side::Debit;
    e.date = dateOf(sqlite3_column_text(stmt, first + 2), sqlite3_column_bytes(stmt, first + 2));
    e.dueDate = dateOf(sqlite3_column_text(stmt, first + 3), sqlite3_column_bytes(stmt, first + 3));
    e.amount = Money::fromCents(sqlite3_column_int64(stmt, first + 4));
    e.kind = kindOf(sqlite3_column_text(stmt, first + 5), sqlite3_column_bytes(stmt, first + 5));
    assignText(e.matches, stmt, first + 6);
}

void LedgerRow::read(const pg_result* r, int row, int first, LedgerEntry& e)
{
    e.entryRef = textOf(r, row, first);
    e.side = bytesOf(r, row, first + 1)[0] == 'c' ? Side::Credit : Side::Debit;
    e.date = dateOf(bytesOf(r, row, first + 2), PQgetlength(r, row, first + 2));
    e.dueDate = dateOf(bytesOf(r, row, first + 3), PQgetlength(r, row, first + 3));
    e.amount = Money::fromCents(postgresInt64(r, row, first + 4));
    e.kind = kindOf(bytesOf(r, row, first + 5), PQgetlength(r, row, first + 5));
    e.matches = textOf(r, row, first + 6);
}

void LedgerRow::read(const QSqlQuery& q, int first, LedgerEntry& e)
{
    e.entryRef = q.value(first).toString();
    e.side = q.value(first + 1).toString() == QLatin1String("credit") ? Side::Credit : Side::Debit;
    e.date = parseStoredDate(q.value(first + 2));
    e.dueDate = parseStoredDate(q.value(first + 3));
    e.amount = Money::fromCents(q.value(first + 4).toLongLong());
    e.kind = LedgerKeys::kindFromKey(q.value(first + 5).toString()).value_or(EntryKind::Other);
    e.matches = q.value(first + 6).toString();
}
