#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

// The texts of the last few distinct values of one column, by their bytes:
// a large file repeats its journal, account and label values line after
// line, and each text made once is then shared (QString's implicit sharing)
// by every line that has the same bytes, instead of being allocated and
// decoded again. Only memoises: `make` gives the text of the bytes, and
// gives it the same whatever was read before.
class RecentTexts
{
public:
    template <typename Make> const QString& text(QByteArrayView bytes, Make&& make)
    {
        for (const Slot& s : m_slots)
            if (s.used && QByteArrayView(s.bytes) == bytes)
                return s.text;
        Slot& s = m_slots[m_next];
        m_next = (m_next + 1) % int(m_slots.size());
        s.used = true;
        s.bytes.resize(0); // keeps its capacity
        s.bytes.append(bytes.data(), bytes.size());
        s.text = make();
        return s.text;
    }

private:
    struct Slot
    {
        QByteArray bytes;
        QString text;
        bool used = false; // an unused slot's empty bytes must not match
    };
    std::array<Slot, 4> m_slots;
    int m_next = 0;
};
