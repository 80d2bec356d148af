// The percentile finder's near-zero cut-off, read from the values it is given, decides only how
// the values are binned: every result must still be the exact order statistic. Each case is data
// that puts the cut-off somewhere awkward (both signs, many zeros, subnormals, both zeros, one
// value, one huge outlier, a sample that sees only zeros), checked against std::nth_element.
#include "percentiles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <vector>

using namespace pledgecheck;

namespace {

constexpr std::array<double, 7> kLevels{0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

// The reference: the order statistic of 0-based rank k, by std::nth_element.
double nthElement(std::vector<double> values, std::size_t k)
{
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
    return values[k];
}

// The ranks worth checking: every one of a short list, else both ends, the neighbours of each
// level's position and a few between.
std::vector<std::size_t> ranksToCheck(std::size_t n)
{
    std::vector<std::size_t> ranks(n);
    if (n <= 64) {
        std::iota(ranks.begin(), ranks.end(), std::size_t{0});
        return ranks;
    }
    ranks = {0, 1, n / 64, n / 3, n - 2, n - 1};
    for (const double level : kLevels) {
        const auto below = static_cast<std::size_t>(std::floor(level * static_cast<double>(n - 1)));
        ranks.push_back(below);
        ranks.push_back(std::min(below + 1, n - 1));
    }
    return ranks;
}

// Both the percentiles (NumPy's linear rule, x(k) + f·(x(k+1) - x(k)) with k + f = p·(n - 1),
// written out here) and the order statistics must equal those by nth_element. -0 and +0 compare
// equal, as they do for nth_element, which cannot tell which of them comes first either.
void expectLikeNthElement(const std::vector<double> &values)
{
    const std::size_t n = values.size();
    PercentileFinder finder;
    std::array<double, kLevels.size()> found{};
    finder.find(values, kLevels, found);
    for (std::size_t i = 0; i < kLevels.size(); ++i) {
        const double position = kLevels[i] * static_cast<double>(n - 1);
        const auto k = static_cast<std::size_t>(std::floor(position));
        const double f = position - static_cast<double>(k);
        const double below = nthElement(values, k);
        const double expected = f > 0 ? below + f * (nthElement(values, std::min(k + 1, n - 1)) - below) : below;
        EXPECT_EQ(found[i], expected) << "level " << kLevels[i] << ", n " << n;
    }
    const std::vector<std::size_t> ranks = ranksToCheck(n);
    std::vector<double> statistics(ranks.size());
    finder.orderStatistics(values, ranks, statistics);
    for (std::size_t i = 0; i < ranks.size(); ++i)
        EXPECT_EQ(statistics[i], nthElement(values, ranks[i])) << "rank " << ranks[i] << ", n " << n;
}

} // namespace

TEST(PercentileCutOff, OneTwoAndThreeValues)
{
    for (const std::vector<double> &values :
         std::vector<std::vector<double>>{{0.0}, {-3.5}, {2.0, -2.0}, {-0.0, 0.0}, {1e-300, -1e300},
                                          {5.0, -1e-310, 0.0}, {7.0, 7.0, -7.0}, {3.0, 2.0, 1.0}})
        expectLikeNthElement(values);
}

TEST(PercentileCutOff, BothSignsSpreadOverManyBinades)
{
    // Jobs created: a tenth lost (down to -2,500), most gained over orders of magnitude, and
    // magnitudes from 1e-200 to 1 around zero, so that every wanted rank near zero falls in
    // the key the cut-off makes and is searched again below it.
    std::mt19937_64 generator(23);
    std::lognormal_distribution<double> gained(std::log(3000.0), 1.5);
    std::uniform_real_distribution<double> lost(-2500.0, 0.0);
    std::uniform_real_distribution<double> exponent(-200.0, 0.0);
    for (const std::size_t n : {300u, 5000u, 200000u}) {
        std::vector<double> created(n);
        for (std::size_t i = 0; i < n; ++i) {
            const double tiny = std::pow(10.0, exponent(generator)) * (i % 2 ? 1 : -1);
            created[i] = i % 10 == 0 ? lost(generator) : i % 3 == 0 ? tiny : gained(generator);
        }
        expectLikeNthElement(created);
    }
}

TEST(PercentileCutOff, ManyExactZerosOfBothSigns)
{
    // Half of them zeros, +0 and -0 in turn; the rest of both signs. Then nine in ten zeros, so
    // that most wanted ranks are a zero.
    std::mt19937_64 generator(29);
    std::normal_distribution<double> normal(0.0, 1000.0);
    for (const int zerosInTen : {5, 9}) {
        std::vector<double> values(40000);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = static_cast<int>(i % 10) < zerosInTen ? (i % 2 ? 0.0 : -0.0) : normal(generator);
        expectLikeNthElement(values);
    }
}

TEST(PercentileCutOff, ZerosWhereverTheSampleLooks)
{
    // The cut-off reads every (n / 1,024)-th value: here those are all zero and every other value
    // is not, so the sample finds no magnitude at all.
    std::mt19937_64 generator(31);
    std::uniform_real_distribution<double> uniform(-1e6, 1e6);
    std::vector<double> values(1 << 20);
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = i % 1024 == 0 ? 0.0 : uniform(generator);
    expectLikeNthElement(values);
}

TEST(PercentileCutOff, SubnormalsAndTheLeastNormals)
{
    // Subnormals of both signs (down to the least, 2^-1074, whose half rounds to zero), zeros and
    // the least normals: a cut-off among them must still keep their order.
    const double least = std::numeric_limits<double>::denorm_min();
    const double leastNormal = std::numeric_limits<double>::min();
    std::mt19937_64 generator(37);
    std::uniform_int_distribution<int> multiple(1, 1 << 20);
    for (const bool withNormals : {false, true}) {
        std::vector<double> values(20000);
        for (std::size_t i = 0; i < values.size(); ++i) {
            const double magnitude = i % 7 == 0 ? least : i % 5 == 0 && withNormals ? leastNormal * 3
                                                                                     : least * multiple(generator);
            values[i] = i % 11 == 0 ? 0.0 : i % 2 ? magnitude : -magnitude;
        }
        expectLikeNthElement(values);
    }
    expectLikeNthElement(std::vector<double>(1000, least));
}

TEST(PercentileCutOff, AllEqual)
{
    for (const double value : {0.0, -0.0, 4.25, -1e-320, 1e308})
        expectLikeNthElement(std::vector<double>(3000, value));
}

TEST(PercentileCutOff, OneHugeOutlier)
{
    // Values near zero of both signs and one far larger, or far more negative, than the rest: the
    // range's ends are the outlier's, the cut-off the bulk's.
    std::mt19937_64 generator(41);
    std::normal_distribution<double> normal(0.0, 1.0);
    for (const double outlier : {1e300, -1e300, std::numeric_limits<double>::max()}) {
        std::vector<double> values(50000);
        for (double &v : values)
            v = normal(generator);
        values[12345] = outlier;
        expectLikeNthElement(values);
    }
}

TEST(PercentileCutOff, InfinitiesAmongTheValues)
{
    // Not from the model (the Monte Carlo refuses them), but the finder must not loop or misorder:
    // order statistics only, as a percentile between two infinities is not a number.
    std::mt19937_64 generator(43);
    std::uniform_real_distribution<double> uniform(-10.0, 10.0);
    std::vector<double> values(5000);
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = i % 3 == 0 ? (i % 2 ? 1.0 : -1.0) * std::numeric_limits<double>::infinity() : uniform(generator);
    const std::vector<std::size_t> ranks = ranksToCheck(values.size());
    std::vector<double> statistics(ranks.size());
    PercentileFinder().orderStatistics(values, ranks, statistics);
    for (std::size_t i = 0; i < ranks.size(); ++i)
        EXPECT_EQ(statistics[i], nthElement(values, ranks[i])) << "rank " << ranks[i];
}

TEST(PercentileCutOff, AnExpectedRangeThatMissesStillGivesExactResults)
{
    // The caller's idea of where the wanted values lie only shapes the bins: one that misses them
    // all (above, around zero, inverted, a point), or holds them, gives the same exact figures.
    std::mt19937_64 generator(47);
    std::normal_distribution<double> normal(0.0, 100.0);
    std::vector<double> values(30000);
    for (double &v : values)
        v = normal(generator);
    const auto [least, most] = std::minmax_element(values.begin(), values.end());
    const PercentileFinder::Range range{*least, *most};
    std::array<double, kLevels.size()> expected{};
    PercentileFinder().find(values, kLevels, expected);
    for (const PercentileFinder::Range hint : {PercentileFinder::Range{1000, 2000}, PercentileFinder::Range{-1e-9, 1e-9},
                                               PercentileFinder::Range{50, -50}, PercentileFinder::Range{3, 3},
                                               PercentileFinder::Range{-500, 500}}) {
        std::array<double, kLevels.size()> found{};
        PercentileFinder().find(values, range, kLevels, found, hint);
        for (std::size_t i = 0; i < kLevels.size(); ++i) {
            EXPECT_EQ(found[i], expected[i]) << "hint " << hint.lowest << " to " << hint.highest;
            const double position = kLevels[i] * static_cast<double>(values.size() - 1);
            const auto k = static_cast<std::size_t>(position);
            EXPECT_LE(nthElement(values, k), found[i]); // and the reference agrees
            EXPECT_GE(nthElement(values, k + 1), found[i]);
        }
    }
}
