// EventMonteCarlo's ways to speed (docs/model.md, "Events", "Threads"): the months shared out over
// threads, and the sellers' percentiles read off the growth's order statistics where every span
// keeps that order. Neither may change a figure: each is held bit for bit against the plain way.
#include "eventspans.h"
#include "montecarlo.h"
#include "montecarloevents.h"

#include <gtest/gtest.h>

#include <string>

using namespace pledgecheck;

namespace {

ScenarioEvent event(int year, int month, ParameterId id, double value)
{
    return {YearMonth{year, month}, id, value, "test"};
}

// From January 2017 over five years, 7,000 sellers at the start, every job linked.
Parameters scenario(GrowthModel model)
{
    Parameters p;
    p.set(ParameterId::GrowthModel, static_cast<double>(model));
    p.set(ParameterId::Start, YearMonth{2017, 1}.toIndex());
    p.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Linked));
    p.set(ParameterId::MarketSize, 60000);
    return p;
}

// Every job is a service job of one per seller, with no displacement: J(t) = 0·S(t - L) + 1·S(t),
// which is S(t) exactly in IEEE arithmetic. The jobs' percentiles, always searched over every
// draw, are then the sellers' percentiles by full selection.
void jobsAreTheSellers(Parameters &p)
{
    p.set(ParameterId::HiresPerSeller, 0);
    p.set(ParameterId::ServiceJobsPer1000Sellers, 1000);
    p.set(ParameterId::DisplacementShare, 0);
}

Uncertainty growthDrawn(int samples)
{
    Uncertainty u;
    u.samples = samples;
    u.set(ParameterId::AnnualGrowthRate, Distribution::triangular(-0.3, 0.36, 1.5));
    return u;
}

struct OrderCase {
    std::string name;
    GrowthModel model;
    ScenarioEvents events;
    bool keepsOrder; ///< what sellersKeepGrowthOrder() must say
};

std::vector<OrderCase> orderCases()
{
    using P = ParameterId;
    return {
        {"exponential, growth set", GrowthModel::Exponential, {event(2018, 7, P::AnnualGrowthRate, 0.1)}, true},
        {"exponential, hires set", GrowthModel::Exponential, {event(2018, 9, P::HiresPerSeller, 0.5)}, true},
        {"logistic, then exponential", GrowthModel::Logistic,
         {event(2018, 1, P::GrowthModel, 0), event(2019, 1, P::AnnualChurnRate, 0.5)}, false},
        {"logistic, market and growth set", GrowthModel::Logistic,
         {event(2018, 1, P::MarketSize, 20000), event(2018, 1, P::AnnualGrowthRate, 0.2)}, true},
        {"logistic, drawn growth after a change", GrowthModel::Logistic, {event(2018, 1, P::MarketSize, 20000)}, false},
        {"logistic, declining above the market", GrowthModel::Logistic,
         {event(2018, 1, P::MarketSize, 9000), event(2018, 1, P::AnnualGrowthRate, -0.4)}, false},
        {"linear, growth set", GrowthModel::Linear, {event(2018, 4, P::AnnualGrowthRate, -0.2)}, true},
        {"linear from a change of curve, rising", GrowthModel::Exponential,
         {event(2018, 4, P::GrowthModel, 2), event(2018, 4, P::AnnualGrowthRate, 0.3)}, true},
        {"linear from a change of curve, falling", GrowthModel::Exponential,
         {event(2018, 4, P::GrowthModel, 2), event(2018, 4, P::AnnualGrowthRate, -0.3)}, false},
        {"exponential, then linear with the growth drawn", GrowthModel::Exponential,
         {event(2018, 4, P::GrowthModel, 2)}, false},
    };
}

} // namespace

TEST(EventMonteCarloSpeed, SellersKeepTheGrowthOrderOnlyWhereEverySpanKeepsIt)
{
    for (const OrderCase &c : orderCases()) {
        const Parameters p = scenario(c.model);
        EXPECT_EQ(EventMonteCarlo::sellersKeepGrowthOrder(eventSpans(p, c.events), growthDrawn(100)), c.keepsOrder)
            << c.name;
    }
    // Starting sellers drawn: the sellers of equal growth differ.
    Uncertainty u = growthDrawn(100);
    u.set(ParameterId::InitialSellers, Distribution::uniform(5000, 9000));
    const Parameters p = scenario(GrowthModel::Exponential);
    EXPECT_FALSE(EventMonteCarlo::sellersKeepGrowthOrder(
        eventSpans(p, {event(2018, 7, ParameterId::AnnualGrowthRate, 0.1)}), u));
    // Churn drawn with growth fixed, then growth set: the later growth is not the first's.
    Uncertainty churn;
    churn.set(ParameterId::AnnualChurnRate, Distribution::uniform(0.05, 0.3));
    EXPECT_FALSE(EventMonteCarlo::sellersKeepGrowthOrder(
        eventSpans(p, {event(2018, 7, ParameterId::AnnualGrowthRate, 0.1)}), churn));
}

