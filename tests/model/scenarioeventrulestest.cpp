#include "scenarioeventrules.h"

#include "parametertable.h"

#include <gtest/gtest.h>

using namespace pledgecheck;
using namespace pledgecheck::eventrules;

namespace {

// The defaults start in 2017-01 with a five-year horizon: events fall from 2017-02 to 2022-01,
// observations from 2017-01 to 2022-01.
ScenarioEvent growthEvent(YearMonth month, double value)
{
    return {.month = month, .parameter = ParameterId::AnnualGrowthRate, .value = value, .note = {}};
}

Observation sellersReport(YearMonth month, double value)
{
    return {.month = month, .metric = ObservedMetric::Sellers, .value = value, .low = {}, .high = {}, .source = {}};
}

} // namespace

TEST(EventRules, EventsFallFromTheMonthAfterTheStartToTheHorizon)
{
    const Parameters defaults;
    EXPECT_EQ(firstEventMonth(defaults), (YearMonth{2017, 2}));
    EXPECT_EQ(lastMonth(defaults), (YearMonth{2022, 1}));
    EXPECT_FALSE(eventProblem(growthEvent({2017, 2}, 0.1), defaults));
    EXPECT_FALSE(eventProblem(growthEvent({2022, 1}, 0.1), defaults));
    EXPECT_EQ(eventProblem(growthEvent({2017, 1}, 0.1), defaults),
              "an event on annual_growth_rate in 2017-01 falls outside the scenario: events fall from "
              "2017-02 to 2022-01");
    EXPECT_TRUE(eventProblem(growthEvent({2022, 2}, 0.1), defaults));
}

TEST(EventRules, OnlyParametersThatMayChangeOnADateMay)
{
    const Parameters defaults;
    ScenarioEvent pledge = growthEvent({2018, 9}, 5e5);
    pledge.parameter = ParameterId::TargetJobs;
    const auto problem = eventProblem(pledge, defaults);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->text().rfind("an event may not change target_jobs; it may change growth_model, annual_growth_rate",
                             0),
              0u)
        << *problem;
    for (ParameterId fixed : {ParameterId::Start, ParameterId::HorizonYears, ParameterId::InitialSellers,
                              ParameterId::HiringLagMonths, ParameterId::JobCountBasis}) {
        pledge.parameter = fixed;
        pledge.value = descriptor(fixed).defaultValue;
        EXPECT_TRUE(eventProblem(pledge, defaults)) << descriptor(fixed).key;
    }
}

TEST(EventRules, AValueOutsideItsRangeIsRefusedWithTheRange)
{
    const Parameters defaults;
    EXPECT_EQ(eventProblem(growthEvent({2018, 9}, 20.0), defaults),
              "an event in 2018-09 sets annual_growth_rate = 20 is not valid: the valid range is "
                  + describeRange(descriptor(ParameterId::AnnualGrowthRate)));
    ScenarioEvent curve = growthEvent({2018, 9}, 3);
    curve.parameter = ParameterId::GrowthModel;
    EXPECT_TRUE(eventProblem(curve, defaults));
    curve.value = 2; // linear
    EXPECT_FALSE(eventProblem(curve, defaults));
}

TEST(EventRules, TwoEventsOnOneParameterInOneMonthAreRefused)
{
    const Parameters defaults;
    ScenarioEvents events{growthEvent({2018, 9}, 0.1), growthEvent({2019, 1}, 0.0)};
    EXPECT_FALSE(eventsProblem(events, defaults));
    events.push_back(growthEvent({2018, 9}, 0.2));
    EXPECT_EQ(eventsProblem(events, defaults), "two events change annual_growth_rate in 2018-09; keep one");
}

TEST(EventRules, ObservationsFallFromTheStartToTheHorizon)
{
    const Parameters defaults;
    EXPECT_FALSE(observationProblem(sellersReport({2017, 1}, 7000), defaults));
    EXPECT_FALSE(observationProblem(sellersReport({2022, 1}, 7000), defaults));
    EXPECT_EQ(observationProblem(sellersReport({2016, 12}, 7000), defaults),
              "a reported sellers figure in 2016-12 falls outside the scenario: reports fall from 2017-01 to "
              "2022-01");
}

TEST(EventRules, AReportIsAPositiveCountInsideItsOwnRange)
{
    const Parameters defaults;
    EXPECT_EQ(observationProblem(sellersReport({2020, 1}, 0), defaults),
              "a reported sellers figure in 2020-01 is 0: a reported count must be above 0");
    Observation thousands = sellersReport({2020, 1}, 3000);
    thousands.low = 1000;
    thousands.high = 9000;
    EXPECT_FALSE(observationProblem(thousands, defaults));
    thousands.low = 4000;
    EXPECT_EQ(observationProblem(thousands, defaults),
              "a reported sellers figure in 2020-01 has low 4000: low must be above 0 and at most the value 3000");
    thousands.low = 1000;
    thousands.high = 2000;
    EXPECT_EQ(observationProblem(thousands, defaults),
              "a reported sellers figure in 2020-01 has high 2000: high must be at least the value 3000");
}

TEST(EventRules, MetricsReadTheirFileNames)
{
    EXPECT_EQ(findMetric("sellers"), ObservedMetric::Sellers);
    EXPECT_EQ(findMetric("jobs"), ObservedMetric::Jobs);
    EXPECT_FALSE(findMetric("Jobs"));
    EXPECT_EQ(metricKey(ObservedMetric::Jobs), "jobs");
}
