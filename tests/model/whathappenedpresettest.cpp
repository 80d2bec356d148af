// The "what-happened" preset (resources/presets/what-happened.json; docs/model.md, "Presets"):
// its inputs, events and reports as cited, its projection worked out by hand, and its starting
// growth as the fit to its two reports gives it.
#include "fit.h"
#include "keyfigures.h"
#include "observationreport.h"
#include "presetlibrary.h"
#include "projection.h"

#include <gtest/gtest.h>

#include <cmath>
#include <initializer_list>
#include <string>

using namespace pledgecheck;

namespace {

constexpr double kChurn = 0.13;
constexpr double kMarket = 287835;
constexpr double kFittedGrowth = 0.1394; // as the file holds it, rounded to four places

Scenario preset(const char *name)
{
    QString error;
    const auto scenario = presetlibrary::load(QString::fromLatin1(name), &error);
    EXPECT_TRUE(scenario) << error.toStdString();
    return scenario.value_or(Scenario{});
}

Scenario whatHappened()
{
    return preset("what-happened");
}

// The logistic curve from S sellers over x years at net growth n (docs/model.md, "Events").
double logisticFrom(double sellers, double n, double years)
{
    return kMarket / (1 + (kMarket / sellers - 1) * std::pow(1 + n, -years));
}

// Whether @p text, a note or a source, cites each of @p parts.
void expectMentions(const std::string &text, std::initializer_list<const char *> parts)
{
    for (const char *part : parts)
        EXPECT_NE(text.find(part), std::string::npos) << part;
}

} // namespace

TEST(WhatHappenedPreset, TakesTheScepticsInputsButItsFittedGrowth)
{
    const Scenario scenario = whatHappened();
    EXPECT_EQ(scenario.name, "What happened (reports, 2017 to 2020)");
    Parameters expected = preset("sceptic").parameters;
    expected.set(ParameterId::AnnualGrowthRate, kFittedGrowth);
    EXPECT_EQ(scenario.parameters, expected);
    EXPECT_EQ(monthsFromStart(scenario.parameters, YearMonth{2017, 1}), 0);
    EXPECT_EQ(monthsFromStart(scenario.parameters, YearMonth{2018, 9}), 20); // the reports and events below count from it
    EXPECT_EQ(scenario.parameters[ParameterId::InitialSellers], 7000); // CNNMoney, Jan 2017
    expectMentions(scenario.note, {"CNNMoney", "SBA Office of Advocacy", "Wired", "--fit annual_growth_rate",
                                   "judgement", "36,600"});
}

TEST(WhatHappenedPreset, HoldsTheTradeWarAndTheWithdrawalAsCited)
{
    const Scenario scenario = whatHappened();
    ASSERT_EQ(scenario.events.size(), 2u);
    const ScenarioEvent &tradeWar = scenario.events[0];
    const ScenarioEvent &withdrawal = scenario.events[1];
    // The trade war: net zero with 13 % churn, (1 + g)(1 - 0.13) = 1, g = 1/0.87 - 1 = 0.149425...
    EXPECT_EQ(tradeWar, (ScenarioEvent{YearMonth{2018, 7}, ParameterId::AnnualGrowthRate, 1 / (1 - kChurn) - 1,
                                       tradeWar.note}));
    EXPECT_NEAR((1 + tradeWar.value) * (1 - kChurn), 1.0, 1e-15);
    expectMentions(tradeWar.note, {"6 July 2018", "judgement"});
    // The withdrawal: no new sellers, growth 0.
    EXPECT_EQ(withdrawal, (ScenarioEvent{YearMonth{2018, 9}, ParameterId::AnnualGrowthRate, 0, withdrawal.note}));
    expectMentions(withdrawal.note, {"19 September 2018", "\"no way to deliver the promise\"", "judgement"});
}

TEST(WhatHappenedPreset, HoldsTheTwoReportsAsCitedTheFirstAProxy)
{
    const Scenario scenario = whatHappened();
    ASSERT_EQ(scenario.observations.size(), 2u);
    const Observation &tmall = scenario.observations[0];
    const Observation &thousands = scenario.observations[1];
    // 19,000 foreign brands at the US share of January 2017, 7,000 of 14,500: 9,172.4, between the
    // US brands of January 2017 and every brand.
    EXPECT_EQ(tmall, (Observation{YearMonth{2018, 9}, ObservedMetric::Sellers, std::round(19000.0 * 7000 / 14500),
                                  7000, 19000, tmall.source}));
    expectMentions(tmall.source, {"A proxy, not a count of US sellers", "28 Sept 2018"});
    // "Thousands": 1,000 to 9,999 at the geometric midpoint, 3,162.1.
    EXPECT_EQ(thousands, (Observation{YearMonth{2020, 9}, ObservedMetric::Sellers,
                                      std::round(std::sqrt(1000.0 * 9999)), 1000, 9999, thousands.source}));
    expectMentions(thousands.source, {"\"adding to the thousands\"", "September 2020"});
}

