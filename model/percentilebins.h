#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>
#include <type_traits>

// GCC warns that passing a 32-byte vector by value has another ABI without AVX; these functions
// are templates inlined into their callers (createdmonths.cpp), so no call crosses it.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"
#endif

namespace pledgecheck {

/// The percentile finder's bins (see PercentileFinder), for one double or for four at once in a
/// GCC vector: the finder bins with the first, the created-months kernel (createdmonths.h) with
/// the second, so that values made in the kernel's pass are binned there and never stored.
namespace bins {

/// Four doubles, and their keys, to a vector (GCC's vector extension, which Clang has too).
using Vector = double __attribute__((vector_size(32)));
using KeyVector = std::uint64_t __attribute__((vector_size(32)));
using SignedKeyVector = std::int64_t __attribute__((vector_size(32)));

template <typename Value>
struct KeyTypes {
    using Key = std::uint64_t;
    using Signed = std::int64_t;
};
template <>
struct KeyTypes<Vector> {
    using Key = KeyVector;
    using Signed = SignedKeyVector;
};
template <typename Value>
using KeyOf = typename KeyTypes<Value>::Key;

template <typename Value>
Value broadcast(double x)
{
    if constexpr (std::is_same_v<Value, double>)
        return x;
    else
        return Value{x, x, x, x};
}

// std::max(value, low) and std::min(value, high), written so that they take vectors too.
template <typename Value>
Value atLeast(Value value, Value low)
{
    return value < low ? low : value;
}
template <typename Value>
Value atMost(Value value, Value high)
{
    return high < value ? high : value;
}

/// A key that rises with the value, for any double but NaN: a non-negative one's bit pattern
/// with the sign bit set, a negative one's with every bit flipped (its magnitude's pattern rises
/// as the value falls). Adding +0 makes -0 into +0, as a least or greatest found may be either
/// zero. Branch-free, so the binning stays vectorised.
template <typename Value>
KeyOf<Value> orderKey(Value value)
{
    using Key = KeyOf<Value>;
    using Signed = typename KeyTypes<Value>::Signed;
    const auto bits = std::bit_cast<Key>(value + 0.0);
    const auto negative = std::bit_cast<Key>(std::bit_cast<Signed>(bits) >> 63);
    return bits ^ (negative | (Key{} + (std::uint64_t{1} << 63)));
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

    template <typename Value>
    Value clamped(Value value) const
    {
        return atMost(atLeast(value, broadcast<Value>(least)), broadcast<Value>(most));
    }
    template <typename Value>
    KeyOf<Value> operator()(Value value) const
    {
        // key - clamp(key, key(-tiny), key(+tiny)) + key(-tiny): the key itself at or below
        // -tiny, key(-tiny) between, shifted down by the gap from +tiny on.
        const Value c = clamped(value);
        const Value nearZero = atMost(atLeast(c, broadcast<Value>(-tiny)), broadcast<Value>(tiny));
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
    template <typename Value>
    KeyOf<Value> operator()(Value value) const
    {
        return oneSide ? binOnOneSide(value) : binOnEitherSide(value);
    }
    /// The same where oneSide holds, and where it need not.
    template <typename Value>
    KeyOf<Value> binOnOneSide(Value value) const
    {
        return (orderKey(map.clamped(value)) + oneSideOffset) >> shift;
    }
    template <typename Value>
    KeyOf<Value> binOnEitherSide(Value value) const
    {
        return (map(value) - lowestKey) >> shift;
    }
};

} // namespace bins
} // namespace pledgecheck

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