TEST(EventMonteCarloSpeed, SellersPercentilesReadOffTheGrowthOrderEqualFullSelectionBitForBit)
{
    // 20,001 draws: p·(n - 1) falls on a draw for some levels and between two for others.
    for (const OrderCase &c : orderCases()) {
        Parameters p = scenario(c.model);
        jobsAreTheSellers(p);
        ScenarioEvents events = c.events;
        if (events.front().parameter == ParameterId::HiresPerSeller) // keep J = S: set another
            events.front() = event(2018, 9, ParameterId::SideBusinessShare, 0.5);
        MonteCarloEngine engine;
        const MonteCarloResult &r = engine.run(p, events, growthDrawn(20001));
        EXPECT_TRUE((r.sellersPercentiles == r.jobsPercentiles).all())
            << c.name << ": largest difference " << (r.sellersPercentiles - r.jobsPercentiles).abs().maxCoeff();
        EXPECT_TRUE((r.sellersPercentiles.col(6) > r.sellersPercentiles.col(0)).any()) << c.name << ": the draws spread";
    }
}

TEST(EventMonteCarloSpeed, TheFiguresDoNotDependOnTheNumberOfThreads)
{
    // The months are shared out between threads, each catching up with the months before its own
    // (the products, the sellers at each event and the lag's months): the figures must be those of
    // one thread, bit for bit, under every curve, with and without a hiring lag and an event inside
    // a later thread's months, on both bases, with draws meeting the pledge early and late.
    struct Case {
        GrowthModel model;
        double lag;
        ScenarioEvents events;
    };
    using P = ParameterId;
    const std::vector<Case> cases{
        {GrowthModel::Exponential, 0, {event(2017, 8, P::AnnualGrowthRate, 0.5), event(2020, 3, P::HiresPerSeller, 3)}},
        {GrowthModel::Logistic, 7, {event(2019, 2, P::MarketSize, 2e6), event(2020, 5, P::GrowthModel, 2)}},
        {GrowthModel::Linear, 3, {event(2018, 11, P::GrowthModel, 0), event(2021, 6, P::AnnualGrowthRate, 2)}}};
    for (const double basis : {0.0, 1.0})
    for (const Case &c : cases) {
        Parameters p = scenario(c.model);
        p.set(ParameterId::JobCountBasis, basis);
        p.set(ParameterId::HiringLagMonths, c.lag);
        p.set(ParameterId::MarketSize, 4e6);
        p.set(ParameterId::AnnualChurnRate, 0);
        p.set(ParameterId::SideBusinessShare, 0);
        Uncertainty u;
        u.samples = MonteCarloEngine::kParallelFrom + 20000;
        u.set(ParameterId::AnnualGrowthRate, Distribution::triangular(0.2, 1.5, 10));
        u.set(ParameterId::HiresPerSeller, Distribution::logNormal(1, 8));
        u.set(ParameterId::InitialSellers, Distribution::uniform(5000, 60000));
        MonteCarloEngine engine;
        engine.setThreads(1);
        const MonteCarloResult one = engine.run(p, c.events, u);
        const std::string model = "basis " + std::to_string(static_cast<int>(basis)) + ", model "
                                  + std::to_string(static_cast<int>(c.model));
        ASSERT_GT(one.firstMetShare.head(20).sum(), 0.0) << model << ": some draws meet the pledge early";
        ASSERT_GT(one.firstMetShare.tail(20).sum(), 0.0) << model << ": and some late";
        for (const int threads : {2, 3}) {
            engine.setThreads(threads);
            const MonteCarloResult &many = engine.run(p, c.events, u);
            const std::string where = model + ", " + std::to_string(threads) + " threads";
            EXPECT_TRUE((many.jobsPercentiles == one.jobsPercentiles).all()) << where;
            EXPECT_TRUE((many.sellersPercentiles == one.sellersPercentiles).all()) << where;
            EXPECT_TRUE((many.jobsAtHorizon == one.jobsAtHorizon).all()) << where;
            EXPECT_TRUE((many.firstMetShare == one.firstMetShare).all()) << where;
            EXPECT_EQ(many.probabilityTargetMet, one.probabilityTargetMet) << where;
        }
    }
}
