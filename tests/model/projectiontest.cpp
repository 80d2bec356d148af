// Every equation of docs/model.md, pinned with numbers worked out by hand.
#include "projection.h"

#include <gtest/gtest.h>

#include <cmath>
#include <tuple>

using namespace pledgecheck;

namespace {

// S0 = 1000 sellers, g = 50 %, c = 20 %: n = 1.5 x 0.8 - 1 = 20 % a year. Nobody hires, no
// service jobs, nothing displaced, unless a test says otherwise.
Parameters simpleScenario()
{
    Parameters p;
    p.set(ParameterId::InitialSellers, 1000);
    p.set(ParameterId::AnnualGrowthRate, 0.5);
    p.set(ParameterId::AnnualChurnRate, 0.2);
    p.set(ParameterId::HiresPerSeller, 1);
    p.set(ParameterId::SideBusinessShare, 0);
    p.set(ParameterId::HiringLagMonths, 0);
    p.set(ParameterId::ServiceJobsPer1000Sellers, 0);
    p.set(ParameterId::DisplacementShare, 0);
    p.set(ParameterId::HorizonYears, 2);
    return p;
}

void setModel(Parameters &p, GrowthModel model)
{
    p.set(ParameterId::GrowthModel, static_cast<double>(model));
}

} // namespace

TEST(Projection, HasOnePointPerMonthFromStartToHorizon)
{
    const Projection result = project(simpleScenario());
    EXPECT_EQ(result.sellers.size(), 25);
    EXPECT_EQ(result.lastMonth(), 24);
    EXPECT_EQ(result.jobs.size(), 25);
}

TEST(Projection, ExponentialSellersCompoundNetGrowth)
{
    // S(t) = S0 (1 + n)^(t/12): 1000, 1000 x 1.2^0.5 = 1095.445..., 1200, 1440.
    const Projection result = project(simpleScenario());
    EXPECT_DOUBLE_EQ(result.sellers(0), 1000.0);
    EXPECT_NEAR(result.sellers(6), 1095.4451150103322, 1e-9);
    EXPECT_NEAR(result.sellers(12), 1200.0, 1e-9);
    EXPECT_NEAR(result.sellers(24), 1440.0, 1e-9);
}

TEST(Projection, LogisticSellersLevelOffAtTheMarketSize)
{
    // K = 10,000, S0 = 1000, n = 100 %: S(t) = K / (1 + 9 x 2^(-t/12)).
    // S(12) = 10000 / 5.5 = 1818.18..., S(24) = 10000 / 3.25 = 3076.92...
    Parameters p = simpleScenario();
    setModel(p, GrowthModel::Logistic);
    p.set(ParameterId::AnnualGrowthRate, 1.0);
    p.set(ParameterId::AnnualChurnRate, 0.0);
    p.set(ParameterId::MarketSize, 10000);
    p.set(ParameterId::HorizonYears, 30);
    const Projection result = project(p);
    EXPECT_DOUBLE_EQ(result.sellers(0), 1000.0);
    EXPECT_NEAR(result.sellers(12), 10000.0 / 5.5, 1e-9);
    EXPECT_NEAR(result.sellers(24), 10000.0 / 3.25, 1e-9);
    EXPECT_NEAR(result.sellers(360), 10000.0, 1e-3);
    EXPECT_LE(result.sellers.maxCoeff(), 10000.0);
}

TEST(Projection, LogisticSellersFallTowardZeroWhenNetGrowthIsNegative)
{
    // n = (1 - 0.5)(1 - 0) - 1 = -0.5: S(12) = 10000 / (1 + 9 x 2) = 526.31...
    Parameters p = simpleScenario();
    setModel(p, GrowthModel::Logistic);
    p.set(ParameterId::AnnualGrowthRate, -0.5);
    p.set(ParameterId::AnnualChurnRate, 0.0);
    p.set(ParameterId::MarketSize, 10000);
    const Projection result = project(p);
    EXPECT_NEAR(result.sellers(12), 10000.0 / 19.0, 1e-9);
}