TEST(WhatHappenedPreset, ProjectsTheSellersAndJobsWorkedOutByHand)
{
    const Scenario scenario = whatHappened();
    const Projection projection = project(scenario.parameters, scenario.events);
    // Net growth to 2018-07: n = 1.1394 x 0.87 - 1 = -0.008722. Logistic from 7,000 over 1.5 years:
    // (1 + n)^-1.5 = 1.013227, K/S0 - 1 = 287,835/7,000 - 1 = 40.119286, so
    // S(18) = 287,835 / (1 + 40.119286 x 1.013227) = 287,835 / 41.649927 = 6,910.81.
    const double s18 = 6910.81;
    EXPECT_NEAR(projection.sellers(18), s18, 0.01);
    EXPECT_NEAR(logisticFrom(7000, 1.1394 * 0.87 - 1, 1.5), s18, 0.01);
    // The trade war's net zero holds them there: S(20) = S(18), in the report's month 2018-09.
    EXPECT_NEAR(projection.sellers(19), projection.sellers(18), 1e-9);
    EXPECT_NEAR(projection.sellers(20), projection.sellers(18), 1e-9);
    // From 2018-09 growth 0, n = -0.13: S(44) = 287,835 / (1 + (287,835/6,910.81 - 1) x 0.87^-2)
    // = 287,835 / (1 + 40.650 x 1.321179) = 5,261.50 in 2020-09; S(60) with 0.87^-(40/12) =
    // 1.590... : 4,383.45 in 2022-01.
    EXPECT_NEAR(projection.sellers(44), 5261.50, 0.01);
    EXPECT_NEAR(projection.sellers(60), 4383.45, 0.01);
    EXPECT_NEAR(projection.sellers(44), logisticFrom(s18, -kChurn, 2.0), 0.01);
    // Jobs linked: 0.5 x (0.12 x 1 x S(t - 6) + 0.03 x S(t)); at the start 0.5 x 0.15 x 7,000 = 525.
    // S(54) = 4,694.40, so J_linked(60) = 0.5 x (0.12 x 4,694.40 + 0.03 x 4,383.45) = 347.42 and the
    // jobs created are 347.42 - 525 = -177.58: jobs lost.
    EXPECT_NEAR(projection.sellers(54), 4694.40, 0.01);
    const KeyFigures figures = computeKeyFigures(scenario.parameters, projection);
    EXPECT_NEAR(figures.jobsLinkedAtHorizon, 347.42, 0.01);
    EXPECT_NEAR(figures.jobsAtHorizon, -177.58, 0.01);
    EXPECT_FALSE(figures.targetMetMonth);
}

TEST(WhatHappenedPreset, StandsFarFromThePledgesOwnPathAtTheReports)
{
    const Scenario scenario = whatHappened();
    const ObservationReport report = reportObservations(scenario, project(scenario.parameters, scenario.events));
    ASSERT_EQ(report.size(), 2u);
    // The pledge's own path at 2018-09, month 20: 7,000 x (1,000,000 / 7,000)^(20/60) = 36,593.1;
    // at 2020-09, month 44: 7,000 x 142.857^(44/60) = 266,292.8.
    ASSERT_TRUE(report[0].pledgePath);
    EXPECT_NEAR(*report[0].pledgePath, 36593.06, 0.01);
    ASSERT_TRUE(report[1].pledgePath);
    EXPECT_NEAR(*report[1].pledgePath, 266292.83, 0.01);
    // The projection, fitted to both, is below the proxy's range and inside "thousands".
    EXPECT_NEAR(report[0].ratio, 6910.81 / 9172, 1e-5);
    EXPECT_EQ(report[0].withinRange, false);
    EXPECT_NEAR(report[1].ratio, 5261.50 / 3162, 1e-5);
    EXPECT_EQ(report[1].withinRange, true);
}

TEST(WhatHappenedPreset, ItsGrowthIsTheFitToItsReports)
{
    const Scenario scenario = whatHappened();
    const FitResult fit = fitToObservations(scenario.parameters, {ParameterId::AnnualGrowthRate},
                                            scenario.observations, scenarioProjector(scenario));
    EXPECT_TRUE(fit.converged);
    EXPECT_TRUE(fit.warnings.empty());
    EXPECT_EQ(fit.observationsUsed, 2);
    // The file rounds the fit to four places: within half a unit of the fourth.
    EXPECT_NEAR(fit.parameters[ParameterId::AnnualGrowthRate], kFittedGrowth, 0.5e-4);
    // By hand: with net zero from 2018-07 and -13 % a year from 2018-09, S(44) = 0.7614 S(20) (0.87^2
    // = 0.757, bent a little by the market), and both reports are ranges of equal weight, so the
    // fit sets ln S(20) near the mean of ln 11,532.6 (the proxy's midpoint, sqrt(7,000 x 19,000))
    // and ln(3,162.1 / 0.7614): S(20) = 6,921, within 0.2 % of the 6,910.6 it finds (the market
    // makes S(44) move 1.006 times as fast as S(20)). There the errors are ln(6,910.6 / 11,532.6)
    // = -0.5121 and ln(5,261.3 / 3,162.1) = +0.5091: rms 0.5106, both about 1.67 times off.
    EXPECT_NEAR(fit.rmsLogError, 0.5106, 0.5e-4);
}
