#include "percentiles.h"

#include "simdclones.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <limits>

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

/// A key that rises with the value, for any double but NaN: a non-negative one's bit pattern
/// with the sign bit set, a negative one's with every bit flipped (its magnitude's pattern rises
/// as the value falls). Adding +0 makes -0 into +0, as a least or greatest found may be either
/// zero. Branch-free, so the binning stays vectorised.
std::uint64_t orderKey(double value)
{
    const auto bits = std::bit_cast<std::uint64_t>(value + 0.0);
    const auto negative = static_cast<std::uint64_t>(static_cast<std::int64_t>(bits) >> 63);
    return bits ^ (negative | (std::uint64_t{1} << 63));
}

// The bins' key for each value: the order key of the value clamped to the least and the greatest
// worth binning finely; then the magnitudes up to a tiny one, from the key of -tiny to that of
// +tiny, as one key. Never a smaller value later, so any choice of the three values bins exactly;
// they decide only how many values share a bin wanted. The keys of a range around zero span a
// thousand binades down to the subnormals, most of them empty, and values far below or above
// every wanted order statistic would leave those in a few bins. Clamped as doubles, which
// orderKey() keeps in order: AVX2 has min and max for doubles, none for 64-bit integers, and the
// binning pass then stays four values to an instruction.
struct KeyMap {
    double least, most; ///< the least and the greatest value binned finely
    double tiny;        ///< magnitudes below it share one key

    std::uint64_t operator()(double value) const
    {
        const double clamped = std::min(std::max(value, least), most);
        // key - clamp(key, key(-tiny), key(+tiny)) + key(-tiny): the key itself at or below
        // -tiny, key(-tiny) between, shifted down by the gap from +tiny on.
        const double nearZero = std::min(std::max(clamped, -tiny), tiny);
        return orderKey(clamped) - orderKey(nearZero) + orderKey(-tiny);
    }
};

/// What the sample says: the least and greatest value worth binning finely, and the tiny
/// magnitude. An evenly spaced sample costs microseconds; the bins it spares cost a pass.
struct SampleBounds {
    double least, greatest, tiny;
};

// From an evenly spaced sample of @p values (1 in 64 of them, 32 to 512): the sample's order
// statistics far enough outside the wanted ranks, from @p firstRank to @p lastRank, that the
// values' own lie between them but for odds of about 1 in 1,000 (three standard deviations of a
// sample's rank); and half the magnitude that about 1 in 64 of the nonzero values lie below. Half,
// so that the largest magnitude is never squeezed with the rest. @p sample and @p magnitudes are
// scratch.
SampleBounds sampleBounds(std::span<const double> values, std::size_t firstRank, std::size_t lastRank,
                          std::vector<double> &sample, std::vector<double> &magnitudes)
{
    const std::size_t n = values.size();
    const std::size_t stride = std::max<std::size_t>(1, n / std::clamp<std::size_t>(n / 64, 32, 512));
    sample.clear();
    magnitudes.clear();
    for (std::size_t i = 0; i < n; i += stride) {
        sample.push_back(values[i]);
        if (values[i] != 0)
            magnitudes.push_back(std::abs(values[i]));
    }
    SampleBounds bounds{-std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(), 0};
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

// Each value's bin: its mapped order key above the lowest's, shifted right.
// (span >> shift) < binCount.
PLEDGECHECK_SIMD_CLONES void binsByOrderKey(std::span<const double> values, KeyMap map,
                                            std::uint64_t lowestKey, int shift, std::span<std::uint16_t> bins)
{
    // Where every value binned finely lies on one side of the tiny ones (the usual case: jobs
    // linked are all positive, and jobs created mostly gained), the near-zero term is the same
    // for all: -tiny's own key below zero, or +tiny's. The same keys, in half the instructions.
    // A clamped value lies from min(least, most) to most.
    const bool aboveTiny = std::min(map.least, map.most) >= map.tiny;
    if (aboveTiny || map.most <= -map.tiny) {
        const double nearZero = aboveTiny ? map.tiny : -map.tiny;
        const std::uint64_t offset = orderKey(-map.tiny) - orderKey(nearZero) - lowestKey;
        for (std::size_t i = 0; i < values.size(); ++i)
            bins[i] = static_cast<std::uint16_t>(
                (orderKey(std::min(std::max(values[i], map.least), map.most)) + offset) >> shift);
        return;
    }
    for (std::size_t i = 0; i < values.size(); ++i)
        bins[i] = static_cast<std::uint16_t>((map(values[i]) - lowestKey) >> shift);
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
    const std::size_t n = values.size();
    // Each level needs the order statistics k and k + 1 around its position p·(n - 1).
    m_orderStatistics.assign(2 * levels.size(), 0.0);
    m_wanted.clear();
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const Position position = positionOf(levels[i], n);
        m_wanted.push_back({position.below, &m_orderStatistics[2 * i]});
        m_wanted.push_back({position.above, &m_orderStatistics[2 * i + 1]});
    }
    selectWanted(values, range);
    for (std::size_t i = 0; i < levels.size(); ++i)
        out[i] = interpolate(positionOf(levels[i], n), m_orderStatistics[2 * i],
                             m_orderStatistics[2 * i + 1]);
}

