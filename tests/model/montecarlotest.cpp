#include "montecarlo.h"

#include "keyfigures.h"
#include "parametertable.h"
#include "percentiles.h"
#include "projection.h"
#include "reproduciblemath.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <span>
#include <string>

using namespace pledgecheck;

namespace {

// The pledge's own mechanism: 7000 sellers, each hiring one, nothing else.
Parameters plainScenario()
{
    Parameters p;
    p.set(ParameterId::AnnualChurnRate, 0);
    p.set(ParameterId::SideBusinessShare, 0);
    p.set(ParameterId::ServiceJobsPer1000Sellers, 0);
    p.set(ParameterId::DisplacementShare, 0);
    return p;
}

} // namespace

TEST(MonteCarlo, WithEverythingFixedCollapsesToTheDeterministicProjection)
{
    // On either basis: created, each draw's J(t) - J(0) is the projection's, 0 at the start.
    for (const double basis : {0.0, 1.0})
    for (double model : {0.0, 1.0, 2.0}) {
        Parameters p;
        p.set(ParameterId::JobCountBasis, basis);
        p.set(ParameterId::GrowthModel, model);
        p.set(ParameterId::HiringLagMonths, 5);
        p.set(ParameterId::MarketSize, 20000);
        Uncertainty fixed;
        fixed.samples = 100;
        MonteCarloEngine engine;
        const MonteCarloResult &r = engine.run(p, fixed);
        const Projection projection = project(p);
        ASSERT_EQ(r.jobsPercentiles.rows(), projection.jobs.size());
        for (Eigen::Index t = 0; t < projection.jobs.size(); ++t) {
            for (Eigen::Index level = 0; level < 7; ++level) {
                EXPECT_NEAR(r.jobsPercentiles(t, level), projection.jobs(t), 1e-12 * projection.jobs(t));
                EXPECT_NEAR(r.sellersPercentiles(t, level), projection.sellers(t), 1e-12 * projection.sellers(t));
            }
        }
        EXPECT_EQ(r.probabilityTargetMet, 0.0);
        if (p.jobCountBasis() == JobCountBasis::Created) {
            EXPECT_TRUE((r.jobsPercentiles.row(0) == 0.0).all()) << "J(0) - J(0) is exactly 0";
        }
    }
}

TEST(MonteCarlo, FixedPledgeAsStatedIsMetInEveryDrawAtTheHorizon)
{
    // Counting every linked job, as the pledge's arithmetic does: 7000 x 142.857 = 1,000,000.
    Parameters p = plainScenario();
    p.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Linked));
    p.set(ParameterId::AnnualGrowthRate, std::pow(1e6 / 7000, 0.2) - 1);
    Uncertainty fixed;
    fixed.samples = 10;
    MonteCarloEngine engine;
    const MonteCarloResult &r = engine.run(p, fixed);
    EXPECT_EQ(r.probabilityTargetMet, 1.0);
    EXPECT_EQ(r.firstMetShare(60), 1.0);

    // Counting the jobs created, 1,000,000 - 7000 = 993,000: never met.
    p.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Created));
    const MonteCarloResult &created = engine.run(p, fixed);
    EXPECT_EQ(created.probabilityTargetMet, 0.0);
    EXPECT_NEAR(created.jobsPercentiles(60, percentileColumn(0.50)), 993000.0, 1e-6);
    EXPECT_NEAR(created.jobsAtHorizon(0), 993000.0, 1e-6);
}

TEST(MonteCarlo, GivesTheClosedFormProbabilityForANormalGrowthRate)
{
    // Linked, J(60) = 7000 (1 + g)^5 meets 1e6 when g >= g* = (1e6/7000)^(1/5) - 1 = 1.6976.
    // With g ~ normal(1.5, 0.3), P = 1 - Φ((g* - 1.5)/0.3) = 1 - Φ(0.6587) = 0.2550.
    Parameters p = plainScenario();
    p.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Linked));
    Uncertainty uncertainty;
    uncertainty.samples = 100000;
    uncertainty.set(ParameterId::AnnualGrowthRate, Distribution::normal(1.5, 0.3));
    const double gStar = std::pow(1e6 / 7000, 0.2) - 1;
    const double expected = 1 - standardNormalCdf((gStar - 1.5) / 0.3);
    MonteCarloEngine engine;
    const MonteCarloResult &r = engine.run(p, uncertainty);
    const double standardError = std::sqrt(expected * (1 - expected) / uncertainty.samples);
    EXPECT_NEAR(r.probabilityTargetMet, expected, 4 * standardError);
    EXPECT_NEAR(expected, 0.2550, 5e-4);
    // The median draw grows at 1.5: its jobs are 7000 x 2.5^5 = 683,594 at the horizon.
    EXPECT_NEAR(r.jobsPercentiles(60, 3), 7000 * std::pow(2.5, 5), 0.01 * 683594);
}

