#pragma once

#include "percentiles.h"

#include <Eigen/Core>

#include <limits>

/// What a month's step of the Monte Carlo does alike with and without events (MonteCarloEngine,
/// EventMonteCarlo): assign a month's figure of every draw with its range in one pass, and say
/// where the next month's percentiles should lie.
namespace pledgecheck::montecarlostep {

// Sets x(i) to value(i) for every draw and returns the least and greatest of counted(i, value(i)),
// what the draw counts, in one pass where assigning, then Eigen's minCoeff and maxCoeff, would
// make three. @p value gives K draws at a time from draw i on; eight at once keep the min and max
// vectorised.
template <typename Value, typename Counted>
PercentileFinder::Range assignWithRange(Eigen::ArrayXd &x, const Value &value, const Counted &counted)
{
    constexpr int kTogether = 8;
    constexpr double infinity = std::numeric_limits<double>::infinity();
    const auto assign = [&]<int K>(Eigen::Index i, Eigen::Array<double, K, 1> &lowest,
                                   Eigen::Array<double, K, 1> &highest) {
        const Eigen::Array<double, K, 1> v = value.template operator()<K>(i);
        x.segment<K>(i) = v;
        const Eigen::Array<double, K, 1> c = counted(i, v);
        lowest = lowest.min(c);
        highest = highest.max(c);
    };
    using Packet = Eigen::Array<double, kTogether, 1>;
    Packet lowest = Packet::Constant(infinity);
    Packet highest = Packet::Constant(-infinity);
    const Eigen::Index whole = x.size() / kTogether * kTogether;
    for (Eigen::Index i = 0; i < whole; i += kTogether)
        assign(i, lowest, highest);
    Eigen::Array<double, 1, 1> least(lowest.minCoeff()), most(highest.maxCoeff());
    for (Eigen::Index i = whole; i < x.size(); ++i)
        assign(i, least, most);
    return {least(0), most(0)};
}

// What a draw counts where it counts the figure assigned: the figure itself, for assignWithRange.
inline constexpr auto kAsAssigned = [](Eigen::Index, const auto &assigned) { return assigned; };

// Where a month's wanted order statistics should lie, from the month before's lowest and highest
// percentiles: twice as far out, or half as near zero, as each. That is as much as a month
// moves them but at the very start (from month 1 to 2 a draw's J(t) - J(0) grows by the factor
// 1 + q, 2.22 at 1000 % a year; later by less, towards q). The finder bins the draws outside as
// one at each end, so the bins between are fine even where jobs created spread over both signs
// and many binades; it stays exact if one moves further, and pays a level more. Four times, as
// before, binned twice as coarsely: more draws gathered and sorted (callgrind, README). None
// from zero, where every draw's jobs of month 0 are.
inline PercentileFinder::Range expectedNextMonth(double lowestPercentile, double highestPercentile)
{
    constexpr double infinity = std::numeric_limits<double>::infinity();
    const auto outwards = [](double x, double sign) {
        return x == 0 ? sign * infinity : (x > 0) == (sign > 0) ? x * 2 : x / 2;
    };
    return {outwards(lowestPercentile, -1), outwards(highestPercentile, 1)};
}

} // namespace pledgecheck::montecarlostep