TEST(Projection, LinearSellersGrowByAFixedNumberAndNeverGoNegative)
{
    // S(t) = max(0, S0 (1 + n t / 12)): n = 20 % gives 1100 at 6 months, 1400 at 24.
    Parameters p = simpleScenario();
    setModel(p, GrowthModel::Linear);
    Projection result = project(p);
    EXPECT_NEAR(result.sellers(6), 1100.0, 1e-9);
    EXPECT_NEAR(result.sellers(24), 1400.0, 1e-9);

    // n = -50 %: 500 at 12 months, 0 at 24 and after.
    p.set(ParameterId::AnnualGrowthRate, -0.5);
    p.set(ParameterId::AnnualChurnRate, 0.0);
    p.set(ParameterId::HorizonYears, 3);
    result = project(p);
    EXPECT_NEAR(result.sellers(12), 500.0, 1e-9);
    EXPECT_EQ(result.sellers(24), 0.0);
    EXPECT_EQ(result.sellers(36), 0.0);
}

TEST(Projection, SideBusinessesHireNoOneAndHiringLagsJoining)
{
    // Hs(t) = (1 - 0.25) S(max(0, t - 3)): Hs(2) = 0.75 x 1000 = 750, Hs(15) = 0.75 x S(12) = 900.
    Parameters p = simpleScenario();
    p.set(ParameterId::SideBusinessShare, 0.25);
    p.set(ParameterId::HiringLagMonths, 3);
    const Projection result = project(p);
    EXPECT_NEAR(result.hiringSellers(0), 750.0, 1e-9);
    EXPECT_NEAR(result.hiringSellers(2), 750.0, 1e-9);
    EXPECT_NEAR(result.hiringSellers(3), 750.0, 1e-9);
    EXPECT_NEAR(result.hiringSellers(15), 900.0, 1e-9);
    EXPECT_NEAR(result.hiringSellers(27 - 3), 0.75 * result.sellers(21), 1e-9);
}

TEST(Projection, AHiringLagLongerThanTheHorizonKeepsTheStartingSellers)
{
    Parameters p = simpleScenario();
    p.set(ParameterId::HorizonYears, 1);
    p.set(ParameterId::HiringLagMonths, 36);
    const Projection result = project(p);
    EXPECT_TRUE((result.hiringSellers == 1000.0).all());
}

TEST(Projection, JobsAreDirectPlusServiceLessDisplacement)
{
    // h = 2, side = 25 %, 50 service jobs per 1000 sellers, 20 % displaced, at t = 12 (S = 1200):
    // D = 2 x 0.75 x 1200 = 1800; V = 50 x 1200 / 1000 = 60; J = (1800 + 60) x 0.8 = 1488 linked.
    // At t = 0 (S = 1000): (2 x 0.75 x 1000 + 50) x 0.8 = 1240, so 1488 - 1240 = 248 created.
    Parameters p = simpleScenario();
    p.set(ParameterId::HiresPerSeller, 2);
    p.set(ParameterId::SideBusinessShare, 0.25);
    p.set(ParameterId::ServiceJobsPer1000Sellers, 50);
    p.set(ParameterId::DisplacementShare, 0.2);
    const Projection result = project(p);
    EXPECT_NEAR(result.directJobs(12), 1800.0, 1e-9);
    EXPECT_NEAR(result.serviceJobs(12), 60.0, 1e-9);
    EXPECT_NEAR(result.linkedJobs(12), 1488.0, 1e-9);
    EXPECT_NEAR(result.linkedJobs(0), 1240.0, 1e-9);
    EXPECT_NEAR(result.createdJobs(12), 248.0, 1e-9);
    EXPECT_NEAR(result.jobs(12), 248.0, 1e-9) << "the default basis counts the jobs created";
}

