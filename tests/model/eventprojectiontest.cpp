// The event equations of docs/model.md, "Events", pinned with numbers worked out by hand: the
// sellers continue from S(m) under every curve, rates take their new value from month m, and the
// draws, the solver, the tornado and the frontier honour the events.
#include "eventspans.h"
#include "frontier.h"
#include "montecarlo.h"
#include "projection.h"
#include "scenarioresults.h"
#include "sensitivity.h"
#include "targetsolver.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace pledgecheck;

namespace {

// From January 2017 over two years: S0 = 1000 sellers, g = 50 %, c = 20 %, so n = 1.5 x 0.8 - 1 =
// 20 % a year; one hire per seller, at once; no side businesses, service jobs or displacement,
// every job linked: J(t) = h(t) S(t). Month 12 is 2018-01.
Parameters simpleScenario(GrowthModel model = GrowthModel::Exponential)
{
    Parameters p;
    p.set(ParameterId::InitialSellers, 1000);
    p.set(ParameterId::GrowthModel, static_cast<double>(model));
    p.set(ParameterId::AnnualGrowthRate, 0.5);
    p.set(ParameterId::AnnualChurnRate, 0.2);
    p.set(ParameterId::MarketSize, 10000);
    p.set(ParameterId::HiresPerSeller, 1);
    p.set(ParameterId::SideBusinessShare, 0);
    p.set(ParameterId::HiringLagMonths, 0);
    p.set(ParameterId::ServiceJobsPer1000Sellers, 0);
    p.set(ParameterId::DisplacementShare, 0);
    p.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Linked));
    p.set(ParameterId::Start, YearMonth{2017, 1}.toIndex());
    p.set(ParameterId::HorizonYears, 2);
    return p;
}

ScenarioEvent event(int year, int month, ParameterId id, double value)
{
    return {YearMonth{year, month}, id, value, "test"};
}

constexpr double kTight = 1e-9;

} // namespace

TEST(EventProjection, WithoutEventsGivesTheSameBits)
{
    for (const GrowthModel model : {GrowthModel::Exponential, GrowthModel::Logistic, GrowthModel::Linear}) {
        const Parameters p = simpleScenario(model);
        const Projection plain = project(p), withNone = project(p, ScenarioEvents{});
        EXPECT_TRUE((plain.jobs == withNone.jobs).all());
        EXPECT_TRUE((plain.sellers == withNone.sellers).all());
        EXPECT_EQ(projectJobsAtHorizon(p), projectJobsAtHorizon(p, ScenarioEvents{}));
    }
}

TEST(EventProjection, ExponentialContinuesFromTheSellersAtTheEvent)
{
    // Growth 100 % from 2018-01, churn still 20 %: n' = 2 x 0.8 - 1 = 60 %. S(12) = 1000 x 1.2 = 1200
    // as without the event; S(18) = 1200 x 1.6^0.5 = 1517.8932; S(24) = 1200 x 1.6 = 1920.
    const Projection r = project(simpleScenario(), {event(2018, 1, ParameterId::AnnualGrowthRate, 1.0)});
    EXPECT_NEAR(r.sellers(11), 1000 * std::pow(1.2, 11.0 / 12), kTight);
    EXPECT_NEAR(r.sellers(12), 1200.0, kTight);
    EXPECT_NEAR(r.sellers(18), 1517.8932768808, 1e-6);
    EXPECT_NEAR(r.sellers(24), 1920.0, kTight);
}

