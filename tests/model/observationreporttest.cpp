// Observations held against the projection and the pledge's own path, worked by hand.
#include "observationreport.h"

#include "doublingscenario.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace pledgecheck;

namespace {

// S0 = 1000 sellers doubling each year from 2017-01, J(t) = S(t): S(12) = J(12) = 2000.
using pledgecheck::testing::doublingParameters;

Observation reported(YearMonth month, ObservedMetric metric, double value, std::optional<double> low = {},
                     std::optional<double> high = {})
{
    return Observation{month, metric, value, low, high, "test"};
}

} // namespace

TEST(ObservationReport, ComparesEachReportWithTheProjectionInItsMonth)
{
    const Parameters p = doublingParameters();
    const Projection projection = project(p);
    // Sellers in 2018-01 (t = 12) reported 500, "hundreds to a thousand": projected 2000, so the
    // ratio is 2000 / 500 = 4 and the range 100 to 1000 does not hold it.
    // Jobs in 2019-01 (t = 24): S = 4000, J = 2 x 0.5 x 4000 = 4000 against 8000 reported: 0.5.
    const Observations observations{
        reported({2018, 1}, ObservedMetric::Sellers, 500, 100, 1000),
        reported({2019, 1}, ObservedMetric::Jobs, 8000),
    };
    const ObservationReport report = compareObservations(observations, p, projection, nullptr);
    ASSERT_EQ(report.size(), 2u);
    EXPECT_NEAR(report[0].projected, 2000, 1e-9);
    EXPECT_NEAR(report[0].ratio, 4, 1e-12);
    ASSERT_TRUE(report[0].withinRange.has_value());
    EXPECT_FALSE(*report[0].withinRange);
    EXPECT_FALSE(report[0].pledgePath.has_value());
    EXPECT_NEAR(report[1].projected, 4000, 1e-9);
    EXPECT_NEAR(report[1].ratio, 0.5, 1e-12);
    EXPECT_FALSE(report[1].withinRange.has_value()); // one number, no range
}

TEST(ObservationReport, ARangeHoldsAProjectionInsideItEitherEndMissing)
{
    const Parameters p = doublingParameters();
    const Projection projection = project(p); // S(12) = 2000
    const Observations observations{
        reported({2018, 1}, ObservedMetric::Sellers, 1500, 1000, 3000),
        reported({2018, 1}, ObservedMetric::Sellers, 1500, 1000),
        reported({2018, 1}, ObservedMetric::Sellers, 1500, std::nullopt, 1800),
    };
    const ObservationReport report = compareObservations(observations, p, projection, nullptr);
    ASSERT_EQ(report.size(), 3u);
    EXPECT_TRUE(*report[0].withinRange);
    EXPECT_TRUE(*report[1].withinRange);
    EXPECT_FALSE(*report[2].withinRange);
}

TEST(ObservationReport, CountsJobsOnTheScenariosBasis)
{
    Parameters p = doublingParameters();
    p.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Created));
    // Created: J(12) - J(0) = 2000 - 2 x 0.5 x 1000 = 1000.
    const ObservationReport report = compareObservations(
        {reported({2018, 1}, ObservedMetric::Jobs, 250)}, p, project(p), nullptr);
    ASSERT_EQ(report.size(), 1u);
    EXPECT_NEAR(report[0].projected, 1000, 1e-9);
    EXPECT_NEAR(report[0].ratio, 4, 1e-12);
}

TEST(ObservationReport, LeavesOutAReportOutsideTheScenario)
{
    const Parameters p = doublingParameters(); // 2017-01 to 2022-01
    const ObservationReport report = compareObservations(
        {reported({2016, 12}, ObservedMetric::Sellers, 7000), reported({2022, 2}, ObservedMetric::Sellers, 7000),
         reported({2022, 1}, ObservedMetric::Sellers, 32000)},
        p, project(p), nullptr);
    ASSERT_EQ(report.size(), 1u);
    EXPECT_EQ(report[0].observation.month, (YearMonth{2022, 1}));
    EXPECT_NEAR(report[0].ratio, 1.0, 1e-9); // S(60) = 1000 x 2^5 = 32,000
}

TEST(ObservationReport, ThePledgesOwnPathRunsFromTheScenariosStart)
{
    QString error;
    const auto pledge = pledgeAsStated(&error);
    ASSERT_TRUE(pledge) << error.toStdString();
    Parameters scenario = doublingParameters();
    scenario.set(ParameterId::Start, YearMonth{2018, 1}.toIndex());
    scenario.set(ParameterId::HorizonYears, 3);
    const Parameters pathParameters = pledgePathParameters(*pledge, scenario);
    EXPECT_EQ(pathParameters[ParameterId::Start], (YearMonth{2018, 1}.toIndex()));
    EXPECT_EQ(pathParameters[ParameterId::HorizonYears], 3);
    const Projection path = project(pathParameters);
    const ObservationReport report = compareObservations(
        {reported({2019, 1}, ObservedMetric::Sellers, 3000), reported({2019, 1}, ObservedMetric::Jobs, 3000)},
        scenario, project(scenario), &path);
    ASSERT_EQ(report.size(), 2u);
    // A year into the pledge's path: 7000 (1,000,000 / 7000)^(1/5) = 18,883.3 sellers, each
    // hiring one (linked, as the pledge counts): 18,883.3 jobs.
    const double oneYear = 7000 * std::pow(1e6 / 7000, 0.2);
    EXPECT_NEAR(oneYear, 18883.3, 0.05);
    ASSERT_TRUE(report[0].pledgePath && report[1].pledgePath);
    EXPECT_NEAR(*report[0].pledgePath, oneYear, 1e-6);
    EXPECT_NEAR(*report[1].pledgePath, oneYear, 1e-6);
}