TEST(Projection, TheCentralEstimateCreatesJobsAboveThoseOfItsStart)
{
    // The defaults: J(0) = 0.75 x (1 x 0.16 x 7000 + 75 x 7000 / 1000) = 0.75 x 1645 = 1233.75
    // linked. S(60) = 7000 x 1.1745^5 = 7000 x 2.2349361 = 15,644.6, so J(60) = 0.75 x 0.235
    // x 15,644.6 = 2,757.4 linked, and J(60) - J(0) = 1,523.6 created: 0.15 % of the pledge.
    const Projection result = project(Parameters());
    const double growth = std::pow(1.35 * 0.87, 5.0);
    EXPECT_NEAR(growth, 2.2349361, 1e-7);
    EXPECT_NEAR(result.linkedJobs(0), 1233.75, 1e-9);
    EXPECT_NEAR(result.linkedJobs(60), 1233.75 * growth, 1e-8);
    EXPECT_NEAR(result.linkedJobs(60), 2757.4, 0.05);
    EXPECT_NEAR(result.createdJobs(60), 1233.75 * (growth - 1.0), 1e-8);
    EXPECT_NEAR(result.createdJobs(60), 1523.6, 0.05);
    EXPECT_EQ(result.createdJobs(0), 0.0);
    EXPECT_EQ(result.jobs(60), result.createdJobs(60));
}

TEST(Projection, CreatedJobsGoBelowZeroWhenSellersShrink)
{
    // n = (1 - 0.5)(1 - 0) - 1 = -50 %: 1000 sellers each hiring one fall to 500 in a year, so
    // 500 - 1000 = -500 jobs created. Not clamped: the jobs lost count against the pledge.
    Parameters p = simpleScenario();
    p.set(ParameterId::AnnualGrowthRate, -0.5);
    p.set(ParameterId::AnnualChurnRate, 0.0);
    const Projection result = project(p);
    EXPECT_NEAR(result.linkedJobs(12), 500.0, 1e-9);
    EXPECT_NEAR(result.jobs(12), -500.0, 1e-9);
}

TEST(Projection, TheLinkedBasisCountsEveryJobLinkedToTheSellers)
{
    Parameters p = simpleScenario();
    p.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Linked));
    const Projection result = project(p);
    EXPECT_TRUE((result.jobs == result.linkedJobs).all());
    EXPECT_NEAR(result.jobs(0), 1000.0, 1e-9);
    EXPECT_NEAR(result.jobs(12), 1200.0, 1e-9);
}

TEST(Projection, ExportSupportedJobsScaleWithSalesAndAreNotAddedToJobs)
{
    // X = S x value x jobs per $1B / 1e9 = 1200 x 2e6 x 5000 / 1e9 = 12,000 at t = 12.
    Parameters p = simpleScenario();
    p.set(ParameterId::ExportValuePerSeller, 2e6);
    p.set(ParameterId::JobsPerBillionExports, 5000);
    const Projection result = project(p);
    EXPECT_NEAR(result.exportSupportedJobs(12), 12000.0, 1e-6);
    EXPECT_NEAR(result.linkedJobs(12), 1200.0, 1e-9) << "J counts hires only: one each, nobody displaced";
    EXPECT_NEAR(result.jobs(12), 200.0, 1e-9) << "1200 - 1000 created since the start";
}

TEST(Projection, ReusesItsArraysWhenTheHorizonIsUnchanged)
{
    Parameters p = simpleScenario();
    Projection result;
    project(p, result);
    const double *memory = result.jobs.data();
    p.set(ParameterId::HiresPerSeller, 3);
    project(p, result);
    EXPECT_EQ(result.jobs.data(), memory);
    EXPECT_NEAR(result.linkedJobs(12), 3600.0, 1e-9);
    EXPECT_NEAR(result.jobs(12), 3600.0 - 3000.0, 1e-9) << "3 hires at 1200 sellers less 3 at 1000";
}

