// The fit to reported data: it recovers values from figures the model itself made, weighs a
// range at half a figure, and says when it cannot be trusted.
#include "fit.h"

#include "observationreport.h"

#include "doublingscenario.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace pledgecheck;

namespace {

// The doubling scenario (doublingscenario.h) with yearly growth @p growth.
Parameters scenario(double growth)
{
    Parameters p = pledgecheck::testing::doublingParameters();
    p.set(ParameterId::AnnualGrowthRate, growth);
    return p;
}

YearMonth monthOf(int t)
{
    return YearMonth{2017, 1}.plusMonths(t);
}

/// The figures @p truth projects at months @p months, as reports (of @p metric); with
/// @p rangeFactor > 0 each a range value / factor to value x factor around it.
Observations madeByTheModel(const Parameters &truth, ObservedMetric metric, std::initializer_list<int> months,
                            double rangeFactor = 0)
{
    const Projection projection = project(truth);
    Observations observations;
    for (const int t : months) {
        const double value = metricAt(projection, metric, t);
        Observation o{monthOf(t), metric, value, std::nullopt, std::nullopt, "the model"};
        if (rangeFactor > 0) {
            o.low = value / rangeFactor;
            o.high = value * rangeFactor;
        }
        observations.push_back(o);
    }
    return observations;
}

bool warns(const FitResult &fit, const std::string &words)
{
    return std::any_of(fit.warnings.begin(), fit.warnings.end(),
                       [&](const ModelMessage &w) { return w.text().find(words) != std::string::npos; });
}

} // namespace

TEST(Fit, RecoversTheGrowthFromSellersTheModelMade)
{
    const Observations observations = madeByTheModel(scenario(0.8), ObservedMetric::Sellers, {12, 30, 48});
    const FitResult fit = fitToObservations(scenario(0.3), {ParameterId::AnnualGrowthRate}, observations);
    EXPECT_TRUE(fit.converged);
    EXPECT_NEAR(fit.parameters[ParameterId::AnnualGrowthRate], 0.8, 1e-6);
    EXPECT_LT(fit.rmsLogError, 1e-8);
    EXPECT_EQ(fit.observationsUsed, 3);
    EXPECT_TRUE(fit.warnings.empty()) << fit.warnings.front();
    // Nothing else moved.
    Parameters others = fit.parameters;
    others.set(ParameterId::AnnualGrowthRate, 0.3);
    EXPECT_EQ(others, scenario(0.3));
}

TEST(Fit, RecoversTheGrowthFromRangesAroundTheModelsFigures)
{
    // Each range 1/3 to 3 times the figure: its geometric midpoint is the figure itself.
    const Observations observations = madeByTheModel(scenario(2.5), ObservedMetric::Sellers, {6, 24}, 3.0);
    const FitResult fit = fitToObservations(scenario(0.1), {ParameterId::AnnualGrowthRate}, observations);
    EXPECT_TRUE(fit.converged);
    EXPECT_NEAR(fit.parameters[ParameterId::AnnualGrowthRate], 2.5, 1e-6);
    EXPECT_TRUE(fit.warnings.empty());
}

TEST(Fit, RecoversTwoParametersFromSellersAndJobs)
{
    Parameters truth = scenario(1.2);
    truth.set(ParameterId::HiresPerSeller, 3.5);
    Observations observations = madeByTheModel(truth, ObservedMetric::Sellers, {12, 36});
    const Observations jobs = madeByTheModel(truth, ObservedMetric::Jobs, {24, 48, 60});
    observations.insert(observations.end(), jobs.begin(), jobs.end());
    const FitResult fit = fitToObservations(scenario(0.3), {ParameterId::AnnualGrowthRate, ParameterId::HiresPerSeller},
                                            observations);
    EXPECT_TRUE(fit.converged);
    EXPECT_NEAR(fit.parameters[ParameterId::AnnualGrowthRate], 1.2, 1e-6);
    EXPECT_NEAR(fit.parameters[ParameterId::HiresPerSeller], 3.5, 1e-6);
    EXPECT_EQ(fit.fitted.size(), 2u);
    EXPECT_TRUE(fit.warnings.empty());
}

