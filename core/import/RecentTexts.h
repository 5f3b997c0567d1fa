#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstring>

// The texts of the last distinct values of one column, by their bytes: a
// large file repeats its journal, account and label values line after line
// (« Loyer juin 2026 » on every tenant), and each text made once is then
// shared (QString's implicit sharing) by every line that has the same bytes,
// instead of being allocated and decoded again. Only memoises: `make` gives
// the text of the bytes, the same whatever was read before.
//
// 256 slots, the slot chosen by a cheap hash of the bytes (their length,
// first and last eight bytes): a value comes back to its slot unless
// another one took it meanwhile (a label column has some 80 values that
// fill its lines, and one-off ones: « Chèque n° 7586631 »).
class RecentTexts
{
public:
    template <typename Make> const QString& text(QByteArrayView bytes, Make&& make)
    {
        Slot& s = m_slots[slotOf(bytes)];
        if (s.used && QByteArrayView(s.bytes) == bytes)
            return s.text;
        s.used = true;
        s.bytes.resize(0); // keeps its capacity
        s.bytes.append(bytes.data(), bytes.size());
        s.text = make();
        return s.text;
    }

private:
    static size_t slotOf(QByteArrayView bytes)
    {
        quint64 first = 0;
        quint64 last = 0;
        const size_t n = size_t(bytes.size());
        if (n >= 8) {
            memcpy(&first, bytes.data(), 8);
            memcpy(&last, bytes.data() + n - 8, 8);
        } else if (n > 0) {
            memcpy(&first, bytes.data(), n);
        }
        const quint64 h = (first * 0x9E3779B97F4A7C15ULL) ^ (last * 0xC2B2AE3D27D4EB4FULL) ^ n;
        return size_t((h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ULL >> 56); // 8 bits: 256 slots
    }

    struct Slot
    {
        QByteArray bytes;
        QString text;
        bool used = false; // an unused slot's empty bytes must not match
    };
    std::array<Slot, 256> m_slots;
};