void PercentileFinder::orderStatistics(std::span<const double> values,
                                       std::span<const std::size_t> ranks, std::span<double> out)
{
    assert(ranks.size() == out.size() && !values.empty());
    m_wanted.clear();
    for (std::size_t i = 0; i < ranks.size(); ++i)
        m_wanted.push_back({ranks[i], &out[i]});
    m_expected = kAnywhere;
    selectWanted(values, nullptr);
}

void PercentileFinder::selectWanted(std::span<const double> values, const Range *range)
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
    select(values, m_wanted, 0, range);
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
    const int binCount = binsFor(values.size());
    static_assert(kMostBins <= std::numeric_limits<Bin>::max() + 1);
    BinArray &bins = m_bins[static_cast<std::size_t>(depth)];
    // Doubles order as their keys do, and the keys rise with the exponent as well as the mantissa:
    // a piecewise-linear logarithm of the magnitude on each side of zero, for free. Skewed data
    // (jobs spread over orders of magnitude, jobs created a few of them lost) then fills the bins
    // about evenly, where equal widths of value would put most of it in the first few. Shifting
    // keeps it in integers.
    const SampleBounds sampled = sampleBounds(values, wanted.front().rank, wanted.back().rank, m_sample, m_magnitudes);
    const Range expected = depth == 0 ? m_expected : kAnywhere;
    constexpr double infinity = std::numeric_limits<double>::infinity();
    KeyMap map{std::max({lowest, sampled.least, expected.lowest}),
               std::min({highest, sampled.greatest, expected.highest}), sampled.tiny};
    if (!(map(highest) > map(lowest))) // the sample saw too little: bin every key
        map = {-infinity, infinity, 0.0};
    const std::uint64_t lowestKey = map(lowest);
    const std::uint64_t span = map(highest) - lowestKey;
    const int shift = std::max(0, static_cast<int>(std::bit_width(span))
                                      - static_cast<int>(std::bit_width(static_cast<unsigned>(binCount))) + 1);
    bins.resize(array.size());
    binsByOrderKey(values, map, lowestKey, shift, {bins.data(), values.size()});
    std::vector<int> &counts = m_counts[static_cast<std::size_t>(depth)];
    // Neighbouring samples often share a bin; counting them into kLanes histograms in turn spares
    // each increment from waiting on the one before.
    const auto stride = static_cast<std::size_t>(binCount) + 1;
    counts.assign(kLanes * stride, 0);
    const std::size_t whole = values.size() / kLanes * kLanes;
    for (std::size_t i = 0; i < whole; i += kLanes)
        for (std::size_t lane = 0; lane < kLanes; ++lane)
            ++counts[lane * stride + static_cast<std::size_t>(bins[static_cast<Eigen::Index>(i + lane)]) + 1];
    for (std::size_t i = whole; i < values.size(); ++i)
        ++counts[static_cast<std::size_t>(bins[static_cast<Eigen::Index>(i)]) + 1];
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
    std::vector<double> &gathered = m_scratch[static_cast<std::size_t>(depth)];
    gathered.resize(total);
    const auto slotOf = [&](std::size_t i) {
        return slotOfBin[static_cast<std::size_t>(bins[static_cast<Eigen::Index>(i)])];
    };
    const auto gather = [&](std::size_t i) {
        if (const int slot = slotOf(i); slot >= 0)
            gathered[cursor[static_cast<std::size_t>(slot)]++] = values[i];
    };
    // Few samples lie in a wanted bin: eight at a time are tested with one branch (the sign bit
    // of their slots' AND is set only if every slot is -1), and only those groups looked into.
    // Twice as fast as a branch a sample.
    constexpr std::size_t kTogether = 8;
    const std::size_t grouped = values.size() / kTogether * kTogether;
    for (std::size_t i = 0; i < grouped; i += kTogether) {
        int all = -1;
        for (std::size_t k = 0; k < kTogether; ++k)
            all &= slotOf(i + k);
        if (all >= 0)
            for (std::size_t k = 0; k < kTogether; ++k)
                gather(i + k);
    }
    for (std::size_t i = grouped; i < values.size(); ++i)
        gather(i);
    for (const Group &g : groups)
        select(std::span<const double>(gathered).subspan(g.offset, g.size),
               wanted.subspan(g.first, g.last - g.first), depth + 1, nullptr);
}

} // namespace pledgecheck
