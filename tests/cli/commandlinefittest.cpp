// --summary's "observations" and --fit: the refusals from the real binary, and the numbers from
// scenarios built in code (their observations reach the command line once scenario files hold
// them), run in process through runHeadless()'s given scenario.
#include "headlessrun.h"
#include "observationreport.h"

#include "binaryrun.h"
#include "doublingscenario.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <cmath>

using namespace pledgecheck;
using namespace pledgecheck::testing;

namespace {

using pledgecheck::testing::doublingScenario; // S(12) = 2000 and J(12) = 2000

struct InProcessRun {
    int exitCode = -1;
    QString out;
    QString err;
};

InProcessRun runOn(const Scenario &given, const QStringList &flags)
{
    QString error;
    const auto options = CommandLineOptions::parse(QStringList{"pledgecheck"} + flags, &error);
    EXPECT_TRUE(options) << error.toStdString();
    InProcessRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = runHeadless(*options, out, err, &given);
    return result;
}

QJsonObject summaryOn(const Scenario &given, const QStringList &flags = {})
{
    const InProcessRun result = runOn(given, QStringList{"--summary"} + flags);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

} // namespace

TEST(CommandLineFit, SummaryHoldsAnEmptyObservationsArrayForAScenarioWithNone)
{
    const QJsonObject summary = summaryOf({"--preset", "central"});
    ASSERT_TRUE(summary.value("observations").isArray());
    EXPECT_TRUE(summary.value("observations").toArray().isEmpty());
    EXPECT_FALSE(summary.contains("fit"));
}

TEST(CommandLineFit, SummaryHoldsEachObservationAgainstTheProjectionAndThePledgesPath)
{
    Scenario scenario = doublingScenario();
    scenario.observations.push_back({YearMonth{2018, 1}, ObservedMetric::Sellers, 500, 100, 1000, "a report"});
    const QJsonArray observations = summaryOn(scenario).value("observations").toArray();
    ASSERT_EQ(observations.size(), 1);
    const QJsonObject o = observations.first().toObject();
    EXPECT_EQ(o.value("month").toString(), "2018-01");
    EXPECT_EQ(o.value("metric").toString(), "sellers");
    EXPECT_EQ(o.value("reported").toDouble(), 500);
    EXPECT_EQ(o.value("low").toDouble(), 100);
    EXPECT_EQ(o.value("high").toDouble(), 1000);
    // S(12) = 1000 x 2 = 2000: 2000 / 500 = 4 times the report, above its range.
    EXPECT_NEAR(o.value("projected").toDouble(), 2000, 1e-9);
    EXPECT_NEAR(o.value("ratio").toDouble(), 4, 1e-12);
    EXPECT_EQ(o.value("within_range"), QJsonValue(false));
    // The pledge's own path a year on: 7000 (1,000,000 / 7000)^(1/5) = 18,883.3 sellers.
    EXPECT_NEAR(o.value("pledge_path").toDouble(), 7000 * std::pow(1e6 / 7000, 0.2), 1e-6);
    EXPECT_EQ(o.value("source").toString(), "a report");
}

TEST(CommandLineFit, FitsBeforeItPrintsAndSaysHowWell)
{
    // Sellers of 3000 in 2018-01 and 9000 in 2019-01 from 1000: growth of 200 % meets both.
    Scenario scenario = doublingScenario();
    scenario.observations.push_back({YearMonth{2018, 1}, ObservedMetric::Sellers, 3000, {}, {}, "a"});
    scenario.observations.push_back({YearMonth{2019, 1}, ObservedMetric::Sellers, 9000, {}, {}, "b"});
    const QJsonObject summary = summaryOn(scenario, {"--fit", "annual_growth_rate"});
    const QJsonObject fit = summary.value("fit").toObject();
    EXPECT_NEAR(fit.value("parameters").toObject().value("annual_growth_rate").toDouble(), 2.0, 1e-6);
    EXPECT_LT(fit.value("rms_log_error").toDouble(), 1e-8);
    EXPECT_EQ(fit.value("observations_used").toInt(), 2);
    EXPECT_EQ(fit.value("converged"), QJsonValue(true));
    EXPECT_TRUE(fit.value("warnings").toArray().isEmpty());
    // Everything printed uses the fitted growth: S(60) = 1000 x 3^5 = 243,000.
    EXPECT_NEAR(summary.value("sellers_at_horizon").toDouble(), 243000, 243000 * 1e-6);
    EXPECT_NEAR(summary.value("observations").toArray().first().toObject().value("ratio").toDouble(), 1, 1e-6);
}

TEST(CommandLineFit, PrintsTheFitsWarningsOnStandardError)
{
    Scenario scenario = doublingScenario();
    scenario.observations.push_back({YearMonth{2018, 1}, ObservedMetric::Sellers, 3000, {}, {}, "a"});
    const InProcessRun result = runOn(scenario, {"--summary", "--fit", "annual_growth_rate,hires_per_seller"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.err.toStdString(),
              "pledgecheck: --fit: hires_per_seller does not move the reported figures in this scenario: "
              "left at 2\n");
}

TEST(CommandLineFit, RefusesWhatCannotBeFitted)
{
    EXPECT_EQ(refusal({"--summary", "--fit", "growth_model"}),
              "pledgecheck: --fit growth_model: growth_model is not a real-valued parameter: only those may be "
              "fitted (see pledgecheck --help)");
    EXPECT_EQ(refusal({"--summary", "--fit", "annual_growth_rate,nonsense"}),
              "pledgecheck: --fit annual_growth_rate,nonsense: unknown parameter \"nonsense\" "
              "(--list-parameters lists them) (see pledgecheck --help)");
    EXPECT_EQ(refusal({"--summary", "--fit", "hires_per_seller,hires_per_seller"}),
              "pledgecheck: --fit hires_per_seller,hires_per_seller: hires_per_seller is named twice (see pledgecheck --help)");
    EXPECT_EQ(refusal({"--summary", "--preset", "central", "--fit", "annual_growth_rate"}),
              "pledgecheck: --fit: the scenario holds no reported figures (observations) to fit to");
    EXPECT_EQ(refusal({"--summary", "--fit", "annual_growth_rate", "--fit", "hires_per_seller"}),
              "pledgecheck: --fit is given 2 times; give it once (see pledgecheck --help)");
}
