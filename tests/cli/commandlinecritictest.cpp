// A critic's check of the real binary on a scenario small enough to work by hand, with one event
// and reports on both sides of it: --summary's observations, the fit and the comparison must all
// tell the same story as the equations of docs/model.md ("Events", "Observations", "Fitting to
// reported data", "Comparing scenarios").
#include "binaryrun.h"
#include "doublingscenario.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace pledgecheck;
using namespace pledgecheck::testing;

namespace {

// The doubling scenario (S(t) = J(t) = 1000 x 2^(t/12), jobs linked, no churn) with the growth
// set to 0 from 2018-01, month 12: exponential with n = 0 holds the sellers at S(12) = 2000 from
// then on (docs/model.md, "Events": S(t) = S(m) (1 + n')^x), and the jobs with them.
Scenario flatFrom2018()
{
    Scenario scenario = doublingScenario();
    scenario.events.push_back({YearMonth{2018, 1}, ParameterId::AnnualGrowthRate, 0.0, "growth stops"});
    return scenario;
}

int column(const QByteArray &header, const char *name)
{
    return static_cast<int>(header.split(',').indexOf(QByteArray(name)));
}

} // namespace

TEST(CommandLineCritic, ObservationsStandAgainstTheProjectionWithItsEvent)
{
    QTemporaryDir folder;
    Scenario scenario = flatFrom2018();
    scenario.observations.push_back({YearMonth{2017, 7}, ObservedMetric::Jobs, 1000, {}, {}, "before"});
    scenario.observations.push_back({YearMonth{2019, 1}, ObservedMetric::Sellers, 500, {}, {}, "after"});
    const QString file = writeScenario(folder, "flat.pledgecheck", scenario);
    const QJsonObject summary = summaryOf({"--scenario", file});

    // Flat at 2,000 from 2018-01 to the horizon: sellers and jobs alike.
    EXPECT_NEAR(summary.value("sellers_at_horizon").toDouble(), 2000, 1e-9);
    EXPECT_NEAR(summary.value("jobs_at_horizon").toDouble(), 2000, 1e-9);
    const QJsonArray observations = summary.value("observations").toArray();
    ASSERT_EQ(observations.size(), 2);
    // Before the event, J(6) = 1000 x 2^(1/2) = 1,414.21: 1.41421 times the 1,000 reported.
    const QJsonObject before = observations[0].toObject();
    EXPECT_EQ(before.value("month").toString(), "2017-07");
    EXPECT_NEAR(before.value("projected").toDouble(), 1000 * std::sqrt(2.0), 1e-9);
    EXPECT_NEAR(before.value("ratio").toDouble(), std::sqrt(2.0), 1e-12);
    // The pledge's own path counts jobs linked, one per seller: 7,000 (1,000,000 / 7,000)^(6/60)
    // = 7,000 x e^(ln 142.857 / 10) = 7,000 x e^0.496185 = 7,000 x 1.64244 = 11,497.1.
    EXPECT_NEAR(before.value("pledge_path").toDouble(), 7000 * std::pow(1e6 / 7000, 0.1), 1e-6);
    EXPECT_NEAR(before.value("pledge_path").toDouble(), 11497.1, 0.1);
    // After it, S(24) = S(12) = 2,000, not the 4,000 of the curve without the event: 4 x 500.
    const QJsonObject after = observations[1].toObject();
    EXPECT_EQ(after.value("metric").toString(), "sellers");
    EXPECT_NEAR(after.value("projected").toDouble(), 2000, 1e-9);
    EXPECT_NEAR(after.value("ratio").toDouble(), 4, 1e-12);
    // The pledge's path has no events: 7,000 x 142.857^(24/60) = 7,000 x e^1.98474 = 7,000 x
    // 7.27714 = 50,940.0.
    EXPECT_NEAR(after.value("pledge_path").toDouble(), 50940.0, 0.1);
}

TEST(CommandLineCritic, TheFitReadsTheReportAfterTheEventThroughIt)
{
    // 1,500 sellers in 2017-07 and 2,250 in 2020-01. With the growth stopped from 2018-01 both
    // say the same: 1000 (1 + g)^(6/12) = 1500 and S(36) = S(12) = 1000 (1 + g) = 2250 give
    // g = 1.25 exactly. A fit that ignored the event would want S(36) = 1000 (1 + g)^3 = 2250,
    // g = 0.31, against 1.25 from the first report: it could not fit both.
    QTemporaryDir folder;
    Scenario scenario = flatFrom2018();
    scenario.observations.push_back({YearMonth{2017, 7}, ObservedMetric::Sellers, 1500, {}, {}, "a"});
    scenario.observations.push_back({YearMonth{2020, 1}, ObservedMetric::Sellers, 2250, {}, {}, "b"});
    const QString file = writeScenario(folder, "fit.pledgecheck", scenario);
    const QJsonObject summary = summaryOf({"--scenario", file, "--fit", "annual_growth_rate"});
    const QJsonObject fit = summary.value("fit").toObject();
    EXPECT_NEAR(fit.value("parameters").toObject().value("annual_growth_rate").toDouble(), 1.25, 1e-6);
    EXPECT_LT(fit.value("rms_log_error").toDouble(), 1e-8);
    EXPECT_EQ(fit.value("observations_used").toInt(), 2);
    // And everything printed after it: flat at 2,250 to the horizon, each report met.
    EXPECT_NEAR(summary.value("sellers_at_horizon").toDouble(), 2250, 1e-5);
    for (const QJsonValue &o : summary.value("observations").toArray())
        EXPECT_NEAR(o.toObject().value("ratio").toDouble(), 1, 1e-8);
}

TEST(CommandLineCritic, TheComparisonProjectsEachScenarioWithItsOwnEvents)
{
    // The scenario with its event beside the same scenario without it, as a file: 2,000 jobs at
    // the horizon against 1000 x 2^5 = 32,000.
    QTemporaryDir folder;
    const QString withEvent = writeScenario(folder, "flat.pledgecheck", flatFrom2018());
    const QString without = writeScenario(folder, "doubling.pledgecheck", doublingScenario());
    const QList<QByteArray> rows = csvRowsWritten(
        "--compare-csv", {"--scenario", withEvent, "--compare", without});
    ASSERT_EQ(rows.size(), 3);
    const int jobs = column(rows[0], "jobs_at_horizon");
    const int events = column(rows[0], "events");
    ASSERT_GE(jobs, 0);
    ASSERT_GE(events, 0);
    EXPECT_NEAR(csvNumber(rows[1].split(',')[jobs]), 2000, 1e-9);
    EXPECT_EQ(rows[1].split(',')[events], "1");
    EXPECT_NEAR(csvNumber(rows[2].split(',')[jobs]), 32000, 1e-6);
    EXPECT_EQ(rows[2].split(',')[events], "0");
}
