#include "keyfigures.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace pledgecheck;

namespace {

// 1000 sellers doubling every year, each hiring one: linked J(t) = 1000 x 2^(t/12), created
// J(t) = 1000 x (2^(t/12) - 1), the default basis.
Parameters doublingScenario(double target, JobCountBasis basis = JobCountBasis::Created)
{
    Parameters p;
    p.set(ParameterId::JobCountBasis, static_cast<double>(basis));
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
    // Five years of doubling: 32,000 sellers and linked jobs, of which 32,000 - 1000 = 31,000
    // created since the start: 31 % of a 100,000 pledge, the default basis.
    const KeyFigures f = figuresOf(doublingScenario(100000));
    EXPECT_EQ(f.basis, JobCountBasis::Created);
    EXPECT_NEAR(f.jobsAtHorizon, 31000.0, 1e-8);
    EXPECT_NEAR(f.jobsCreatedAtHorizon, 31000.0, 1e-8);
    EXPECT_NEAR(f.jobsLinkedAtHorizon, 32000.0, 1e-8);
    EXPECT_NEAR(f.sellersAtHorizon, 32000.0, 1e-8);
    EXPECT_NEAR(f.shareOfTarget, 0.31, 1e-12);
    EXPECT_EQ(f.targetJobs, 100000);
    EXPECT_EQ(f.horizonMonths, 60);
    EXPECT_FALSE(f.targetMetMonth);
}

TEST(KeyFigures, CountEveryLinkedJobOnTheLinkedBasis)
{
    // The same 32,000 jobs at the horizon, 32 % of the pledge; both counts are still given.
    const KeyFigures f = figuresOf(doublingScenario(100000, JobCountBasis::Linked));
    EXPECT_EQ(f.basis, JobCountBasis::Linked);
    EXPECT_NEAR(f.jobsAtHorizon, 32000.0, 1e-8);
    EXPECT_NEAR(f.jobsCreatedAtHorizon, 31000.0, 1e-8);
    EXPECT_NEAR(f.jobsLinkedAtHorizon, 32000.0, 1e-8);
    EXPECT_NEAR(f.shareOfTarget, 0.32, 1e-12);
}

TEST(KeyFigures, ExportSupportedJobsAtTheHorizon)
{
    // 32,000 sellers x $2,142,857 x 5,744 / 1e9 = 393,874.28...
    const KeyFigures f = figuresOf(doublingScenario(1e6));
    EXPECT_NEAR(f.exportSupportedJobsAtHorizon, 32000.0 * (15e9 / 7000) * 5744 / 1e9, 1e-6);
}

TEST(KeyFigures, ThePledgeIsMetInTheFirstMonthItIsReached)
{
    // Linked: 4000 jobs come at exactly t = 24 (2^2 = 4); rounding must not push it to month 25.
    EXPECT_EQ(figuresOf(doublingScenario(4000, JobCountBasis::Linked)).targetMetMonth, 24);
    // 4001 first comes at t = 25: 1000 x 2^(25/12) = 4238.
    EXPECT_EQ(figuresOf(doublingScenario(4001, JobCountBasis::Linked)).targetMetMonth, 25);
    // 1000 is met at the start.
    EXPECT_EQ(figuresOf(doublingScenario(1000, JobCountBasis::Linked)).targetMetMonth, 0);
}

TEST(KeyFigures, CreatedJobsMeetThePledgeOnlyOnceThatManyHaveBeenAdded)
{
    // Created: 1000 x (2^2 - 1) = 3000 at exactly t = 24; 3001 first at t = 25,
    // 1000 x (2^(25/12) - 1) = 3238.
    EXPECT_EQ(figuresOf(doublingScenario(3000)).targetMetMonth, 24);
    EXPECT_EQ(figuresOf(doublingScenario(3001)).targetMetMonth, 25);
    // The 1000 jobs of the start month are not created: 1000 more come at t = 12 (2^1 - 1 = 1).
    EXPECT_EQ(figuresOf(doublingScenario(1000)).targetMetMonth, 12);
    // And a single job is never met at the start, where J(0) - J(0) = 0; 1000 x (2^(1/12) - 1)
    // = 59.5 are added in the first month.
    EXPECT_EQ(figuresOf(doublingScenario(1)).targetMetMonth, 1);
}

TEST(KeyFigures, MeetingThePledgeAllowsAPartInABillionOfRounding)
{
    EXPECT_TRUE(meetsTarget(1e6 * (1 - 0.9e-9), 1e6));
    EXPECT_FALSE(meetsTarget(1e6 * (1 - 1.1e-9), 1e6));
}

TEST(KeyFigures, GiveWhatThePledgeWouldNeed)
{
    // Linked, a 100,000-job pledge: growth 100^(1/5) - 1 = 151.19 %, 3.125 hires each, 3125 sellers.
    const KeyFigures f = figuresOf(doublingScenario(100000, JobCountBasis::Linked));
    ASSERT_TRUE(f.requiredAnnualGrowthRate && f.requiredHiresPerSeller && f.requiredInitialSellers);
    EXPECT_NEAR(*f.requiredAnnualGrowthRate, std::pow(100.0, 0.2) - 1.0, 1e-9);
    EXPECT_NEAR(*f.requiredHiresPerSeller, 3.125, 3.125e-9);
    EXPECT_NEAR(*f.requiredInitialSellers, 3125.0, 3125e-9);
}

TEST(KeyFigures, GiveWhatThePledgeWouldNeedInJobsCreated)
{
    // Created, 100,000 jobs added: 1000 ((1 + g)^5 - 1) = 100,000 gives g = 101^(1/5) - 1
    // = 151.7 %; h x 1000 x (32 - 1) = 100,000 gives h = 100/31 = 3.2258; S0 x 31 = 100,000
    // gives S0 = 3225.8.
    const KeyFigures f = figuresOf(doublingScenario(100000));
    ASSERT_TRUE(f.requiredAnnualGrowthRate && f.requiredHiresPerSeller && f.requiredInitialSellers);
    EXPECT_NEAR(*f.requiredAnnualGrowthRate, std::pow(101.0, 0.2) - 1.0, 1e-9);
    EXPECT_NEAR(*f.requiredHiresPerSeller, 100.0 / 31.0, 1e-8);
    EXPECT_NEAR(*f.requiredInitialSellers, 100000.0 / 31.0, 1e-5);
}

TEST(KeyFigures, JobYearsOfConstantJobsAreTheJobsTimesTheYears)
{
    // No growth, no churn: J(t) = 1000 linked every month. Two years: (24 x 1000) / 12 = 2000
    // job-years linked, and none created, since no job is added.
    Parameters p = doublingScenario(1e6, JobCountBasis::Linked);
    p.set(ParameterId::AnnualGrowthRate, 0.0);
    p.set(ParameterId::HorizonYears, 2);
    EXPECT_NEAR(figuresOf(p).jobYearsToHorizon, 2000.0, 1e-9);
    p.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Created));
    EXPECT_EQ(figuresOf(p).jobYearsToHorizon, 0.0);
}

TEST(KeyFigures, JobYearsOfLinearGrowthSumTheMonthsBeforeTheHorizon)
{
    // Linear growth over one year, g = 20 %, no churn, so n = 0.2:
    // J(t) = 1000 (1 + 0.2 t/12) linked. Months 0 to 11: 12 x 1000 + (200/12)(0 + 1 + ... + 11)
    // = 12,000 + (200/12) x 66 = 13,100, over 12: 1091.67 job-years. Created, J(t) - 1000:
    // 1100 / 12 = 91.67. Month 12 (the horizon) is not counted: it begins the next year.
    Parameters p = doublingScenario(1e6, JobCountBasis::Linked);
    p.set(ParameterId::GrowthModel, static_cast<double>(GrowthModel::Linear));
    p.set(ParameterId::AnnualGrowthRate, 0.2);
    p.set(ParameterId::HorizonYears, 1);
    EXPECT_NEAR(figuresOf(p).jobYearsToHorizon, 13100.0 / 12.0, 1e-9);
    p.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Created));
    EXPECT_NEAR(figuresOf(p).jobYearsToHorizon, 1100.0 / 12.0, 1e-9);
}
