#include "createdmonths.h"

#include "simdclones.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstring>
#include <limits>

// GCC warns that passing a 32-byte vector by value has another ABI without AVX; every function
// here that does is internal to this file and inlined into its callers, so no call crosses it.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace pledgecheck {
namespace {

// Four draws to a vector (GCC's vector extension): one AVX2 register in the x86-64-v3 clone, two
// SSE2 registers in the default one. Written out because the compiler left the same loop in plain
// C++ mostly scalar.
using Vector = double __attribute__((vector_size(32)));
constexpr std::size_t kWidth = sizeof(Vector) / sizeof(double);

/// Per lane, the least and greatest seen so far.
struct LaneRanges {
    Vector least = Vector{} + std::numeric_limits<double>::infinity();
    Vector most = Vector{} - std::numeric_limits<double>::infinity();

    void include(const Vector &value)
    {
        least = value < least ? value : least;
        most = value > most ? value : most;
    }
    void include(double value)
    {
        least[0] = std::min(least[0], value);
        most[0] = std::max(most[0], value);
    }
    PercentileFinder::Range range() const
    {
        PercentileFinder::Range r{least[0], most[0]};
        for (std::size_t lane = 1; lane < kWidth; ++lane) {
            r.lowest = std::min(r.lowest, least[lane]);
            r.highest = std::max(r.highest, most[lane]);
        }
        return r;
    }
};

// Compiled for each instruction set (simdclones.h). @p next may be null: then month t only.
PLEDGECHECK_SIMD_CLONES void advanceLanes(double *jobs, const double *q, const double *atStart, std::size_t count,
                                          std::ptrdiff_t products, double *created, double *next,
                                          LaneRanges &monthRanges, LaneRanges &nextRanges)
{
    LaneRanges month = monthRanges, after = nextRanges;
    // One draw, or kWidth draws, from @p i on: each draw's products in the same order as one
    // month at a time.
    const auto pass = [&]<typename Value>(std::size_t i, auto read, auto write) {
        const Value factor = read(q + i);
        const Value start = read(atStart + i);
        Value j = read(jobs + i);
        for (std::ptrdiff_t m = 0; m < products; ++m)
            j *= factor;
        write(jobs + i, j);
        const Value c = j - start;
        write(created + i, c);
        month.include(c);
        if (next) {
            const Value n = j * factor - start;
            write(next + i, n);
            after.include(n);
        }
    };
    const auto load = [](const double *from) {
        Vector v;
        std::memcpy(&v, from, sizeof v);
        return v;
    };
    const auto store = [](double *to, const Vector &v) { std::memcpy(to, &v, sizeof v); };
    const std::size_t whole = count / kWidth * kWidth;
    for (std::size_t i = 0; i < whole; i += kWidth)
        pass.template operator()<Vector>(i, load, store);
    for (std::size_t i = whole; i < count; ++i)
        pass.template operator()<double>(i, [](const double *p) { return *p; }, [](double *p, double v) { *p = v; });
    monthRanges = month;
    nextRanges = after;
}

} // namespace

CreatedMonthRanges advanceCreatedMonths(std::span<double> jobs, std::span<const double> q,
                                        std::span<const double> atStart, std::ptrdiff_t products,
                                        std::span<double> created, std::span<double> next)
{
    assert(q.size() == jobs.size() && atStart.size() == jobs.size() && created.size() == jobs.size());
    assert(next.empty() || next.size() == jobs.size());
    LaneRanges month, after;
    advanceLanes(jobs.data(), q.data(), atStart.data(), jobs.size(), products, created.data(),
                 next.empty() ? nullptr : next.data(), month, after);
    return {month.range(), after.range()};
}

} // namespace pledgecheck
