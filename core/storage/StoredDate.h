#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

// 'YYYY-MM-DD' without QDate::fromString's generality: the readers that go
// through the whole ledger parse millions of them.
inline QDate parseStoredDate(const QVariant& v)
{
    const QString s = v.toString();
    if (s.size() != 10 || s.at(4) != u'-' || s.at(7) != u'-')
        return QDate::fromString(s, Qt::ISODate);
    auto num = [&s](int from, int len) {
        int n = 0;
        for (int i = from; i < from + len; ++i)
            n = n * 10 + (s.at(i).unicode() - u'0');
        return n;
    };
    return QDate(num(0, 4), num(5, 2), num(8, 2));
}
