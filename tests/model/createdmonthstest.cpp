#include "createdmonths.h"

#include <gtest/gtest.h>

#include <limits>
#include <vector>

using namespace pledgecheck;

namespace {

// Nine draws: two whole vectors of four and one left over, so both the vector and the one-draw
// paths run. Factors and jobs are powers of two and small integers, so every product and
// difference below is exact and worked out by hand.
struct NineDraws {
    std::vector<double> jobs{100, 200, 300, 400, 500, 600, 700, 800, 900};
    std::vector<double> q{2, 0.5, 1, 2, 0.5, 1, 2, 0.5, 4};
    std::vector<double> atStart{100, 200, 300, 400, 500, 600, 700, 800, 900};
    std::vector<PercentileFinder::Bin> bins = std::vector<PercentileFinder::Bin>(9, 9999);
    std::vector<PercentileFinder::Bin> nextBins = std::vector<PercentileFinder::Bin>(9, 9999);
};

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Plans of both kinds: values on both sides of zero, binned finely from -500 to 20,000 with
// magnitudes under 50 as one key; and one side only, from 150 up.
const bins::BinPlan kBothSides = bins::BinPlan::make({-500, 20000, 50}, -kInfinity, kInfinity, 256);
const bins::BinPlan kOneSide = bins::BinPlan::make({150, 20000, 50}, -kInfinity, kInfinity, 256);

// The bins the finder's own binning gives @p values by @p plan, one at a time.
std::vector<PercentileFinder::Bin> binsOneAtATime(const std::vector<double> &values, const bins::BinPlan &plan)
{
    std::vector<PercentileFinder::Bin> out;
    for (const double v : values)
        out.push_back(static_cast<PercentileFinder::Bin>(plan(v)));
    return out;
}

TEST(CreatedMonths, ThePlansAreOfBothKinds)
{
    EXPECT_FALSE(kBothSides.oneSide);
    EXPECT_TRUE(kOneSide.oneSide);
}

TEST(CreatedMonths, OneProductGivesThisMonthsJobsAndBinsTheirChangeFromMonthZero)
{
    NineDraws d;
    const CreatedMonthRanges r =
        advanceCreatedMonths(d.jobs, d.q, d.atStart, 1, {{}, &kBothSides, d.bins}, {});
    // J·q, then J·q - J(0): 100·2 = 200 (+100), 200·0.5 = 100 (-100), 300·1 (0), ... 900·4 = 3600 (+2700).
    EXPECT_EQ(d.jobs, (std::vector<double>{200, 100, 300, 800, 250, 600, 1400, 400, 3600}));
    const std::vector<double> created{100, -100, 0, 400, -250, 0, 700, -400, 2700};
    EXPECT_EQ(d.bins, binsOneAtATime(created, kBothSides));
    EXPECT_EQ(d.nextBins, std::vector<PercentileFinder::Bin>(9, 9999)); // no next month asked for
    EXPECT_EQ(r.month.lowest, -400);
    EXPECT_EQ(r.month.highest, 2700); // the left-over draw's
}

TEST(CreatedMonths, APairAlsoBinsTheNextMonthWithoutKeepingItsJobs)
{
    NineDraws d;
    const CreatedMonthRanges r = advanceCreatedMonths(d.jobs, d.q, d.atStart, 2, {{}, &kBothSides, d.bins},
                                                      {{}, &kOneSide, d.nextBins});
    // Two products: J·q² (100·4 = 400, 200·0.25 = 50, ..., 900·16 = 14400); the next month's
    // J·q³ - J(0) (100·8 - 100 = 700, 200·0.125 - 200 = -175, ..., 900·64 - 900 = 56700).
    EXPECT_EQ(d.jobs, (std::vector<double>{400, 50, 300, 1600, 125, 600, 2800, 200, 14400}));
    EXPECT_EQ(d.bins, binsOneAtATime({300, -150, 0, 1200, -375, 0, 2100, -600, 13500}, kBothSides));
    const std::vector<double> next{700, -175, 0, 2800, -437.5, 0, 4900, -700, 56700};
    EXPECT_EQ(d.nextBins, binsOneAtATime(next, kOneSide));
    EXPECT_EQ(r.month.lowest, -600);
    EXPECT_EQ(r.month.highest, 13500);
    EXPECT_EQ(r.next.lowest, -700);
    EXPECT_EQ(r.next.highest, 56700);
}

TEST(CreatedMonths, BinsNeverPutASmallerValueInALaterBin)
{
    NineDraws d;
    advanceCreatedMonths(d.jobs, d.q, d.atStart, 2, {{}, &kBothSides, d.bins}, {{}, &kOneSide, d.nextBins});
    // Month: -600 < -375 < -150 < 0 = 0 < 300 < 1200 < 2100 < 13500 (draws 7, 4, 1, 2, 5, 0, 3, 6, 8).
    const std::vector<int> order{7, 4, 1, 2, 5, 0, 3, 6, 8};
    for (std::size_t k = 1; k < order.size(); ++k)
        EXPECT_LE(d.bins[static_cast<std::size_t>(order[k - 1])], d.bins[static_cast<std::size_t>(order[k])]);
    // Below -500 and above 20,000 share the end bins; magnitudes under 50 share one.
    EXPECT_EQ(d.bins[7], 0);
    EXPECT_EQ(d.bins[2], d.bins[5]);
    // The next month on one side: -700 to 0 all clamp to 150's bin, the first.
    EXPECT_EQ(d.nextBins[7], 0);
    EXPECT_EQ(d.nextBins[1], 0);
    EXPECT_EQ(d.nextBins[2], 0);
    EXPECT_LT(d.nextBins[0], d.nextBins[3]); // 700 < 2800
    EXPECT_LT(static_cast<int>(d.nextBins[8]), kOneSide.binCount); // 56,700 clamps to 20,000: in range
}

TEST(CreatedMonths, StoredAPairWritesBothMonthsCreatedJobs)
{
    NineDraws d;
    std::vector<double> created(9, -1), next(9, -1);
    const CreatedMonthRanges r = advanceCreatedMonths(d.jobs, d.q, d.atStart, 2, CreatedMonthOut{created, nullptr, {}},
                                                      CreatedMonthOut{next, nullptr, {}});
    // As binned above: J·q² - J(0) and J·q³ - J(0), by hand.
    EXPECT_EQ(d.jobs, (std::vector<double>{400, 50, 300, 1600, 125, 600, 2800, 200, 14400}));
    EXPECT_EQ(created, (std::vector<double>{300, -150, 0, 1200, -375, 0, 2100, -600, 13500}));
    EXPECT_EQ(next, (std::vector<double>{700, -175, 0, 2800, -437.5, 0, 4900, -700, 56700}));
    EXPECT_EQ(d.bins, std::vector<PercentileFinder::Bin>(9, 9999)); // nothing binned
    EXPECT_EQ(r.month.lowest, -600);
    EXPECT_EQ(r.next.highest, 56700);
}

TEST(CreatedMonths, NoProductLeavesTheJobsAsTheyAre)
{
    NineDraws d;
    const CreatedMonthRanges r = advanceCreatedMonths(d.jobs, d.q, d.atStart, 0, {{}, &kBothSides, d.bins}, {});
    EXPECT_EQ(d.jobs, d.atStart);
    EXPECT_EQ(d.bins, binsOneAtATime(std::vector<double>(9, 0), kBothSides));
    EXPECT_EQ(r.month.lowest, 0);
    EXPECT_EQ(r.month.highest, 0);
}

} // namespace
