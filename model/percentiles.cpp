#include "percentiles.h"

#include "simdclones.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>

namespace pledgecheck {
namespace {

// Bins per level: about eight samples a bin, from 256 to 4096, so that a small sample does not
// pay for clearing and summing a histogram far larger than itself.
constexpr int kFewestBins = 256;
constexpr int kMostBins = 4096;

int binsFor(std::size_t samples)
{
    return static_cast<int>(std::clamp<std::size_t>(samples / 8, kFewestBins, kMostBins));
}
constexpr std::size_t kLanes = 4; // histograms counted side by side
constexpr std::size_t kSortBelow = 256; // fewer samples than this are simply sorted
// Each level narrows the range a thousandfold; past this many, sorting what is left is cheaper.
constexpr int kMaxDepth = 12;

/// What the sample says: the least and greatest value worth binning finely, and the tiny
/// magnitude. An evenly spaced sample costs microseconds; the bins it spares cost a pass.
struct SampleBounds {
    double least, greatest, tiny;
    double sampleLeast, sampleGreatest; ///< the sample's own least and greatest
};

// From a sample of @p n values, each read by @p valueAt(i) (1 in 64 of them, 32 to 512), evenly
// spaced, or the first ones if @p spaced is false: the sample's order statistics far enough outside the wanted ranks, from @p firstRank to
// @p lastRank, that the values' own lie between them but for odds of about 1 in 1,000 (three
// standard deviations of a sample's rank); and half the magnitude that about 1 in 64 of the
// nonzero values lie below. Half, so that the largest magnitude is never squeezed with the rest.
// @p sample and @p magnitudes are scratch.
// Every how many values sampleBounds() reads one of @p n: 1 in 64, 32 to 512 of them.
std::size_t sampleStride(std::size_t n)
{
    return std::max<std::size_t>(1, n / std::clamp<std::size_t>(n / 64, 32, 512));
}

template <typename ValueAt>
SampleBounds sampleBounds(std::size_t n, bool spaced, const ValueAt &valueAt, std::size_t firstRank,
                          std::size_t lastRank, std::vector<double> &sample, std::vector<double> &magnitudes)
{
    const std::size_t stride = sampleStride(n);
    sample.clear();
    magnitudes.clear();
    for (std::size_t i = 0; i < n; i += stride) {
        const double value = valueAt(spaced ? i : i / stride);
        sample.push_back(value);
        if (value != 0)
            magnitudes.push_back(std::abs(value));
    }
    const auto [sampleLeast, sampleGreatest] = std::minmax_element(sample.begin(), sample.end());
    SampleBounds bounds{-std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(), 0,
                        *sampleLeast, *sampleGreatest};
    const auto m = static_cast<double>(sample.size());
    const auto margin = [m](double share) { return 3 * std::sqrt(m * share * (1 - share)) + 1; };
    const double firstShare = static_cast<double>(firstRank) / static_cast<double>(n);
    const double lastShare = static_cast<double>(lastRank) / static_cast<double>(n);
    const double below = std::floor(firstShare * m - margin(firstShare));
    const double above = std::ceil(lastShare * m + margin(lastShare));
    if (below >= 1) {
        const auto at = sample.begin() + static_cast<std::ptrdiff_t>(below);
        std::nth_element(sample.begin(), at, sample.end());
        bounds.least = *at;
    }
    if (above < m - 1) {
        const auto at = sample.begin() + static_cast<std::ptrdiff_t>(above);
        std::nth_element(below >= 1 ? sample.begin() + static_cast<std::ptrdiff_t>(below) : sample.begin(), at,
                         sample.end());
        bounds.greatest = *at;
    }
    if (!magnitudes.empty()) { // else mostly zeros, which share a key anyway
        const auto at = magnitudes.begin() + static_cast<std::ptrdiff_t>(magnitudes.size() / 64);
        std::nth_element(magnitudes.begin(), at, magnitudes.end());
        bounds.tiny = std::isfinite(*at) ? *at / 2 : std::numeric_limits<double>::max();
    }
    return bounds;
}

// Each value's bin by @p plan.
PLEDGECHECK_SIMD_CLONES void binsByOrderKey(std::span<const double> values, const bins::BinPlan &plan,
                                            std::span<std::uint16_t> binned)
{
    // Two loops, so that neither tests the plan's side per value.
    if (plan.oneSide) {
        for (std::size_t i = 0; i < values.size(); ++i)
            binned[i] = static_cast<std::uint16_t>(plan.binOnOneSide(values[i]));
        return;
    }
    for (std::size_t i = 0; i < values.size(); ++i)
        binned[i] = static_cast<std::uint16_t>(plan.binOnEitherSide(values[i]));
}

} // namespace

PercentileFinder::Position PercentileFinder::positionOf(double level, std::size_t n)
{
    const double position = level * static_cast<double>(n - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    return {below, std::min(below + 1, n - 1), position - std::floor(position)};
}

void PercentileFinder::find(std::span<const double> values, std::span<const double> levels,
                            std::span<double> out)
{
    m_expected = kAnywhere;
    findPercentiles(values, nullptr, levels, out);
}

void PercentileFinder::find(std::span<const double> values, Range range,
                            std::span<const double> levels, std::span<double> out, Range expected)
{
    m_expected = expected;
    findPercentiles(values, &range, levels, out);
}

void PercentileFinder::findPercentiles(std::span<const double> values, const Range *range,
                                       std::span<const double> levels, std::span<double> out)
{
    assert(levels.size() == out.size() && !values.empty());
    wantPercentiles(levels, values.size());
    select(values, m_wanted, 0, range);
    interpolateWanted(levels, values.size(), out);
}

bins::BinPlan PercentileFinder::planBinsReading(std::size_t n, std::span<const double> levels, Range expected,
                                                const ValuesAt &valuesAt)
{
    assert(n > 0);
    wantPercentiles(levels, n);
    constexpr double infinity = std::numeric_limits<double>::infinity();
    // An expected range on one side of zero, the usual case from the second month on, is enough
    // to go by: no value near zero to bin apart, and no sample to read and select from.
    const bool positive = expected.lowest > 0 && expected.highest < infinity;
    if (positive || (expected.highest < 0 && expected.lowest > -infinity)) {
        const bins::KeyMap map{expected.lowest, expected.highest, positive ? expected.lowest : -expected.highest};
        return bins::BinPlan::make(map, -infinity, infinity, binsFor(n));
    }
    // The sample is the first values, read in one call.
    const std::size_t stride = sampleStride(n);
    m_indices.resize((n + stride - 1) / stride);
    std::iota(m_indices.begin(), m_indices.end(), std::size_t{0});
    m_firstValues.resize(m_indices.size());
    valuesAt(m_indices, m_firstValues);
    // As select() plans its first level, with the sample's least and greatest standing in for
    // the values' own, not yet known: values beyond them share the end bins, exactly.
    const auto valueAt = [this](std::size_t i) { return m_firstValues[i]; };
    const SampleBounds sampled =
        sampleBounds(n, false, valueAt, m_wanted.front().rank, m_wanted.back().rank, m_sample, m_magnitudes);
    const bins::KeyMap map{std::max({sampled.sampleLeast, sampled.least, expected.lowest}),
                           std::min({sampled.sampleGreatest, sampled.greatest, expected.highest}), sampled.tiny};
    return bins::BinPlan::make(map, -infinity, infinity, binsFor(n));
}

void PercentileFinder::findBinnedReading(std::span<const Bin> binned, const bins::BinPlan &plan, Range range,
                                         std::span<const double> levels, std::span<double> out,
                                         const ValuesAt &valuesAt)
{
    assert(levels.size() == out.size() && !binned.empty());
    const std::size_t n = binned.size();
    wantPercentiles(levels, n);
    m_greatest = range.highest;
    if (range.highest > range.lowest) {
        // Gathers the indices of the samples in wanted bins, then reads their values in one call.
        const std::size_t total = groupWanted(binned, plan.binCount, m_wanted, 0);
        m_indices.resize(total);
        gatherWanted(binned, 0, m_indices.data(), [](std::size_t i) { return i; });
        m_scratch[0].resize(total);
        valuesAt(m_indices, m_scratch[0]);
        selectGroups(m_wanted, 0);
    } else { // all equal
        for (const Wanted &w : m_wanted)
            *w.result = range.lowest;
    }
    interpolateWanted(levels, n, out);
}

void PercentileFinder::wantPercentiles(std::span<const double> levels, std::size_t n)
{
    // Each level needs the order statistics k and k + 1 around its position p·(n - 1).
    m_orderStatistics.assign(2 * levels.size(), 0.0);
    m_wanted.clear();
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const Position position = positionOf(levels[i], n);
        m_wanted.push_back({position.below, &m_orderStatistics[2 * i]});
        m_wanted.push_back({position.above, &m_orderStatistics[2 * i + 1]});
    }
    sortWanted();
}

void PercentileFinder::interpolateWanted(std::span<const double> levels, std::size_t n, std::span<double> out) const
{
    for (std::size_t i = 0; i < levels.size(); ++i)
        out[i] = interpolate(positionOf(levels[i], n), m_orderStatistics[2 * i], m_orderStatistics[2 * i + 1]);
}

void PercentileFinder::orderStatistics(std::span<const double> values,
                                       std::span<const std::size_t> ranks, std::span<double> out)
{
    assert(ranks.size() == out.size() && !values.empty());
    m_wanted.clear();
    for (std::size_t i = 0; i < ranks.size(); ++i)
        m_wanted.push_back({ranks[i], &out[i]});
    m_expected = kAnywhere;
    sortWanted();
    select(values, m_wanted, 0, nullptr);
}

void PercentileFinder::sortWanted()
{
    std::sort(m_wanted.begin(), m_wanted.end(),
              [](const Wanted &a, const Wanted &b) { return a.rank < b.rank; });
    // One histogram and one gathering list per level, made before the recursion so that no
    // reference into them moves while it runs.
    m_counts.resize(kMaxDepth + 1);
    m_scratch.resize(kMaxDepth + 1);
    m_slots.resize(kMaxDepth + 1);
    m_bins.resize(kMaxDepth + 1);
    m_cursors.resize(kMaxDepth + 1);
    m_groups.resize(kMaxDepth + 1);
}

void PercentileFinder::select(std::span<const double> values, std::span<Wanted> wanted, int depth,
                              const Range *range)
{
    if (values.size() < kSortBelow || depth == kMaxDepth) {
        std::vector<double> &sorted = m_scratch[static_cast<std::size_t>(depth)];
        sorted.assign(values.begin(), values.end());
        std::sort(sorted.begin(), sorted.end());
        if (depth == 0)
            m_greatest = sorted.back();
        for (const Wanted &w : wanted)
            *w.result = sorted[w.rank];
        return;
    }
    const Eigen::Map<const Eigen::ArrayXd> array(values.data(), static_cast<Eigen::Index>(values.size()));
    // Eigen's minCoeff is vectorised, unlike std::minmax_element.
    const double lowest = range ? range->lowest : array.minCoeff();
    const double highest = range ? range->highest : array.maxCoeff();
    if (depth == 0)
        m_greatest = highest;
    if (!(highest > lowest)) { // all equal
        for (const Wanted &w : wanted)
            *w.result = lowest;
        return;
    }

    // Every sample's bin, worked out once in a vectorised pass and kept for the gathering pass.
    // Any binning that never puts a smaller value in a later bin will do.
    static_assert(kMostBins <= std::numeric_limits<Bin>::max() + 1);
    BinArray &bins = m_bins[static_cast<std::size_t>(depth)];
    // Doubles order as their keys do, and the keys rise with the exponent as well as the mantissa:
    // a piecewise-linear logarithm of the magnitude on each side of zero, for free. Skewed data
    // (jobs spread over orders of magnitude, jobs created a few of them lost) then fills the bins
    // about evenly, where equal widths of value would put most of it in the first few. Shifting
    // keeps it in integers.
    const auto valueAt = [values](std::size_t i) { return values[i]; };
    const SampleBounds sampled =
        sampleBounds(values.size(), true, valueAt, wanted.front().rank, wanted.back().rank, m_sample, m_magnitudes);
    const Range expected = depth == 0 ? m_expected : kAnywhere;
    const bins::KeyMap map{std::max({lowest, sampled.least, expected.lowest}),
                           std::min({highest, sampled.greatest, expected.highest}), sampled.tiny};
    const bins::BinPlan plan = bins::BinPlan::make(map, lowest, highest, binsFor(values.size()));
    bins.resize(array.size());
    const std::span<const Bin> binned{bins.data(), values.size()};
    binsByOrderKey(values, plan, {bins.data(), values.size()});
    std::vector<double> &gathered = m_scratch[static_cast<std::size_t>(depth)];
    gathered.resize(groupWanted(binned, plan.binCount, wanted, depth));
    gatherWanted(binned, depth, gathered.data(), valueAt);
    selectGroups(wanted, depth);
}

std::size_t PercentileFinder::groupWanted(std::span<const Bin> bins, int binCount, std::span<Wanted> wanted,
                                          int depth)
{
    const std::size_t n = bins.size();
    std::vector<int> &counts = m_counts[static_cast<std::size_t>(depth)];
    // Neighbouring samples often share a bin; counting them into kLanes histograms in turn spares
    // each increment from waiting on the one before.
    const auto stride = static_cast<std::size_t>(binCount) + 1;
    counts.assign(kLanes * stride, 0);
    const std::size_t whole = n / kLanes * kLanes;
    for (std::size_t i = 0; i < whole; i += kLanes)
        for (std::size_t lane = 0; lane < kLanes; ++lane)
            ++counts[lane * stride + static_cast<std::size_t>(bins[i + lane]) + 1];
    for (std::size_t i = whole; i < n; ++i)
        ++counts[static_cast<std::size_t>(bins[i]) + 1];
    for (std::size_t lane = 1; lane < kLanes; ++lane)
        for (std::size_t b = 1; b < stride; ++b)
            counts[b] += counts[lane * stride + b];
    counts.resize(stride);
    for (int b = 0; b < binCount; ++b) // counts[b]: samples in the bins before b
        counts[static_cast<std::size_t>(b) + 1] += counts[static_cast<std::size_t>(b)];

    // Wanted ranks are sorted, so those in one bin are neighbours: group them by bin, give each
    // bin a stretch of one gathering list, and fill every stretch in a single pass.
    std::vector<Group> &groups = m_groups[static_cast<std::size_t>(depth)];
    groups.clear();
    std::size_t total = 0;
    for (std::size_t first = 0; first < wanted.size();) {
        const auto upper = std::upper_bound(counts.begin(), counts.end(),
                                            static_cast<int>(wanted[first].rank));
        const int bin = static_cast<int>(upper - counts.begin()) - 1;
        const auto before = static_cast<std::size_t>(counts[static_cast<std::size_t>(bin)]);
        const auto after = static_cast<std::size_t>(counts[static_cast<std::size_t>(bin) + 1]);
        std::size_t last = first;
        for (; last < wanted.size() && wanted[last].rank < after; ++last)
            wanted[last].rank -= before;
        groups.push_back({bin, first, last, total, after - before});
        total += after - before;
        first = last;
    }
    std::vector<int> &slotOfBin = m_slots[static_cast<std::size_t>(depth)];
    slotOfBin.assign(binCount, -1);
    std::vector<std::size_t> &cursor = m_cursors[static_cast<std::size_t>(depth)];
    cursor.clear();
    for (std::size_t g = 0; g < groups.size(); ++g) {
        slotOfBin[static_cast<std::size_t>(groups[g].bin)] = static_cast<int>(g);
        cursor.push_back(groups[g].offset);
    }
    return total;
}

template <typename Gathered, typename Take>
void PercentileFinder::gatherWanted(std::span<const Bin> bins, int depth, Gathered *gathered, const Take &take)
{
    const std::size_t n = bins.size();
    const std::vector<int> &slotOfBin = m_slots[static_cast<std::size_t>(depth)];
    std::vector<std::size_t> &cursor = m_cursors[static_cast<std::size_t>(depth)];
    const auto slotOf = [&](std::size_t i) { return slotOfBin[static_cast<std::size_t>(bins[i])]; };
    const auto gather = [&](std::size_t i) {
        if (const int slot = slotOf(i); slot >= 0)
            gathered[cursor[static_cast<std::size_t>(slot)]++] = take(i);
    };
    // Few samples lie in a wanted bin: eight at a time are tested with one branch (the sign bit
    // of their slots' AND is set only if every slot is -1), and only those groups looked into.
    // Twice as fast as a branch a sample.
    constexpr std::size_t kTogether = 8;
    const std::size_t grouped = n / kTogether * kTogether;
    for (std::size_t i = 0; i < grouped; i += kTogether) {
        int all = -1;
        for (std::size_t k = 0; k < kTogether; ++k)
            all &= slotOf(i + k);
        if (all >= 0)
            for (std::size_t k = 0; k < kTogether; ++k)
                gather(i + k);
    }
    for (std::size_t i = grouped; i < n; ++i)
        gather(i);
}

void PercentileFinder::selectGroups(std::span<Wanted> wanted, int depth)
{
    const std::vector<double> &gathered = m_scratch[static_cast<std::size_t>(depth)];
    for (const Group &g : m_groups[static_cast<std::size_t>(depth)])
        select(std::span<const double>(gathered).subspan(g.offset, g.size),
               wanted.subspan(g.first, g.last - g.first), depth + 1, nullptr);
}

} // namespace pledgecheck