TEST(MonteCarlo, GivesTheClosedFormProbabilityForANormalGrowthRateInJobsCreated)
{
    // Created, J(60) - J(0) = 7000 ((1 + g)^5 - 1) meets 1e6 when (1 + g)^5 >= 1e6/7000 + 1:
    // g* = 143.857^(1/5) - 1 = 1.70138, P = 1 - Φ((1.70138 - 1.5)/0.3) = 1 - Φ(0.6713) = 0.2510.
    // The median draw's jobs: 7000 (2.5^5 - 1) = 676,594.
    Parameters p = plainScenario();
    Uncertainty uncertainty;
    uncertainty.samples = 100000;
    uncertainty.set(ParameterId::AnnualGrowthRate, Distribution::normal(1.5, 0.3));
    const double gStar = std::pow(1e6 / 7000 + 1, 0.2) - 1;
    const double expected = 1 - standardNormalCdf((gStar - 1.5) / 0.3);
    EXPECT_NEAR(expected, 0.2510, 5e-4);
    MonteCarloEngine engine;
    const MonteCarloResult &r = engine.run(p, uncertainty);
    const double standardError = std::sqrt(expected * (1 - expected) / uncertainty.samples);
    EXPECT_NEAR(r.probabilityTargetMet, expected, 4 * standardError);
    EXPECT_NEAR(r.jobsPercentiles(60, 3), 7000 * (std::pow(2.5, 5) - 1), 0.01 * 676594);
    EXPECT_TRUE((r.jobsPercentiles.row(0) == 0.0).all());
}

TEST(MonteCarlo, CreatedJobsOfShrinkingDrawsGoBelowZero)
{
    // Growth -50 % to +50 % with no churn: the draws below 0 % lose jobs, and the created count
    // says so. 10th percentile of g: -0.4 (uniform), so J(60) - J(0) = 7000 (0.6^5 - 1) = -6455.7,
    // within sampling error (about 10 jobs: 0.3/sqrt(20001) in g, 4536 jobs per unit of g);
    // the least, at g = -0.5, is 7000 (0.5^5 - 1) = -6781.
    Parameters p = plainScenario();
    p.set(ParameterId::AnnualGrowthRate, 0.0);
    Uncertainty u;
    u.samples = 20001;
    u.set(ParameterId::AnnualGrowthRate, Distribution::uniform(-0.5, 0.5));
    MonteCarloEngine engine;
    const MonteCarloResult &r = engine.run(p, u);
    EXPECT_NEAR(r.jobsPercentiles(60, percentileColumn(0.10)), 7000 * (std::pow(0.6, 5) - 1), 40.0);
    EXPECT_LT(r.jobsAtHorizon.minCoeff(), -6000.0);
}

TEST(MonteCarlo, TheSameSeedGivesTheSameFiguresBitForBit)
{
    Parameters p;
    Uncertainty uncertainty;
    uncertainty.samples = 70000; // more than one block of draws
    uncertainty.set(ParameterId::AnnualGrowthRate, Distribution::triangular(0.1, 0.36, 0.8));
    uncertainty.set(ParameterId::HiresPerSeller, Distribution::logNormal(1, 2.5));
    MonteCarloEngine first, second;
    const MonteCarloResult a = first.run(p, uncertainty);
    const MonteCarloResult b = second.run(p, uncertainty);
    EXPECT_TRUE((a.jobsPercentiles == b.jobsPercentiles).all());
    EXPECT_TRUE((a.jobsAtHorizon == b.jobsAtHorizon).all());
    uncertainty.seed += 1;
    const MonteCarloResult c = first.run(p, uncertainty);
    EXPECT_FALSE((a.jobsAtHorizon == c.jobsAtHorizon).all());
}

TEST(MonteCarlo, PercentilesAreOrderedAndTheHistogramHasEveryDraw)
{
    Parameters p;
    Uncertainty uncertainty;
    uncertainty.samples = 5000;
    uncertainty.set(ParameterId::AnnualGrowthRate, Distribution::normal(0.36, 0.2));
    uncertainty.set(ParameterId::SideBusinessShare, Distribution::uniform(0.6, 0.95));
    MonteCarloEngine engine;
    const MonteCarloResult &r = engine.run(p, uncertainty);
    EXPECT_EQ(r.jobsAtHorizon.size(), 5000);
    for (Eigen::Index t = 0; t < r.jobsPercentiles.rows(); ++t)
        for (Eigen::Index level = 1; level < 7; ++level)
            EXPECT_LE(r.jobsPercentiles(t, level - 1), r.jobsPercentiles(t, level));
}

