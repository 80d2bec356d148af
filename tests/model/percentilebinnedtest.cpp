// PercentileFinder::planBins() and findBinned(): values binned in a caller's own pass, never
// stored, give the very percentiles that sorting them gives, whatever the plan guessed.
#include "percentiles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <limits>
#include <random>
#include <vector>

using namespace pledgecheck;

namespace {

constexpr std::array<double, 7> kLevels{0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};
constexpr double kInfinity = std::numeric_limits<double>::infinity();

// The textbook definition: sort, then interpolate between order statistics (NumPy's default).
double sortedPercentile(std::vector<double> values, double level)
{
    std::sort(values.begin(), values.end());
    const double position = level * static_cast<double>(values.size() - 1);
    const auto k = static_cast<std::size_t>(position);
    const double f = position - static_cast<double>(k);
    return k + 1 < values.size() ? values[k] + f * (values[k + 1] - values[k]) : values[k];
}

// Plans the bins from a sample, bins every value as a caller's pass would, then finds the
// percentiles from the bins; returns how many values the finder read after planning.
std::size_t expectBinnedLikeSorting(const std::vector<double> &values,
                                    PercentileFinder::Range expected = PercentileFinder::kAnywhere)
{
    PercentileFinder finder;
    const auto valueAt = [&](std::size_t i) { return values[i]; };
    const PercentileFinder::BinPlan plan = finder.planBins(values.size(), kLevels, expected, valueAt);
    std::vector<PercentileFinder::Bin> binned;
    for (const double v : values) {
        const auto bin = plan(v);
        EXPECT_LT(bin, static_cast<std::uint64_t>(plan.binCount)) << v;
        binned.push_back(static_cast<PercentileFinder::Bin>(bin));
    }
    const auto [least, most] = std::minmax_element(values.begin(), values.end());
    std::size_t reads = 0;
    std::array<double, 7> found{};
    finder.findBinned(binned, plan, {*least, *most}, kLevels, found, [&](std::size_t i) {
        ++reads;
        return values[i];
    });
    for (std::size_t i = 0; i < kLevels.size(); ++i)
        EXPECT_EQ(found[i], sortedPercentile(values, kLevels[i])) << "level " << kLevels[i] << ", n " << values.size();
    EXPECT_EQ(finder.greatest(), *most);
    return reads;
}

std::vector<double> normal(std::size_t n, double mean, double sd, unsigned seed)
{
    std::mt19937_64 generator(seed);
    std::normal_distribution<double> draw(mean, sd);
    std::vector<double> values(n);
    for (double &v : values)
        v = draw(generator);
    return values;
}

} // namespace

TEST(PercentilesBinned, BothSignsOfZeroAsJobsCreatedHaveThem)
{
    for (const std::size_t n : {10u, 300u, 1000u, 10000u, 100001u})
        expectBinnedLikeSorting(normal(n, 200, 1000, static_cast<unsigned>(n)));
}

TEST(PercentilesBinned, OneSideSkewedOverOrdersOfMagnitude)
{
    std::mt19937_64 generator(3);
    std::lognormal_distribution<double> lognormal(8.0, 2.0);
    std::vector<double> values(50000);
    for (double &v : values)
        v = lognormal(generator);
    expectBinnedLikeSorting(values);
}

TEST(PercentilesBinned, AnExpectedRangeThatMissesEveryValueCostsSpeedNotExactness)
{
    const std::vector<double> values = normal(20000, 0, 1, 5);
    expectBinnedLikeSorting(values, {1e9, 1e10});   // every value below it
    expectBinnedLikeSorting(values, {-1e10, -1e9}); // every value above it
    expectBinnedLikeSorting(values, {0.5, 0.6});    // the wanted ones mostly outside
}

TEST(PercentilesBinned, ASampleThatSeesOneValueStillBinsEveryOne)
{
    // Every 64th value (where the sample looks) is 7; the rest spread: the plan can go by nothing.
    std::vector<double> values = normal(10000, 0, 100, 9);
    for (std::size_t i = 0; i < values.size(); i += 64)
        values[i] = 7;
    expectBinnedLikeSorting(values);
}

TEST(PercentilesBinned, AllEqualAndZerosOfBothSigns)
{
    expectBinnedLikeSorting(std::vector<double>(5000, -3.5));
    std::vector<double> zeros(4000, 0.0);
    for (std::size_t i = 0; i < zeros.size(); i += 3)
        zeros[i] = -0.0;
    expectBinnedLikeSorting(zeros);
    zeros[17] = 1e-300; // one tiny value above the zeros
    expectBinnedLikeSorting(zeros);
}

TEST(PercentilesBinned, ReadsOnlyTheValuesOfTheWantedBins)
{
    // 100,000 values in 4,096 bins, 14 order statistics wanted: about 14·25 values lie in their
    // bins, far fewer than a tenth of all.
    const std::size_t reads = expectBinnedLikeSorting(normal(100000, 5000, 3000, 11));
    EXPECT_LT(reads, 10000u);
}