TEST(Fit, RecoversTwoParametersFromRangesOnALogScale)
{
    // Starting sellers (fitted on the logarithm of its 1 to 10 million range) and growth, from
    // sellers alone: ln S(t) = ln S0 + (t/12) ln(1 + g) is a line in t, two months pin it.
    Parameters truth = scenario(0.6);
    truth.set(ParameterId::InitialSellers, 25000);
    const Observations observations = madeByTheModel(truth, ObservedMetric::Sellers, {0, 12, 40}, 2.0);
    const FitResult fit = fitToObservations(scenario(0.1), {ParameterId::InitialSellers, ParameterId::AnnualGrowthRate},
                                            observations);
    EXPECT_TRUE(fit.converged);
    EXPECT_NEAR(fit.parameters[ParameterId::InitialSellers], 25000, 25000 * 1e-6);
    EXPECT_NEAR(fit.parameters[ParameterId::AnnualGrowthRate], 0.6, 1e-6);
}

TEST(Fit, WeighsARangeAtHalfAFigure)
{
    // Two reports of the sellers in 2018-01 (t = 12), S(12) = 1000 (1 + g): 2000 as one number,
    // and 1000 to 16,000 (geometric midpoint 4000) as a range at weight 1/2. With x = ln S(12),
    // the fit minimises (x - ln 2000)^2 + (1/2)^2 (x - ln 4000)^2, so
    // x = (ln 2000 + ln 4000 / 4) / (5/4) = ln 1000 + 1.2 ln 2: 1 + g = 2^1.2 = 2.29740.
    // The log errors there are 0.2 ln 2 and -0.8 ln 2; rms = ln 2 sqrt(0.34) = 0.404171.
    const Observations observations{
        {monthOf(12), ObservedMetric::Sellers, 2000, std::nullopt, std::nullopt, "a count"},
        {monthOf(12), ObservedMetric::Sellers, 4000, 1000, 16000, "thousands"},
    };
    const FitResult fit = fitToObservations(scenario(0.3), {ParameterId::AnnualGrowthRate}, observations);
    EXPECT_NEAR(fit.parameters[ParameterId::AnnualGrowthRate], std::pow(2.0, 1.2) - 1, 1e-7);
    EXPECT_NEAR(fit.rmsLogError, std::log(2.0) * std::sqrt(0.34), 1e-7);
    EXPECT_NEAR(std::log(2.0) * std::sqrt(0.34), 0.404171, 1e-6);
}

TEST(Fit, FitsThroughTheProjectorItIsGiven)
{
    // A projector that halves every seller count (as an event might): the fit must find the
    // growth that makes the halved sellers match, S(12) = 1000 (1 + g) / 2 = 1500: g = 200 %.
    const Projector halved = [](const Parameters &p, Projection &out) {
        project(p, out);
        out.sellers *= 0.5;
    };
    const Observations observations{{monthOf(12), ObservedMetric::Sellers, 1500, std::nullopt, std::nullopt, "x"}};
    const FitResult fit = fitToObservations(scenario(0.3), {ParameterId::AnnualGrowthRate}, observations, halved);
    EXPECT_NEAR(fit.parameters[ParameterId::AnnualGrowthRate], 2.0, 1e-6);
}

TEST(Fit, WarnsOfFewerReportsThanParameters)
{
    const Observations observations = madeByTheModel(scenario(0.8), ObservedMetric::Sellers, {24});
    const FitResult fit = fitToObservations(
        scenario(0.3), {ParameterId::AnnualGrowthRate, ParameterId::InitialSellers}, observations);
    EXPECT_TRUE(warns(fit, "2 parameters fitted to 1 reported figure: other values fit as well")) << fit.warnings.size();
    // One figure, two unknowns: many pairs meet it; the one found does.
    EXPECT_LT(fit.rmsLogError, 1e-8);
}

TEST(Fit, WarnsOfAParameterThatMovesNoReportedFigureAndLeavesIt)
{
    // Hires move jobs, not sellers; the market moves nothing under exponential growth.
    const Observations observations = madeByTheModel(scenario(0.8), ObservedMetric::Sellers, {12, 24});
    const FitResult fit = fitToObservations(
        scenario(0.3), {ParameterId::AnnualGrowthRate, ParameterId::HiresPerSeller, ParameterId::MarketSize},
        observations);
    EXPECT_TRUE(warns(fit, "hires_per_seller does not move the reported figures"));
    EXPECT_TRUE(warns(fit, "market_size does not move the reported figures"));
    EXPECT_EQ(fit.fitted, std::vector<ParameterId>{ParameterId::AnnualGrowthRate});
    EXPECT_EQ(fit.parameters[ParameterId::HiresPerSeller], 2);
    EXPECT_NEAR(fit.parameters[ParameterId::AnnualGrowthRate], 0.8, 1e-6);
}

