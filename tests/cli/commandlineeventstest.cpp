// --event YYYY-MM:ID=VALUE: read by the options, checked once the scenario stands (after the file
// and --set), added after the scenario's own events; and the real binary saving them.
#include "commandlineoptions.h"
#include "scenariofile.h"

#include "binaryrun.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pledgecheck;
using namespace pledgecheck::testing;

namespace {

std::optional<CommandLineOptions> parseOptions(QStringList arguments, QString *error)
{
    arguments.prepend("pledgecheck");
    return CommandLineOptions::parse(arguments, error);
}

std::string optionsRefusal(const QString &event)
{
    QString error;
    EXPECT_FALSE(parseOptions({"--event", event, "--summary"}, &error)) << event.toStdString();
    return error.toStdString();
}

// The scenario --save writes for @p arguments.
Scenario saved(const QTemporaryDir &folder, const QStringList &arguments)
{
    const QString path = folder.filePath("saved.pledgecheck");
    const ProcessResult result = run(arguments + QStringList {"--save", path});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    QString error;
    auto scenario = scenariofile::read(path, &error);
    EXPECT_TRUE(scenario) << error.toStdString();
    return scenario.value_or(Scenario {});
}

const std::string kChangeable
    = "growth_model, annual_growth_rate, annual_churn_rate, market_size, "
      "hires_per_seller, side_business_share, service_jobs_per_1000_sellers, "
      "export_value_per_seller, jobs_per_billion_exports, displacement_share";

} // namespace

TEST(CommandLineEvents, ReadsEachEventInTheOrderGivenAChoiceByItsName)
{
    QString error;
    const auto options = parseOptions({"--event", "2018-07:annual_growth_rate=0.1", "--event",
                                       " 2018-10 : growth_model = linear ", "--summary"},
                                      &error);
    ASSERT_TRUE(options) << error.toStdString();
    ASSERT_EQ(options->events.size(), 2);
    EXPECT_EQ(options->events[0].event,
              (ScenarioEvent {{2018, 7}, ParameterId::AnnualGrowthRate, 0.1, {}}));
    EXPECT_EQ(
        options->events[1].event,
        (ScenarioEvent {
            {2018, 10}, ParameterId::GrowthModel, static_cast<double>(GrowthModel::Linear), {}}));
    EXPECT_EQ(options->events[1].text, " 2018-10 : growth_model = linear ");
}

TEST(CommandLineEvents, RefusesAnEventThatIsNotOneSayingWhatIs)
{
    EXPECT_EQ(optionsRefusal("annual_growth_rate=0.1"),
              "--event annual_growth_rate=0.1: expected YYYY-MM:ID=VALUE, e.g. --event "
              "2018-09:annual_growth_rate=0.05");
    EXPECT_EQ(optionsRefusal("2018-09:annual_growth_rate"),
              "--event 2018-09:annual_growth_rate: expected YYYY-MM:ID=VALUE, e.g. --event "
              "2018-09:annual_growth_rate=0.05");
    EXPECT_EQ(optionsRefusal("2018-9:annual_growth_rate=0.1"),
              "--event 2018-9:annual_growth_rate=0.1: \"2018-9\" is not a month YYYY-MM");
    EXPECT_EQ(optionsRefusal("2018-09:hires=2"),
              "--event 2018-09:hires=2: unknown parameter \"hires\"; an event may change "
                  + kChangeable);
    EXPECT_EQ(optionsRefusal("2018-09:annual_growth_rate=fast"),
              "--event 2018-09:annual_growth_rate=fast: \"fast\" is not a value of "
              "annual_growth_rate; the valid "
              "range is -0.5 to 10");
    EXPECT_EQ(optionsRefusal("2018-09:growth_model=cubic"),
              "--event 2018-09:growth_model=cubic: \"cubic\" is not a value of growth_model; the "
              "valid range is "
              "exponential, logistic or linear");
    QString error;
    EXPECT_FALSE(parseOptions(
        {"--event", "2018-09:hires_per_seller=2", "a.pledgecheck", "b.pledgecheck"}, &error));
    EXPECT_TRUE(error.startsWith("more than one scenario file given")) << error.toStdString();
}