TEST(EventProjection, LogisticContinuesFromTheSellersAtTheEvent)
{
    // K = 10,000, S0 = 1000, g = 100 %, c = 0: n = 1, S(12) = 10000 / (1 + 9 x 0.5) = 1818.1818.
    Parameters p = simpleScenario(GrowthModel::Logistic);
    p.set(ParameterId::AnnualGrowthRate, 1.0);
    p.set(ParameterId::AnnualChurnRate, 0.0);
    // The market halves to 5,000 in 2018-01: K'/S(m) = 5000 / 1818.18 = 2.75, so
    // S(24) = 5000 / (1 + 1.75 x 0.5) = 5000 / 1.875 = 2666.667.
    const Projection halved = project(p, {event(2018, 1, ParameterId::MarketSize, 5000)});
    EXPECT_NEAR(halved.sellers(12), 10000 / 5.5, kTight);
    EXPECT_NEAR(halved.sellers(24), 5000 / 1.875, kTight);
    // A market of 1,000, below S(m): K'/S(m) = 0.55, S(24) = 1000 / (1 - 0.45 x 0.5) = 1290.32,
    // drawn down toward the market, not dropped to it.
    const Projection below = project(p, {event(2018, 1, ParameterId::MarketSize, 1000)});
    EXPECT_NEAR(below.sellers(12), 10000 / 5.5, kTight);
    EXPECT_NEAR(below.sellers(24), 1000 / 0.775, kTight);
    EXPECT_LT(below.sellers(24), below.sellers(18));
    // ... and with growth -50 % too (n' = -0.5) the sellers decline at the net rate:
    // S(24) = 1818.18 x 0.5 = 909.09.
    const Projection shrinking = project(p, {event(2018, 1, ParameterId::MarketSize, 1000),
                                             event(2018, 1, ParameterId::AnnualGrowthRate, -0.5)});
    EXPECT_NEAR(shrinking.sellers(24), 10000 / 5.5 * 0.5, kTight);
}

TEST(EventProjection, LinearKeepsItsBaseAndRestartsItOnAChangeOfCurve)
{
    // S(12) = 1000 (1 + 0.2) = 1200. Growth 100 % from 2018-01: n' = 0.6 on the base S0 = 1000,
    // S(24) = 1200 + 1000 x 0.6 x 1 = 1800.
    const Parameters p = simpleScenario(GrowthModel::Linear);
    const Projection faster = project(p, {event(2018, 1, ParameterId::AnnualGrowthRate, 1.0)});
    EXPECT_NEAR(faster.sellers(12), 1200.0, kTight);
    EXPECT_NEAR(faster.sellers(24), 1800.0, kTight);
    // An event that sets the growth in force changes nothing: 1000 (1 + 0.2 x 2) = 1400.
    const Projection same = project(p, {event(2018, 1, ParameterId::AnnualGrowthRate, 0.5)});
    EXPECT_NEAR(same.sellers(24), 1400.0, kTight);
    // Churn 90 % and growth -50 % (n' = 0.5 x 0.1 - 1 = -0.95): 1200 - 950 = 250 at 24, and the
    // line stops at zero: 1200 - 950 x 1.5 < 0 over a longer horizon.
    const Projection falling = project(p, {event(2018, 1, ParameterId::AnnualGrowthRate, -0.5),
                                           event(2018, 1, ParameterId::AnnualChurnRate, 0.9)});
    EXPECT_NEAR(falling.sellers(24), 250.0, kTight);
    Parameters longer = p;
    longer.set(ParameterId::HorizonYears, 3);
    const Projection floored = project(longer, {event(2018, 1, ParameterId::AnnualGrowthRate, -0.5),
                                                event(2018, 1, ParameterId::AnnualChurnRate, 0.9)});
    EXPECT_EQ(floored.sellers(36), 0.0);
    // Exponential to linear in 2018-01: the line's base is S(12) = 1200, so
    // S(18) = 1200 + 1200 x 0.2 x 0.5 = 1320 (the exponential curve would give 1314.53).
    const Projection restarted = project(simpleScenario(), {event(2018, 1, ParameterId::GrowthModel, 2)});
    EXPECT_NEAR(restarted.sellers(18), 1320.0, kTight);
}

