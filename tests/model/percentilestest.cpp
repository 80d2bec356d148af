#include "percentiles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <array>
#include <random>
#include <vector>

using namespace pledgecheck;

namespace {

// The textbook definition: sort, then interpolate between order statistics (NumPy's default).
double sortedPercentile(std::vector<double> values, double level)
{
    std::sort(values.begin(), values.end());
    const double position = level * static_cast<double>(values.size() - 1);
    const auto k = static_cast<std::size_t>(position);
    const double f = position - static_cast<double>(k);
    return k + 1 < values.size() ? values[k] + f * (values[k + 1] - values[k]) : values[k];
}

constexpr std::array<double, 7> kLevels{0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

void expectLikeSorting(const std::vector<double> &values)
{
    std::array<double, 7> found{};
    PercentileFinder().find(values, kLevels, found);
    for (std::size_t i = 0; i < kLevels.size(); ++i)
        EXPECT_EQ(found[i], sortedPercentile(values, kLevels[i])) << "level " << kLevels[i] << ", n " << values.size();
}

} // namespace

TEST(Percentiles, InterpolateBetweenOrderStatistics)
{
    // 1..5: the 25th percentile is at position 1 (value 2); the 10th at 0.4: 1 + 0.4 = 1.4.
    std::array<double, 7> found{};
    PercentileFinder().find(std::vector<double>{5, 1, 4, 2, 3}, kLevels, found);
    EXPECT_DOUBLE_EQ(found[1], 1.4);
    EXPECT_DOUBLE_EQ(found[2], 2.0);
    EXPECT_DOUBLE_EQ(found[3], 3.0);
    EXPECT_DOUBLE_EQ(found[6], 4.8);
}

TEST(Percentiles, MatchSortingExactlyOnSkewedData)
{
    std::mt19937_64 generator(7);
    std::lognormal_distribution<double> skewed(0.0, 2.0);
    for (std::size_t n : {1u, 2u, 3u, 10u, 1000u, 100000u}) {
        std::vector<double> values(n);
        for (double &v : values)
            v = skewed(generator);
        expectLikeSorting(values);
    }
}

TEST(Percentiles, HandleTiesAndConstantData)
{
    expectLikeSorting(std::vector<double>(1000, 3.5));
    std::vector<double> ties;
    for (int i = 0; i < 5000; ++i)
        ties.push_back(i % 7 == 0 ? 1e9 : i % 3);
    expectLikeSorting(ties);
}

TEST(Percentiles, MatchSortingForJobsCreatedAFewLostMostGainedSomeNone)
{
    // Jobs created: some draws lose a few thousand, most gain up to tens of thousands, spread
    // over orders of magnitude, some exactly none, and tiny ones either side of zero.
    std::mt19937_64 generator(17);
    std::lognormal_distribution<double> gained(std::log(3000.0), 1.5);
    std::uniform_real_distribution<double> lost(-2500.0, 0.0);
    std::vector<double> created(30000);
    for (std::size_t i = 0; i < created.size(); ++i)
        created[i] = i % 10 == 0 ? lost(generator) : i % 97 == 0 ? 0.0 : i % 89 == 0 ? (i % 2 ? 1e-12 : -1e-12) : gained(generator);
    expectLikeSorting(created);
}

TEST(Percentiles, MatchSortingAcrossSignsZerosAndExtremeMagnitudes)
{
    std::mt19937_64 generator(11);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<double> bothSigns(20000);
    for (double &v : bothSigns)
        v = normal(generator);
    expectLikeSorting(bothSigns);

    // Non-negative samples are binned by their bit patterns: -0 must bin with +0, and subnormals
    // and values near the top of the range must keep their order.
    std::uniform_int_distribution<int> exponent(-1070, 1000);
    for (const double firstZero : {0.0, -0.0}) { // the least sample found may be either zero
        std::vector<double> magnitudes(20000);
        for (std::size_t i = 0; i < magnitudes.size(); ++i)
            magnitudes[i] = i % 10 == 0 ? (i % 20 == 0 ? firstZero : -firstZero) : std::ldexp(1.5, exponent(generator));
        expectLikeSorting(magnitudes);
    }
}