TEST(CommandLineEvents, SavesTheEventsAfterTheScenariosOwn)
{
    QTemporaryDir folder;
    Scenario own;
    own.events = {{{2019, 3}, ParameterId::HiresPerSeller, 2, "the file's own"}};
    const QString file = writeScenario(folder, "own.pledgecheck", own);
    const Scenario result = saved(folder,
                                  {"--scenario", file, "--event", "2018-10:growth_model=logistic",
                                   "--event", "2018-07:annual_growth_rate=0.1"});
    EXPECT_EQ(
        result.events,
        (ScenarioEvents {
            own.events[0],
            {{2018, 10}, ParameterId::GrowthModel, static_cast<double>(GrowthModel::Logistic), {}},
            {{2018, 7}, ParameterId::AnnualGrowthRate, 0.1, {}}}));
}

TEST(CommandLineEvents, MonthsAreCheckedAgainstTheStartAndHorizonAfterSet)
{
    // A 2025 event falls after the defaults' five years (to 2022-01), inside ten.
    EXPECT_EQ(refusal({"--event", "2025-06:annual_churn_rate=0.2", "--summary"}),
              "pledgecheck: --event 2025-06:annual_churn_rate=0.2: an event on annual_churn_rate "
              "in 2025-06 falls "
              "outside the scenario: events fall from 2017-02 to 2022-01");
    QTemporaryDir folder;
    EXPECT_EQ(
        saved(folder, {"--event", "2025-06:annual_churn_rate=0.2", "--set", "horizon_years=10"})
            .events,
        (ScenarioEvents {{{2025, 6}, ParameterId::AnnualChurnRate, 0.2, {}}}));
    // And the start moved by --set: 2017-06 is now before the month after it.
    EXPECT_EQ(refusal({"--event", "2017-06:annual_churn_rate=0.2", "--set", "start=2018-01",
                       "--summary"}),
              "pledgecheck: --event 2017-06:annual_churn_rate=0.2: an event on annual_churn_rate "
              "in 2017-06 falls "
              "outside the scenario: events fall from 2018-02 to 2023-01");
}

TEST(CommandLineEvents, RefusesWhatNoEventMayDo)
{
    EXPECT_EQ(
        refusal({"--event", "2018-09:start=2018-01", "--summary"}),
        "pledgecheck: --event 2018-09:start=2018-01: an event may not change start; it may change "
            + kChangeable);
    EXPECT_EQ(refusal({"--event", "2018-09:annual_growth_rate=20", "--summary"}),
              "pledgecheck: --event 2018-09:annual_growth_rate=20: an event in 2018-09 sets "
              "annual_growth_rate = 20 "
              "is not valid: the valid range is -0.5 to 10");
    EXPECT_EQ(refusal({"--event", "2018-09:hires_per_seller=2", "--event",
                       "2018-09:hires_per_seller=3", "--summary"}),
              "pledgecheck: --event 2018-09:hires_per_seller=3: two events change hires_per_seller "
              "in 2018-09; keep one");
}

TEST(CommandLineEvents, AFilesEventOrReportThatSetMovesOutsideIsRefused)
{
    QTemporaryDir folder;
    Scenario own;
    own.events = {{{2019, 3}, ParameterId::HiresPerSeller, 2, "the file's own"}};
    const QString file = writeScenario(folder, "own.pledgecheck", own);
    EXPECT_EQ(refusal({"--scenario", file, "--set", "horizon_years=1", "--summary"}),
              "pledgecheck: after --set: an event on hires_per_seller in 2019-03 falls outside the "
              "scenario: events "
              "fall from 2017-02 to 2018-01");
    EXPECT_EQ(refusal({"--scenario", file, "--event", "2019-03:hires_per_seller=3", "--summary"}),
              "pledgecheck: --event 2019-03:hires_per_seller=3: two events change hires_per_seller "
              "in 2019-03; keep one");
    Scenario reported;
    reported.observations = {{{2020, 6}, ObservedMetric::Sellers, 3000, 1000, 9999, "thousands"}};
    const QString reports = writeScenario(folder, "reported.pledgecheck", reported);
    EXPECT_EQ(refusal({"--scenario", reports, "--set", "horizon_years=2", "--summary"}),
              "pledgecheck: after --set: a reported sellers figure in 2020-06 falls outside the "
              "scenario: reports "
              "fall from 2017-01 to 2019-01");
}
