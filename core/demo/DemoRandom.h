#pragma once

#include <QtGlobal>

#include <cstddef>

// The demo's own pseudo-random generator (xoshiro256**, seeded through
// SplitMix64). std::mt19937 is portable but the std distributions are not:
// libstdc++ and libc++ turn the same bits into different numbers, and the
// demo must give the same agency for the same seed everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);
    // An independent stream for one item (e.g. one account), so that each
    // account's data depends only on (seed, index) and can be produced in any
    // order or in chunks.
    static DemoRandom stream(quint64 seed, quint64 index);

    quint64 next();
    // Uniform in [0, n); n > 0.
    int below(int n);
    // Uniform in [lo, hi], both included.
    int between(int lo, int hi);
    // Uniform in [0, 1), from the top 53 bits: the same on every IEEE machine.
    double unit();
    bool chance(double probability);
    // An index drawn with the given integer weights.
    int weighted(const int* weights, std::size_t count);

    template <typename T, std::size_t N> const T& pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }

private:
    quint64 m_state[4];
};