TEST(Fit, WarnsOfAValueAtTheEdgeOfItsRange)
{
    // 1000 sellers to 100,000 in a year needs g = 9900 %, far past the 1000 % the range allows.
    const Observations observations{{monthOf(12), ObservedMetric::Sellers, 1e5, std::nullopt, std::nullopt, "x"}};
    const FitResult fit = fitToObservations(scenario(0.3), {ParameterId::AnnualGrowthRate}, observations);
    ASSERT_EQ(fit.warnings.size(), 1u);
    EXPECT_EQ(fit.warnings.front().text().rfind("annual_growth_rate = ", 0), 0u) << fit.warnings.front();
    EXPECT_TRUE(warns(fit, "is at the edge of its valid range -0.5 to 10: the reports would push it further"));
    EXPECT_LE(fit.parameters[ParameterId::AnnualGrowthRate], 10.0);
    EXPECT_GT(fit.parameters[ParameterId::AnnualGrowthRate], 9.99);
    EXPECT_FALSE(fit.parameters.validate());
}

TEST(Fit, NamesWhatCannotBeFitted)
{
    const Parameters p = scenario(0.3);
    const Observations one{{monthOf(12), ObservedMetric::Sellers, 2000, std::nullopt, std::nullopt, "x"}};
    EXPECT_EQ(fitProblem({ParameterId::GrowthModel}, one, p),
              "growth_model is not a real-valued parameter: only those may be fitted");
    EXPECT_EQ(fitProblem({ParameterId::AnnualGrowthRate, ParameterId::AnnualGrowthRate}, one, p),
              "annual_growth_rate is named twice");
    EXPECT_EQ(fitProblem({ParameterId::AnnualGrowthRate}, {}, p),
              "the scenario holds no reported figures (observations) to fit to");
    const Observations outside{{YearMonth{2030, 1}, ObservedMetric::Sellers, 2000, std::nullopt, std::nullopt, "x"}};
    EXPECT_EQ(fitProblem({ParameterId::AnnualGrowthRate}, outside, p),
              "none of the scenario's reported figures falls inside it: nothing to fit to");
    EXPECT_EQ(fitProblem({}, one, p), "name at least one parameter to fit");
    EXPECT_FALSE(fitProblem({ParameterId::AnnualGrowthRate}, one, p));
}

TEST(Fit, LeavesOutJobsReportedInTheStartMonthWhenJobsAreCountedAsCreated)
{
    // Counted as created, J(0) = J_linked(0) - J_linked(0) = 0 whatever the values: a report of
    // 900 jobs in 2017-01 (the doubling scenario's linked J(0) = 900) is nothing the fit can move.
    // It is left out with the reason, and the sellers alone set the growth; counted as linked,
    // the same report is used.
    Parameters truth = scenario(1.2);
    truth.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Created));
    Observations observations = madeByTheModel(truth, ObservedMetric::Sellers, {12, 36});
    const Observation atStart{monthOf(0), ObservedMetric::Jobs, 900, std::nullopt, std::nullopt, "x"};
    observations.push_back(atStart);
    Parameters from = scenario(0.3);
    from.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Created));
    const FitResult fit = fitToObservations(from, {ParameterId::AnnualGrowthRate}, observations);
    EXPECT_EQ(fit.observationsUsed, 2);
    EXPECT_NEAR(fit.parameters[ParameterId::AnnualGrowthRate], 1.2, 1e-6);
    EXPECT_LT(fit.rmsLogError, 1e-6) << "the floor's residual, ln(1e-6) - ln(900) = -20.6, is not counted";
    ASSERT_EQ(fit.warnings.size(), 1u);
    EXPECT_EQ(fit.warnings[0].text(),
              "left out: a reported jobs figure in 2017-01 is in the start month, where no job has yet been "
              "created (jobs counted as created are 0 there, whatever the values): count jobs as linked to fit to it");

    // The report alone: nothing to fit to, and why.
    EXPECT_EQ(fitProblem({ParameterId::AnnualGrowthRate}, {atStart}, from),
              "a reported jobs figure in 2017-01 is in the start month, where no job has yet been created (jobs "
              "counted as created are 0 there, whatever the values): count jobs as linked to fit to it");

    // Linked: J(0) = 1.2 x 0.75 x 1000 = 900 with the doubling scenario's rates, a report the fit uses.
    const FitResult linked = fitToObservations(scenario(0.3), {ParameterId::AnnualGrowthRate}, observations);
    EXPECT_EQ(linked.observationsUsed, 3);
    EXPECT_FALSE(warns(linked, "left out"));
    EXPECT_NEAR(linked.parameters[ParameterId::AnnualGrowthRate], 1.2, 1e-6);
    EXPECT_FALSE(fitProblem({ParameterId::AnnualGrowthRate}, {atStart}, scenario(0.3)));
}