TEST(EventProjection, NoGrowthAndNoChurnHoldTheSellersFlatUnderEveryCurve)
{
    for (const GrowthModel model : {GrowthModel::Exponential, GrowthModel::Logistic, GrowthModel::Linear}) {
        const Projection r = project(simpleScenario(model), {event(2018, 1, ParameterId::AnnualGrowthRate, 0.0),
                                                             event(2018, 1, ParameterId::AnnualChurnRate, 0.0)});
        for (Eigen::Index t = 12; t <= 24; ++t)
            EXPECT_NEAR(r.sellers(t), r.sellers(12), kTight * r.sellers(12)) << static_cast<int>(model) << " " << t;
        EXPECT_GT(r.sellers(12), r.sellers(11)); // it grew until then
    }
}

TEST(EventProjection, AHiresChangeMovesDirectJobsFromItsMonthWithTheLagOnTheSellers)
{
    // Lag 6: D(t) = h(t) S(t - 6). Hires 3 from 2018-01: D(11) = 1 x S(5) = 1000 x 1.2^(5/12) =
    // 1079.0 and D(12) = 3 x S(6) = 3 x 1095.445 = 3286.335: h read at t, not at t - L.
    Parameters p = simpleScenario();
    p.set(ParameterId::HiringLagMonths, 6);
    const Projection r = project(p, {event(2018, 1, ParameterId::HiresPerSeller, 3)});
    EXPECT_NEAR(r.directJobs(11), 1000 * std::pow(1.2, 5.0 / 12), kTight);
    EXPECT_NEAR(r.directJobs(12), 3 * 1095.4451150103322, 1e-9);
    EXPECT_NEAR(r.directJobs(24), 3 * 1000 * std::pow(1.2, 18.0 / 12), 1e-9);
    // J(0) is the values as set: the created jobs start from it.
    EXPECT_EQ(r.linkedJobs(0), 1000.0);
    EXPECT_EQ(r.createdJobs(0), 0.0);
    EXPECT_NEAR(r.createdJobs(24), r.linkedJobs(24) - 1000.0, kTight);
}

TEST(EventProjection, EventsInOneMonthApplyTogether)
{
    // Growth 100 % and churn 0 from 2018-01: n' = 1, S(24) = 1200 x 2 = 2400.
    const Projection r = project(simpleScenario(), {event(2018, 1, ParameterId::AnnualGrowthRate, 1.0),
                                                    event(2018, 1, ParameterId::AnnualChurnRate, 0.0)});
    EXPECT_NEAR(r.sellers(24), 2400.0, kTight);
}

TEST(EventProjection, EventsApplyInDateOrderWhateverTheOrderEntered)
{
    // Entered late first: growth 100 % from 2018-07, growth 25 % from 2018-01. In date order: from
    // month 12 n' = 1.25 x 0.8 - 1 = 0 (flat at 1200), from month 18 n'' = 0.6:
    // S(24) = 1200 x 1.6^0.5 = 1517.8933.
    const ScenarioEvents events{event(2018, 7, ParameterId::AnnualGrowthRate, 1.0),
                                event(2018, 1, ParameterId::AnnualGrowthRate, 0.25)};
    const Projection r = project(simpleScenario(), events);
    EXPECT_NEAR(r.sellers(18), 1200.0, kTight);
    EXPECT_NEAR(r.sellers(24), 1517.8932768808, 1e-6);
    const std::vector<EventSpan> spans = eventSpans(simpleScenario(), events);
    ASSERT_EQ(spans.size(), 3u);
    EXPECT_EQ(spans[1].firstMonth, 12);
    EXPECT_EQ(spans[2].firstMonth, 18);
}

