// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QtGlobal>

namespace lvdesk {

// A small deterministic random stream (splitmix64) seeded from (seed, keys...): the same keys give
// the same numbers on every platform and run, which makes every generated case reproducible alone.
class SimRandom
{
public:
    explicit SimRandom(quint64 seed, quint64 a = 0, quint64 b = 0, quint64 c = 0)
        : m_state(mix(mix(mix(seed ^ 0x9e3779b97f4a7c15ULL) ^ a) ^ (b * 0xbf58476d1ce4e5b9ULL))
                  ^ (c * 0x94d049bb133111ebULL))
    { }

    static quint64 mix(quint64 z)
    {
        z += 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix(m_state);
    }
    // Uniform in [0, n).
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    // Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template<typename T, int N>
    const T &pick(const T (&items)[N])
    {
        return items[below(N)];
    }

private:
    quint64 m_state;
};

} // namespace lvdesk