TEST(MonteCarlo, RefusesAnUncertainPledgeAndBadSampleCounts)
{
    Uncertainty u;
    u.set(ParameterId::TargetJobs, Distribution::uniform(5e5, 2e6));
    EXPECT_EQ(u.validate(), "target_jobs: the pledge is a fixed number and cannot be uncertain");
    u = Uncertainty();
    u.samples = 0;
    EXPECT_EQ(u.validate(), "samples = 0 is not valid: the valid range is 1 to 1000000");
    u.samples = 1000001;
    EXPECT_TRUE(u.validate());
}

namespace {

// The sellers of every draw in every month, worked out here as the engine steps them (q^t by
// repeated products), and their percentiles found by selection over all draws.
Eigen::ArrayXXd sellersPercentilesBySelection(const Parameters &p, const Uncertainty &u,
                                              const MonteCarloEngine &engine)
{
    Eigen::ArrayXd start, growth, churn, market;
    engine.drawsOf(p, u, ParameterId::InitialSellers, start);
    engine.drawsOf(p, u, ParameterId::AnnualGrowthRate, growth);
    engine.drawsOf(p, u, ParameterId::AnnualChurnRate, churn);
    engine.drawsOf(p, u, ParameterId::MarketSize, market);
    market = market.max(start);
    const Eigen::ArrayXd net = (1.0 + growth) * (1.0 - churn) - 1.0;
    Eigen::ArrayXd q = (1.0 + growth) * (1.0 - churn); // 1 + n
    for (double &x : q)
        x = reproducible::exp(reproducible::log(x) / 12.0); // one by one: the engine's are vectorised
    const Eigen::Index months = p.horizonMonths() + 1;
    Eigen::ArrayXXd expected(months, static_cast<Eigen::Index>(kPercentileLevels.size()));
    Eigen::ArrayXd power = Eigen::ArrayXd::Ones(u.samples), sellers;
    PercentileFinder finder;
    std::array<double, kPercentileLevels.size()> row{};
    for (Eigen::Index t = 0; t < months; ++t) {
        if (t > 0)
            power *= q;
        if (p.growthModel() == GrowthModel::Logistic)
            sellers = market / (1.0 + (market / start - 1.0) / power);
        else if (p.growthModel() == GrowthModel::Linear)
            sellers = (start * (1.0 + net * (static_cast<double>(t) / 12.0))).max(0.0);
        else
            sellers = start * power;
        finder.find({sellers.data(), static_cast<std::size_t>(sellers.size())}, kPercentileLevels, row);
        expected.row(t) = Eigen::Map<const Eigen::ArrayXd>(row.data(), row.size()).transpose();
    }
    return expected;
}

} // namespace

TEST(MonteCarlo, SellersPercentilesReadOffTheGrowthOrderEqualFullSelectionBitForBit)
{
    // Starting sellers fixed: the engine reads the sellers' percentiles off the draws at the
    // growth factor's order statistics. Uncertain: it selects among all draws each month. Both
    // must give exactly what selection over every draw gives.
    for (const GrowthModel model : {GrowthModel::Exponential, GrowthModel::Logistic, GrowthModel::Linear}) {
        Parameters p;
        p.set(ParameterId::GrowthModel, static_cast<double>(model));
        p.set(ParameterId::MarketSize, 60000);
        Uncertainty u;
        u.samples = 20000; // p·(n - 1) falls between draws: both order statistics count
        u.set(ParameterId::AnnualGrowthRate, Distribution::triangular(-0.3, 0.36, 1.5));
        u.set(ParameterId::AnnualChurnRate, Distribution::uniform(0.05, 0.25));
        for (const bool uncertainStart : {false, true}) {
            if (uncertainStart)
                u.set(ParameterId::InitialSellers, Distribution::uniform(5000, 9000));
            MonteCarloEngine engine;
            const MonteCarloResult &result = engine.run(p, u);
            const Eigen::ArrayXXd expected = sellersPercentilesBySelection(p, u, engine);
            EXPECT_TRUE((result.sellersPercentiles == expected).all())
                << "model " << static_cast<int>(model) << ", uncertain start " << uncertainStart
                << ": largest difference " << (result.sellersPercentiles - expected).abs().maxCoeff();
        }
    }
}