TEST(EventProjection, ExportValueAndTheKeyFiguresFollowTheEvents)
{
    // The export value per seller drops to 0 in 2018-01: X(t) = 0 from then on. The key figures
    // read the projection with events.
    Parameters p = simpleScenario();
    const ScenarioEvents events{event(2018, 1, ParameterId::ExportValuePerSeller, 0.0),
                                event(2018, 1, ParameterId::HiresPerSeller, 2)};
    const ScenarioResults results = ScenarioResults::of(p, events);
    EXPECT_GT(results.projection.exportSupportedJobs(11), 0.0);
    EXPECT_EQ(results.projection.exportSupportedJobs(12), 0.0);
    EXPECT_EQ(results.figures.exportSupportedJobsAtHorizon, 0.0);
    // J(24) = 2 x 1440 = 2880.
    EXPECT_NEAR(results.figures.jobsAtHorizon, 2880.0, kTight);
    EXPECT_EQ(results.figures.plausibility[0].valueAtHorizon, 0.0) << "sales to China read the value in force";
}

TEST(EventMonteCarlo, WithEverythingFixedEqualsTheProjectionWithEvents)
{
    const ScenarioEvents events{event(2017, 9, ParameterId::MarketSize, 1500),
                                event(2018, 1, ParameterId::AnnualGrowthRate, 1.0),
                                event(2018, 1, ParameterId::GrowthModel, 0),
                                event(2018, 4, ParameterId::HiresPerSeller, 2.5),
                                event(2018, 7, ParameterId::GrowthModel, 2),
                                event(2018, 7, ParameterId::SideBusinessShare, 0.5)};
    for (const double basis : {0.0, 1.0})
    for (const GrowthModel model : {GrowthModel::Exponential, GrowthModel::Logistic, GrowthModel::Linear}) {
        Parameters p = simpleScenario(model);
        p.set(ParameterId::JobCountBasis, basis);
        p.set(ParameterId::HiringLagMonths, 5);
        p.set(ParameterId::ServiceJobsPer1000Sellers, 75);
        p.set(ParameterId::DisplacementShare, 0.25);
        Uncertainty fixed;
        fixed.samples = 100;
        MonteCarloEngine engine;
        const MonteCarloResult &r = engine.run(p, events, fixed);
        const Projection projection = project(p, events);
        ASSERT_EQ(r.jobsPercentiles.rows(), projection.jobs.size());
        for (Eigen::Index t = 0; t < projection.jobs.size(); ++t) {
            const double scale = std::max(1.0, projection.linkedJobs(t));
            for (Eigen::Index level = 0; level < 7; ++level) {
                EXPECT_NEAR(r.jobsPercentiles(t, level), projection.jobs(t), 1e-12 * scale) << t;
                EXPECT_NEAR(r.sellersPercentiles(t, level), projection.sellers(t), 1e-12 * projection.sellers(t));
            }
        }
        EXPECT_NEAR(r.jobsAtHorizon(0), projection.jobs(24), 1e-12 * projection.linkedJobs(24));
    }
}

TEST(EventMonteCarlo, AnEventSetsEveryDrawAndTheSpreadStaysInTheSellers)
{
    // Growth drawn 30 % to 70 % until 2018-01, then growth 0 and churn 0 in every draw: each
    // draw's sellers hold at their own S(12), so the percentiles of month 24 are those of month 12,
    // and spread.
    Parameters p = simpleScenario();
    Uncertainty u;
    u.samples = 5000;
    u.set(ParameterId::AnnualGrowthRate, Distribution::triangular(0.3, 0.5, 0.7));
    MonteCarloEngine engine;
    const MonteCarloResult &r = engine.run(p, {event(2018, 1, ParameterId::AnnualGrowthRate, 0.0),
                                               event(2018, 1, ParameterId::AnnualChurnRate, 0.0)}, u);
    for (Eigen::Index level = 0; level < 7; ++level)
        EXPECT_NEAR(r.sellersPercentiles(24, level), r.sellersPercentiles(12, level), 1e-9 * r.sellersPercentiles(12, level));
    EXPECT_GT(r.sellersPercentiles(24, 6), r.sellersPercentiles(24, 0) + 50.0);
}

