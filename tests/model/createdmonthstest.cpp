#include "createdmonths.h"

#include <gtest/gtest.h>

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
    std::vector<double> created = std::vector<double>(9, -1);
};

TEST(CreatedMonths, OneProductGivesThisMonthsJobsAndTheirChangeFromMonthZero)
{
    NineDraws d;
    const CreatedMonthRanges r = advanceCreatedMonths(d.jobs, d.q, d.atStart, 1, d.created, {});
    // J·q, then J·q - J(0): 100·2 = 200 (+100), 200·0.5 = 100 (-100), 300·1 (0), ... 900·4 = 3600 (+2700).
    EXPECT_EQ(d.jobs, (std::vector<double>{200, 100, 300, 800, 250, 600, 1400, 400, 3600}));
    EXPECT_EQ(d.created, (std::vector<double>{100, -100, 0, 400, -250, 0, 700, -400, 2700}));
    EXPECT_EQ(r.month.lowest, -400);
    EXPECT_EQ(r.month.highest, 2700); // the left-over draw's
}

TEST(CreatedMonths, APairAlsoWritesTheNextMonthWithoutKeepingItsJobs)
{
    NineDraws d;
    std::vector<double> next(9, -1);
    const CreatedMonthRanges r = advanceCreatedMonths(d.jobs, d.q, d.atStart, 2, d.created, next);
    // Two products: J·q² (100·4 = 400, 200·0.25 = 50, ..., 900·16 = 14400); the next month's
    // J·q³ - J(0) (100·8 - 100 = 700, 200·0.125 - 200 = -175, ..., 900·64 - 900 = 56700).
    EXPECT_EQ(d.jobs, (std::vector<double>{400, 50, 300, 1600, 125, 600, 2800, 200, 14400}));
    EXPECT_EQ(d.created, (std::vector<double>{300, -150, 0, 1200, -375, 0, 2100, -600, 13500}));
    EXPECT_EQ(next, (std::vector<double>{700, -175, 0, 2800, -437.5, 0, 4900, -700, 56700}));
    EXPECT_EQ(r.month.lowest, -600);
    EXPECT_EQ(r.month.highest, 13500);
    EXPECT_EQ(r.next.lowest, -700);
    EXPECT_EQ(r.next.highest, 56700);
}

TEST(CreatedMonths, NoProductLeavesTheJobsAsTheyAre)
{
    NineDraws d;
    advanceCreatedMonths(d.jobs, d.q, d.atStart, 0, d.created, {});
    EXPECT_EQ(d.jobs, d.atStart);
    EXPECT_EQ(d.created, std::vector<double>(9, 0));
}

} // namespace
