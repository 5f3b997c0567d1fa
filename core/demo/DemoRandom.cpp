#include "DemoRandom.h"

namespace {

quint64 splitMix64(quint64& x)
{
    quint64 z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    quint64 x = seed;
    for (quint64& s : m_state)
        s = splitMix64(x);
}

DemoRandom DemoRandom::stream(quint64 seed, quint64 index)
{
    // Mixing the index through SplitMix64 keeps neighbouring streams apart.
    quint64 x = seed ^ (index * 0xD1B54A32D192ED03ULL);
    return DemoRandom(splitMix64(x));
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

int DemoRandom::below(int n)
{
    if (n <= 1)
        return 0;
    // The modulo bias is below 2^-40 for the small n used here.
    return int(next() % quint64(n));
}

int DemoRandom::between(int lo, int hi)
{
    return hi <= lo ? lo : lo + below(hi - lo + 1);
}

double DemoRandom::unit()
{
    return double(next() >> 11) * 0x1.0p-53;
}

bool DemoRandom::chance(double probability)
{
    return unit() < probability;
}

int DemoRandom::weighted(const int* weights, std::size_t count)
{
    int total = 0;
    for (std::size_t i = 0; i < count; ++i)
        total += weights[i];
    int r = below(total);
    for (std::size_t i = 0; i < count; ++i) {
        if (r < weights[i])
            return int(i);
        r -= weights[i];
    }
    return int(count) - 1;
}