TEST(EventMonteCarlo, WithoutEventsGivesTheSameBits)
{
    Parameters p = simpleScenario();
    Uncertainty u;
    u.samples = 3000;
    u.set(ParameterId::AnnualGrowthRate, Distribution::triangular(0.3, 0.5, 0.7));
    MonteCarloEngine a, b;
    const MonteCarloResult plain = a.run(p, u);
    const MonteCarloResult withNone = b.run(p, ScenarioEvents{}, u);
    EXPECT_TRUE((plain.jobsPercentiles == withNone.jobsPercentiles).all());
    EXPECT_TRUE((plain.jobsAtHorizon == withNone.jobsAtHorizon).all());
}

TEST(EventSolver, SolvesForTheStartingValueWithTheEventsAsSet)
{
    // Linked, J(24) = S(24). Growth 100 % and churn 0 from 2018-01 (n' = 1):
    // S(24) = S0 x 1.2 x 2 = 2.4 S0, so a million jobs need S0 = 1e6 / 2.4 = 416,666.67
    // (without the event 1e6 / 1.44 = 694,444.4).
    Parameters p = simpleScenario();
    p.set(ParameterId::TargetJobs, 1e6);
    const ScenarioEvents events{event(2018, 1, ParameterId::AnnualGrowthRate, 1.0),
                                event(2018, 1, ParameterId::AnnualChurnRate, 0.0)};
    const TargetSolution sellers = solveForTarget(p, events, ParameterId::InitialSellers);
    ASSERT_EQ(sellers.status, SolveStatus::Found);
    EXPECT_NEAR(*sellers.value, 1e6 / 2.4, 1e-6);
    // Growth: with n' = 0.6 from 2018-01, J(24) = 1000 (1 + n) 1.6; 2,400 jobs need 1 + n = 1.5,
    // (1 + g) 0.8 = 1.5, g = 0.875 from the start.
    p.set(ParameterId::TargetJobs, 2400);
    const TargetSolution growth =
        solveForTarget(p, {event(2018, 1, ParameterId::AnnualGrowthRate, 1.0)}, ParameterId::AnnualGrowthRate);
    ASSERT_EQ(growth.status, SolveStatus::Found);
    EXPECT_NEAR(*growth.value, 0.875, 1e-9);
    // The key figures and the frontier (at the scenario's own hires) say the same.
    const ScenarioResults results = ScenarioResults::of(p, {event(2018, 1, ParameterId::AnnualGrowthRate, 1.0)});
    EXPECT_NEAR(*results.figures.requiredAnnualGrowthRate, 0.875, 1e-9);
    int atOwnHires = 0;
    for (const FrontierPoint &point : frontier(p, {event(2018, 1, ParameterId::AnnualGrowthRate, 1.0)})) {
        if (point.hires == 1.0) {
            EXPECT_NEAR(*point.growth.value, 0.875, 1e-9);
            ++atOwnHires;
        }
    }
    EXPECT_EQ(atOwnHires, 1);
}

TEST(EventTornado, AnEventThatSetsAParameterFromTheFirstMonthLeavesItsBarFlat)
{
    // Hires 2 from 2017-02, lag 0: J(24) no longer reads the starting hires, whose bar has no swing;
    // growth's bar still moves the sellers.
    Parameters p = simpleScenario();
    Uncertainty u;
    u.set(ParameterId::HiresPerSeller, Distribution::triangular(0.5, 1, 1.5));
    u.set(ParameterId::AnnualGrowthRate, Distribution::triangular(0.3, 0.5, 0.7));
    const std::vector<SensitivityBar> bars = tornado(p, {event(2017, 2, ParameterId::HiresPerSeller, 2)}, u);
    ASSERT_EQ(bars.size(), 2u);
    EXPECT_EQ(bars[0].id, ParameterId::AnnualGrowthRate);
    EXPECT_EQ(bars[1].id, ParameterId::HiresPerSeller);
    EXPECT_EQ(bars[1].swing(), 0.0);
    EXPECT_GT(bars[0].swing(), 0.0);
}
