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

// Draws a pass makes at a time before it bins them: their created jobs wait in two buffers that
// stay in the first-level cache (8 KiB in all), and are binned from there by a plain loop, which
// the compiler vectorises (narrowing 64-bit keys to 16-bit bins written out by hand took three
// times the instructions). Only the bins go further out to memory. A multiple of kWidth.
constexpr std::size_t kChunk = 512;

// The bins of @p count values by @p plan, whose side is @p oneSide.
template <bool oneSide>
[[gnu::always_inline]] inline void binValues(const double *values, std::size_t count, const bins::BinPlan &plan,
                                             PercentileFinder::Bin *out)
{
    for (std::size_t k = 0; k < count; ++k)
        out[k] = static_cast<PercentileFinder::Bin>(oneSide ? plan.binOnOneSide(values[k])
                                                            : plan.binOnEitherSide(values[k]));
}

// The pass, for plans whose sides are known when it is compiled (a test a value costs more).
// If @p next is not wanted: month t only. Inlined into each clone of advanceLanes(), so compiled
// for its instruction set.
template <bool monthOneSide, bool nextOneSide>
[[gnu::always_inline]] inline void advanceLanesOnSides(double *jobs, const double *q, const double *atStart,
                                                       std::size_t count, std::ptrdiff_t products,
                                                       const CreatedMonthOut &monthOut, const CreatedMonthOut &nextOut,
                                                       LaneRanges &monthRanges, LaneRanges &nextRanges)
{
    LaneRanges month = monthRanges, after = nextRanges;
    const bool hasNext = nextOut.wanted();
    const bool binMonth = monthOut.values.empty(), binNext = hasNext && nextOut.values.empty();
    const bins::BinPlan monthPlan = binMonth ? *monthOut.plan : bins::BinPlan{};
    const bins::BinPlan nextPlan = binNext ? *nextOut.plan : bins::BinPlan{};
    alignas(64) double monthBuffer[kChunk], nextBuffer[kChunk];
    double *monthValues = monthBuffer, *nextValues = nextBuffer;
    // One draw, or kWidth draws, from @p i on, the @p k-th of the chunk: each draw's products in
    // the same order as one month at a time.
    const auto pass = [&]<typename Value>(std::size_t i, std::size_t k, auto read, auto write) {
        const Value factor = read(q + i);
        const Value start = read(atStart + i);
        Value j = read(jobs + i);
        for (std::ptrdiff_t m = 0; m < products; ++m)
            j *= factor;
        write(jobs + i, j);
        const Value c = j - start;
        write(monthValues + k, c);
        month.include(c);
        if (hasNext) {
            const Value n = j * factor - start;
            write(nextValues + k, n);
            after.include(n);
        }
    };
    const auto load = [](const double *from) {
        Vector v;
        std::memcpy(&v, from, sizeof v);
        return v;
    };
    const auto store = [](double *to, const Vector &v) { std::memcpy(to, &v, sizeof v); };
    for (std::size_t begin = 0; begin < count; begin += kChunk) {
        const std::size_t size = std::min(kChunk, count - begin);
        if (!binMonth)
            monthValues = monthOut.values.data() + begin;
        if (hasNext && !binNext)
            nextValues = nextOut.values.data() + begin;
        const std::size_t whole = size / kWidth * kWidth;
        for (std::size_t k = 0; k < whole; k += kWidth)
            pass.template operator()<Vector>(begin + k, k, load, store);
        for (std::size_t k = whole; k < size; ++k)
            pass.template operator()<double>(begin + k, k, [](const double *p) { return *p; },
                                             [](double *p, double v) { *p = v; });
        if (binMonth)
            binValues<monthOneSide>(monthValues, size, monthPlan, monthOut.bins.data() + begin);
        if (binNext)
            binValues<nextOneSide>(nextValues, size, nextPlan, nextOut.bins.data() + begin);
    }
    monthRanges = month;
    nextRanges = after;
}

// Compiled for each instruction set (simdclones.h).
PLEDGECHECK_SIMD_CLONES void advanceLanes(double *jobs, const double *q, const double *atStart, std::size_t count,
                                          std::ptrdiff_t products, const CreatedMonthOut &month,
                                          const CreatedMonthOut &next, LaneRanges &monthRanges,
                                          LaneRanges &nextRanges)
{
    const bool monthOneSide = month.plan && month.plan->oneSide;
    const bool nextOneSide = next.plan && next.plan->oneSide;
    if (monthOneSide && nextOneSide)
        advanceLanesOnSides<true, true>(jobs, q, atStart, count, products, month, next, monthRanges, nextRanges);
    else if (monthOneSide)
        advanceLanesOnSides<true, false>(jobs, q, atStart, count, products, month, next, monthRanges, nextRanges);
    else if (nextOneSide)
        advanceLanesOnSides<false, true>(jobs, q, atStart, count, products, month, next, monthRanges, nextRanges);
    else
        advanceLanesOnSides<false, false>(jobs, q, atStart, count, products, month, next, monthRanges, nextRanges);
}

} // namespace

CreatedMonthRanges advanceCreatedMonths(std::span<double> jobs, std::span<const double> q,
                                        std::span<const double> atStart, std::ptrdiff_t products,
                                        const CreatedMonthOut &month, const CreatedMonthOut &next)
{
    [[maybe_unused]] const auto fits = [&](const CreatedMonthOut &out) {
        return out.values.empty() ? !out.plan || out.bins.size() == jobs.size() : out.values.size() == jobs.size();
    };
    assert(q.size() == jobs.size() && atStart.size() == jobs.size());
    assert(month.wanted() && fits(month) && fits(next));
    LaneRanges monthRanges, nextRanges;
    advanceLanes(jobs.data(), q.data(), atStart.data(), jobs.size(), products, month, next, monthRanges,
                 nextRanges);
    return {monthRanges.range(), nextRanges.range()};
}

} // namespace pledgecheck
