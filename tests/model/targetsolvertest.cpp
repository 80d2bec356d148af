#include "targetsolver.h"

#include "keyfigures.h"
#include "projection.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace pledgecheck;

namespace {

// 1000 sellers growing 20 % a year (no churn) for five years: S(60) = 1000 x 1.2^5 = 2488.32.
// Half are side businesses and a fifth of the jobs are displaced, no service jobs:
// J(60) = h x 0.5 x 2488.32 x 0.8 = 995.328 h. Target 10,000 jobs.
Parameters solvableScenario()
{
    Parameters p;
    p.set(ParameterId::InitialSellers, 1000);
    p.set(ParameterId::AnnualGrowthRate, 0.2);
    p.set(ParameterId::AnnualChurnRate, 0.0);
    p.set(ParameterId::HiresPerSeller, 1);
    p.set(ParameterId::SideBusinessShare, 0.5);
    p.set(ParameterId::HiringLagMonths, 0);
    p.set(ParameterId::ServiceJobsPer1000Sellers, 0);
    p.set(ParameterId::DisplacementShare, 0.2);
    p.set(ParameterId::TargetJobs, 10000);
    return p;
}

double jobsAtHorizon(const Parameters &p)
{
    const Projection projection = project(p);
    return projection.jobs(projection.lastMonth());
}

void expectRelativelyNear(double actual, double expected, double tolerance = 1e-9)
{
    EXPECT_NEAR(actual, expected, tolerance * std::abs(expected));
}

} // namespace

TEST(TargetSolver, FindsTheHiresPerSellerThePledgeNeeds)
{
    // h = 10,000 / 995.328 = 10.04693...
    const auto h = requiredValue(solvableScenario(), ParameterId::HiresPerSeller);
    ASSERT_TRUE(h);
    expectRelativelyNear(*h, 10000.0 / 995.328);
    expectRelativelyNear(*h, 10.046939300974959);
}

TEST(TargetSolver, FindsTheStartingSellersThePledgeNeeds)
{
    // J(60) = S0 x 1.2^5 x 0.4 = 0.995328 S0, so S0 = 10,000 / 0.995328 = 10,046.94...
    const auto s0 = requiredValue(solvableScenario(), ParameterId::InitialSellers);
    ASSERT_TRUE(s0);
    expectRelativelyNear(*s0, 10000.0 / 0.995328);
}

TEST(TargetSolver, FindsTheGrowthRateThePledgeNeeds)
{
    // 1000 (1 + g)^5 x 0.4 = 10,000, so g = 25^(1/5) - 1 = 0.9036539...
    const auto g = requiredValue(solvableScenario(), ParameterId::AnnualGrowthRate);
    ASSERT_TRUE(g);
    expectRelativelyNear(*g, std::pow(25.0, 0.2) - 1.0);
    expectRelativelyNear(*g, 0.9036539387158786);
}

TEST(TargetSolver, TheSolutionMeetsThePledgeToWithinAPartInABillion)
{
    Parameters p = solvableScenario();
    p.set(ParameterId::GrowthModel, static_cast<double>(GrowthModel::Logistic));
    p.set(ParameterId::MarketSize, 50000);
    p.set(ParameterId::ServiceJobsPer1000Sellers, 120);
    p.set(ParameterId::HiringLagMonths, 7);
    p.set(ParameterId::HiresPerSeller, 5);
    p.set(ParameterId::TargetJobs, 5000);
    // Jobs fall as displacement rises: the solver must not assume a rising curve.
    for (ParameterId id : {ParameterId::AnnualGrowthRate, ParameterId::HiresPerSeller,
                           ParameterId::ServiceJobsPer1000Sellers, ParameterId::InitialSellers,
                           ParameterId::DisplacementShare}) {
        const auto value = requiredValue(p, id);
        ASSERT_TRUE(value) << static_cast<int>(id);
        Parameters solved = p;
        solved.set(id, *value);
        expectRelativelyNear(jobsAtHorizon(solved), 5000.0);
    }
}

TEST(TargetSolver, FindsNoneWhereNoValueInRangeReachesThePledge)
{
    // Even at 1000 % growth, 1000 sellers make 1000 x 11^5 x 0.4 = 64.4 million jobs; ask for more.
    Parameters p = solvableScenario();
    p.set(ParameterId::TargetJobs, 1e8);
    EXPECT_FALSE(requiredValue(p, ParameterId::AnnualGrowthRate));
}

TEST(TargetSolver, FindsNoneWhenThePledgeIsExceededEvenAtTheLowestValue)
{
    // 1000 service jobs per 1000 sellers alone give 2488.32 x 0.8 = 1990.656 jobs; ask for 1000.
    Parameters p = solvableScenario();
    p.set(ParameterId::ServiceJobsPer1000Sellers, 1000);
    p.set(ParameterId::TargetJobs, 1000);
    EXPECT_FALSE(requiredValue(p, ParameterId::HiresPerSeller));
}

TEST(TargetSolver, KeepsStartingSellersWithinALogisticMarket)
{
    // Logistic with K = S0: S(t) = K for all t, so J = K x 0.4. A 10,000-job pledge needs
    // S0 = 25,000 sellers, more than a market of 20,000 holds: no solution.
    Parameters p = solvableScenario();
    p.set(ParameterId::GrowthModel, static_cast<double>(GrowthModel::Logistic));
    p.set(ParameterId::MarketSize, 20000);
    p.set(ParameterId::AnnualGrowthRate, 0.0);
    EXPECT_FALSE(requiredValue(p, ParameterId::InitialSellers));
    p.set(ParameterId::MarketSize, 30000);
    const auto s0 = requiredValue(p, ParameterId::InitialSellers);
    ASSERT_TRUE(s0);
    expectRelativelyNear(jobsAtHorizon([&] { Parameters s = p; s.set(ParameterId::InitialSellers, *s0); return s; }()),
                         10000.0);
}

TEST(TargetSolver, SolvesOnlyRealParameters)
{
    EXPECT_FALSE(requiredValue(solvableScenario(), ParameterId::HorizonYears));
    EXPECT_FALSE(requiredValue(solvableScenario(), ParameterId::GrowthModel));
    EXPECT_FALSE(requiredValue(solvableScenario(), ParameterId::Start));
}
