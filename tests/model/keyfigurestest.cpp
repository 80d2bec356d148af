#include "keyfigures.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace pledgecheck;

namespace {

// 1000 sellers doubling every year, each hiring one: J(t) = 1000 x 2^(t/12).
Parameters doublingScenario(double target)
{
    Parameters p;
    p.set(ParameterId::InitialSellers, 1000);
    p.set(ParameterId::AnnualGrowthRate, 1.0);
    p.set(ParameterId::AnnualChurnRate, 0.0);
    p.set(ParameterId::HiresPerSeller, 1);
    p.set(ParameterId::SideBusinessShare, 0);
    p.set(ParameterId::ServiceJobsPer1000Sellers, 0);
    p.set(ParameterId::DisplacementShare, 0);
    p.set(ParameterId::TargetJobs, target);
    return p;
}

KeyFigures figuresOf(const Parameters &p)
{
    return computeKeyFigures(p, project(p));
}

} // namespace

TEST(KeyFigures, ReadTheHorizonOfTheProjection)
{
    // Five years of doubling: 32,000 sellers and jobs; 32 % of a 100,000 pledge.
    const KeyFigures f = figuresOf(doublingScenario(100000));
    EXPECT_NEAR(f.jobsAtHorizon, 32000.0, 1e-8);
    EXPECT_NEAR(f.sellersAtHorizon, 32000.0, 1e-8);
    EXPECT_NEAR(f.shareOfTarget, 0.32, 1e-12);
    EXPECT_EQ(f.targetJobs, 100000);
    EXPECT_EQ(f.horizonMonths, 60);
    EXPECT_FALSE(f.targetMetMonth);
}

TEST(KeyFigures, ExportSupportedJobsAtTheHorizon)
{
    // 32,000 sellers x $2,142,857 x 5,744 / 1e9 = 393,874.28...
    const KeyFigures f = figuresOf(doublingScenario(1e6));
    EXPECT_NEAR(f.exportSupportedJobsAtHorizon, 32000.0 * (15e9 / 7000) * 5744 / 1e9, 1e-6);
}

TEST(KeyFigures, ThePledgeIsMetInTheFirstMonthItIsReached)
{
    // 4000 jobs come at exactly t = 24 (2^2 = 4); rounding must not push it to month 25.
    EXPECT_EQ(figuresOf(doublingScenario(4000)).targetMetMonth, 24);
    // 4001 first comes at t = 25: 1000 x 2^(25/12) = 4238.
    EXPECT_EQ(figuresOf(doublingScenario(4001)).targetMetMonth, 25);
    // 1000 is met at the start.
    EXPECT_EQ(figuresOf(doublingScenario(1000)).targetMetMonth, 0);
}

TEST(KeyFigures, MeetingThePledgeAllowsAPartInABillionOfRounding)
{
    EXPECT_TRUE(meetsTarget(1e6 * (1 - 0.9e-9), 1e6));
    EXPECT_FALSE(meetsTarget(1e6 * (1 - 1.1e-9), 1e6));
}

TEST(KeyFigures, GiveWhatThePledgeWouldNeed)
{
    // A 100,000-job pledge: growth 100^(1/5) - 1 = 151.19 %, 3.125 hires each, 3125 sellers.
    const KeyFigures f = figuresOf(doublingScenario(100000));
    ASSERT_TRUE(f.requiredAnnualGrowthRate && f.requiredHiresPerSeller && f.requiredInitialSellers);
    EXPECT_NEAR(*f.requiredAnnualGrowthRate, std::pow(100.0, 0.2) - 1.0, 1e-9);
    EXPECT_NEAR(*f.requiredHiresPerSeller, 3.125, 3.125e-9);
    EXPECT_NEAR(*f.requiredInitialSellers, 3125.0, 3125e-9);
}