TEST(MonteCarlo, TheFiguresDoNotDependOnTheNumberOfThreads)
{
    // Threads share out blocks of draws, then months, each catching up with the months before its
    // own: the figures must be those of one thread, bit for bit, under every growth curve, with
    // and without a hiring lag, and with draws meeting the pledge in every thread's months.
    struct Case {
        GrowthModel model;
        double lag;
        bool uncertainStart;
    };
    for (const double basis : {0.0, 1.0})
    for (const Case c : {Case{GrowthModel::Exponential, 0, false}, Case{GrowthModel::Exponential, 7, true},
                         Case{GrowthModel::Logistic, 3, false}, Case{GrowthModel::Linear, 2, true}}) {
        Parameters p = plainScenario();
        p.set(ParameterId::JobCountBasis, basis); // created (each draw's start deducted), then linked
        p.set(ParameterId::GrowthModel, static_cast<double>(c.model));
        p.set(ParameterId::HiringLagMonths, c.lag);
        p.set(ParameterId::MarketSize, 4e6);
        Uncertainty u;
        u.samples = MonteCarloEngine::kParallelFrom + 20000; // two blocks of draws
        u.set(ParameterId::AnnualGrowthRate, Distribution::triangular(0.2, 1.5, 10));
        u.set(ParameterId::HiresPerSeller, Distribution::logNormal(1, 8));
        if (c.uncertainStart)
            u.set(ParameterId::InitialSellers, Distribution::uniform(5000, 60000));
        MonteCarloEngine engine;
        engine.setThreads(1);
        const MonteCarloResult one = engine.run(p, u);
        ASSERT_GT(one.firstMetShare.head(20).sum(), 0.0) << "some draws meet the pledge early";
        ASSERT_GT(one.firstMetShare.tail(20).sum(), 0.0) << "and some late";
        for (const int threads : {2, 3}) {
            engine.setThreads(threads);
            const MonteCarloResult &many = engine.run(p, u);
            const std::string where = "basis " + std::to_string(static_cast<int>(basis)) + ", model "
                                      + std::to_string(static_cast<int>(c.model)) + ", "
                                      + std::to_string(threads) + " threads";
            EXPECT_TRUE((many.jobsPercentiles == one.jobsPercentiles).all()) << where;
            EXPECT_TRUE((many.sellersPercentiles == one.sellersPercentiles).all()) << where;
            EXPECT_TRUE((many.jobsAtHorizon == one.jobsAtHorizon).all()) << where;
            EXPECT_TRUE((many.firstMetShare == one.firstMetShare).all()) << where;
            EXPECT_EQ(many.probabilityTargetMet, one.probabilityTargetMet) << where;
        }
    }
}

TEST(MonteCarlo, CreatedJobsPercentilesEqualThoseOfEveryDrawAtEachYear)
{
    // Under the created basis the engine finds a month's percentiles from the jobs held at a
    // clamp below the lowest, two months a pass, and searches a month again unclamped where the
    // clamp reaches one. The figures must be those of every draw's jobs, bit for bit. A run ends
    // at each year's month with every draw's jobs whole (the histogram): their percentiles, and
    // the share of draws that met the pledge by then, must be the longer run's of that month.
    // Hiring lags 0 and 11 put month 12 second and first in a pass; after a lag of 11 the direct
    // jobs, 50 times the service jobs, start to grow, and month 12's lowest percentile leaps past
    // the clamp (found again unclamped). Growth -50 % to +150 %: jobs both lost and gained.
    for (const double lag : {0.0, 11.0})
    for (const int threads : {1, 2}) {
        Parameters p = plainScenario();
        p.set(ParameterId::HiringLagMonths, lag);
        p.set(ParameterId::ServiceJobsPer1000Sellers, 20); // 0.02 a seller against 1 hire
        p.set(ParameterId::TargetJobs, 30000);
        Uncertainty u;
        u.samples = MonteCarloEngine::kParallelFrom + 1001;
        u.set(ParameterId::AnnualGrowthRate, Distribution::uniform(-0.5, 1.5));
        u.set(ParameterId::HiresPerSeller, Distribution::logNormal(1, 3));
        MonteCarloEngine engine;
        engine.setThreads(threads);
        const MonteCarloResult whole = engine.run(p, u);
        ASSERT_GT(whole.probabilityTargetMet, 0.05) << "some draws meet the pledge";
        ASSERT_LT(whole.jobsPercentiles(12, 0), 0.0) << "and some lose jobs";
        PercentileFinder finder;
        std::array<double, kPercentileLevels.size()> row{};
        for (int years = 1; years < 5; ++years) {
            p.set(ParameterId::HorizonYears, years);
            const MonteCarloResult &shorter = engine.run(p, u);
            const Eigen::Index t = 12 * years;
            const std::string where = "lag " + std::to_string(lag) + ", " + std::to_string(threads)
                                      + " threads, month " + std::to_string(t);
            const std::span<const double> draws(shorter.jobsAtHorizon.data(),
                                                static_cast<std::size_t>(u.samples));
            finder.find(draws, kPercentileLevels, row);
            const Eigen::Map<const Eigen::ArrayXd> expected(row.data(), row.size());
            EXPECT_TRUE((whole.jobsPercentiles.row(t).transpose() == expected).all()) << where;
            EXPECT_TRUE((shorter.jobsPercentiles.row(t).transpose() == expected).all()) << where;
            EXPECT_TRUE((whole.firstMetShare.head(t + 1) == shorter.firstMetShare).all()) << where;
        }
    }
}
