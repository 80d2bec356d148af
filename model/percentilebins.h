#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>

namespace pledgecheck {

/// The percentile finder's bins (see PercentileFinder): the finder bins with these, and so does
/// the created-months pass (createdmonths.h), so that values made in the pass are binned there and
/// never stored.
namespace bins {

/// A key that rises with the value, for any double but NaN: a non-negative one's bit pattern
/// with the sign bit set, a negative one's with every bit flipped (its magnitude's pattern rises
/// as the value falls). Adding +0 makes -0 into +0, as a least or greatest found may be either
/// zero. Branch-free, so the binning stays vectorised.
inline std::uint64_t orderKey(double value)
{
    const auto bits = std::bit_cast<std::uint64_t>(value + 0.0);
    const auto negative = std::bit_cast<std::uint64_t>(std::bit_cast<std::int64_t>(bits) >> 63);
    return bits ^ (negative | (std::uint64_t{1} << 63));
}

/// The bins' key for each value: the order key of the value clamped to the least and the greatest
/// worth binning finely; then the magnitudes up to a tiny one, from the key of -tiny to that of
/// +tiny, as one key. Never a smaller value later, so any choice of the three values bins exactly;
/// they decide only how many values share a bin wanted. The keys of a range around zero span a
/// thousand binades down to the subnormals, most of them empty, and values far below or above
/// every wanted order statistic would leave those in a few bins. Clamped as doubles, which
/// orderKey() keeps in order: AVX2 has min and max for doubles, none for 64-bit integers, and the
/// binning pass then stays four values to an instruction.
struct KeyMap {
    double least, most; ///< the least and the greatest value binned finely
    double tiny;        ///< magnitudes below it share one key

    double clamped(double value) const { return std::min(std::max(value, least), most); }
    std::uint64_t operator()(double value) const
    {
        // key - clamp(key, key(-tiny), key(+tiny)) + key(-tiny): the key itself at or below
        // -tiny, key(-tiny) between, shifted down by the gap from +tiny on.
        const double c = clamped(value);
        const double nearZero = std::min(std::max(c, -tiny), tiny);
        return orderKey(c) - orderKey(nearZero) + orderKey(-tiny);
    }
};

/// Which of binCount bins a value falls in: its mapped key above that of the least value,
/// shifted right by shift. Never a smaller value in a later bin.
struct BinPlan {
    KeyMap map;
    std::uint64_t lowestKey;
    int shift, binCount;
    /// Where every value binned finely lies on one side of the tiny ones (the usual case: jobs
    /// linked are all positive, and jobs created mostly gained), the near-zero term is the same
    /// for all: -tiny's own key below zero, or +tiny's. The same bins, in half the instructions.
    bool oneSide;
    std::uint64_t oneSideOffset; ///< what a clamped value's key then gains

    /// The plan for values from @p lowest to @p highest (or values of any range, with -inf and
    /// +inf) in @p binCount bins. If @p map leaves them all one key, every key is binned.
    static BinPlan make(KeyMap map, double lowest, double highest, int binCount)
    {
        if (!(map(highest) > map(lowest))) // too little to go by: bin every key
            map = {-std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(), 0.0};
        const std::uint64_t lowestKey = map(lowest);
        const std::uint64_t span = map(highest) - lowestKey;
        const int shift = std::max(0, static_cast<int>(std::bit_width(span))
                                          - static_cast<int>(std::bit_width(static_cast<unsigned>(binCount))) + 1);
        // A clamped value lies from min(least, most) to most.
        const bool aboveTiny = std::min(map.least, map.most) >= map.tiny;
        const bool oneSide = aboveTiny || map.most <= -map.tiny;
        const double nearZero = aboveTiny ? map.tiny : -map.tiny;
        return {map, lowestKey, shift, binCount, oneSide, orderKey(-map.tiny) - orderKey(nearZero) - lowestKey};
    }

    /// The bin of @p value, or of each of four; (span >> shift) < binCount.
    std::uint64_t operator()(double value) const
    {
        return oneSide ? binOnOneSide(value) : binOnEitherSide(value);
    }
    /// The same where oneSide holds, and where it need not.
    std::uint64_t binOnOneSide(double value) const
    {
        return (orderKey(map.clamped(value)) + oneSideOffset) >> shift;
    }
    std::uint64_t binOnEitherSide(double value) const
    {
        return (map(value) - lowestKey) >> shift;
    }
};

} // namespace bins
} // namespace pledgecheck