TEST(Projection, JobsAtHorizonAloneEqualTheFullProjectionsLastMonth)
{
    // The three-month shortcut the solver and the frontier use: the same J(12·H) as the whole
    // projection, to rounding, on every curve, both bases, no lag, a lag, and a lag past the horizon.
    for (const GrowthModel model : {GrowthModel::Exponential, GrowthModel::Logistic, GrowthModel::Linear}) {
        for (const JobCountBasis basis : {JobCountBasis::Created, JobCountBasis::Linked}) {
            for (const double lag : {0.0, 7.0, 36.0}) {
                for (const double growth : {-0.4, 0.35, 4.0}) {
                    Parameters p;
                    p.set(ParameterId::GrowthModel, static_cast<double>(model));
                    p.set(ParameterId::JobCountBasis, static_cast<double>(basis));
                    p.set(ParameterId::HiringLagMonths, lag);
                    p.set(ParameterId::HorizonYears, lag == 36.0 ? 2 : 5);
                    p.set(ParameterId::AnnualGrowthRate, growth);
                    p.set(ParameterId::MarketSize, 40000);
                    const Projection full = project(p);
                    const double expected = full.jobs(full.lastMonth());
                    EXPECT_NEAR(projectJobsAtHorizon(p), expected, 1e-12 * std::abs(full.linkedJobs(full.lastMonth())))
                        << static_cast<int>(model) << ' ' << static_cast<int>(basis) << ' ' << lag << ' ' << growth;
                }
            }
        }
    }
}

TEST(Projection, EveryMonthOfEverySeriesFollowsItsEquation)
{
    // project() works the jobs out month by month in one loop that takes two months at a time;
    // each series must be its equation over the whole arrays, to the bit, in every month: the
    // first, the last, an odd and an even count of months, both bases and a lag.
    for (const JobCountBasis basis : {JobCountBasis::Created, JobCountBasis::Linked}) {
        for (const double horizon : {1.0, 2.0, 5.0}) {
            Parameters p; // the central estimate: every rate above zero
            p.set(ParameterId::JobCountBasis, static_cast<double>(basis));
            p.set(ParameterId::HorizonYears, horizon);
            p.set(ParameterId::HiringLagMonths, 5);
            const Projection r = project(p);
            const Eigen::Index points = r.sellers.size();
            ASSERT_EQ(points, 12 * static_cast<Eigen::Index>(horizon) + 1);
            const Eigen::ArrayXd direct = p[ParameterId::HiresPerSeller] * r.hiringSellers;
            const Eigen::ArrayXd service = p[ParameterId::ServiceJobsPer1000Sellers] / 1000.0 * r.sellers;
            const Eigen::ArrayXd linked = (1.0 - p[ParameterId::DisplacementShare]) * (direct + service);
            const Eigen::ArrayXd created = linked - linked(0);
            const Eigen::ArrayXd exports
                = p[ParameterId::ExportValuePerSeller] * p[ParameterId::JobsPerBillionExports] / 1e9 * r.sellers;
            for (const auto &[name, series, expected] :
                 {std::tuple{"direct", &r.directJobs, &direct}, std::tuple{"service", &r.serviceJobs, &service},
                  std::tuple{"linked", &r.linkedJobs, &linked}, std::tuple{"created", &r.createdJobs, &created},
                  std::tuple{"jobs", &r.jobs, basis == JobCountBasis::Created ? &created : &linked},
                  std::tuple{"export", &r.exportSupportedJobs, &exports}}) {
                ASSERT_EQ(series->size(), points) << name;
                for (Eigen::Index t = 0; t < points; ++t)
                    EXPECT_EQ((*series)(t), (*expected)(t)) << name << " month " << t << " horizon " << horizon;
            }
            EXPECT_GT(r.linkedJobs(points - 1), r.linkedJobs(0)) << "the central estimate grows";
        }
    }
}
