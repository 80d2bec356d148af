// Format version 4's events and observations in the scenario file (docs/scenario-format.md,
// "Events" and "Observations"): what is written, what reads back, and every refusal, quoted.
#include "scenariofile.h"

#include "parametertable.h"
#include "presetlibrary.h"
#include "scenarioeventsjson.h"
#include "scenariotext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pledgecheck;

namespace {

// The defaults: start 2017-01, horizon five years, so events fall from 2017-02 to 2022-01 and
// observations from 2017-01 to 2022-01.
Scenario withEventsAndObservations()
{
    Scenario s;
    s.name = "Events";
    s.note = "A trade war and a withdrawal";
    s.events = {
        {.month = {2018, 7},
         .parameter = ParameterId::AnnualGrowthRate,
         .value = 0.123456789012345,
         .note = "Trade war: first US tariffs on Chinese goods"},
        {.month = {2018, 9},
         .parameter = ParameterId::GrowthModel,
         .value = static_cast<double>(GrowthModel::Linear),
         .note = "Withdrawal, \"no way\"\n19 Sep"},
        {.month = {2018, 9}, .parameter = ParameterId::HiresPerSeller, .value = 0, .note = {}},
    };
    s.observations = {
        {.month = {2020, 6},
         .metric = ObservedMetric::Sellers,
         .value = 3000,
         .low = 1000,
         .high = 9999,
         .source = "Tmall Global: \"thousands\" of US brands"},
        {.month = {2019, 1},
         .metric = ObservedMetric::Jobs,
         .value = 1e-7,
         .low = {},
         .high = {},
         .source = "x"},
        {.month = {2017, 1},
         .metric = ObservedMetric::Sellers,
         .value = 7000,
         .low = {},
         .high = 8000,
         .source = "CNNMoney"},
    };
    return s;
}

QJsonObject jsonOf(const Scenario &scenario)
{
    return QJsonDocument::fromJson(scenariofile::serialize(scenario)).object();
}

// A file of the defaults with @p key set to @p value ("events": [...]).
QJsonObject fileWith(const QString &key, const QJsonValue &value,
                     int version = scenariofile::kFormatVersion)
{
    QJsonObject root = jsonOf(Scenario {});
    root.insert(key, value);
    root.insert("version", version);
    return root;
}

QJsonObject event(const QString &month, const QString &parameter, const QJsonValue &value)
{
    return {{"month", month}, {"parameter", parameter}, {"value", value}, {"note", "why"}};
}

QJsonObject report(const QString &month, const QString &metric, double value)
{
    return {{"month", month}, {"metric", metric}, {"value", value}, {"source", "who"}};
}

std::string refusal(const QJsonObject &root)
{
    QString error;
    const auto scenario = scenariofile::parse(QJsonDocument(root).toJson(), &error);
    EXPECT_FALSE(scenario) << QJsonDocument(root).toJson().toStdString();
    return error.toStdString();
}

std::string eventRefusal(const QJsonValue &entry)
{
    return refusal(fileWith("events", QJsonArray {event("2018-01", "hires_per_seller", 2), entry}));
}

std::string observationRefusal(const QJsonValue &entry)
{
    return refusal(fileWith("observations", QJsonArray {report("2018-01", "jobs", 2), entry}));
}

const std::string kChangeable
    = "growth_model, annual_growth_rate, annual_churn_rate, market_size, "
      "hires_per_seller, side_business_share, service_jobs_per_1000_sellers, "
      "export_value_per_seller, jobs_per_billion_exports, displacement_share";

} // namespace

TEST(ScenarioFileEvents, RoundTripEveryEventAndObservationExactlyInOrder)
{
    const Scenario original = withEventsAndObservations();
    QString error;
    const QByteArray bytes = scenariofile::serialize(original);
    const auto read = scenariofile::parse(bytes, &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(*read, original);
    EXPECT_EQ(scenariofile::serialize(*read), bytes) << "read and written again, byte for byte";
}

TEST(ScenarioFileEvents, WritesAChoiceByItsNameAndARangeOnlyWhereThereIsOne)
{
    const QJsonObject root = jsonOf(withEventsAndObservations());
    EXPECT_EQ(root.value("version").toInt(), 4);
    const QJsonArray events = root.value("events").toArray();
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[1].toObject(),
              (QJsonObject {{"month", "2018-09"},
                            {"parameter", "growth_model"},
                            {"value", "linear"},
                            {"note", "Withdrawal, \"no way\"\n19 Sep"}}));
    EXPECT_EQ(events[0].toObject().value("value").toDouble(), 0.123456789012345);
    const QJsonArray observations = root.value("observations").toArray();
    ASSERT_EQ(observations.size(), 3);
    EXPECT_EQ(observations[0].toObject(),
              (QJsonObject {{"month", "2020-06"},
                            {"metric", "sellers"},
                            {"value", 3000},
                            {"low", 1000},
                            {"high", 9999},
                            {"source", "Tmall Global: \"thousands\" of US brands"}}));
    EXPECT_FALSE(observations[1].toObject().contains("low"));
    EXPECT_FALSE(observations[1].toObject().contains("high"));
    EXPECT_FALSE(observations[2].toObject().contains("low"));
    EXPECT_EQ(observations[2].toObject().value("high").toDouble(), 8000);
}

TEST(ScenarioFileEvents, AScenarioWithoutAnyWritesNeitherKey)
{
    // Version 4, but the same keys as a version 3 file: its bytes differ from version 3's in the
    // version alone.
    const QJsonObject root = jsonOf(Scenario {});
    EXPECT_EQ(root.keys(),
              (QStringList {"format", "name", "note", "parameters", "uncertainty", "version"}));
    QJsonObject asVersionThree = root;
    asVersionThree.insert("version", 3);
    QString error;
    const auto read = scenariofile::parse(QJsonDocument(asVersionThree).toJson(), &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(*read, Scenario {});
}

TEST(ScenarioFileEvents, EmptyArraysReadAsNone)
{
    QJsonObject root = fileWith("events", QJsonArray {});
    root.insert("observations", QJsonArray {});
    QString error;
    const auto read = scenariofile::parse(QJsonDocument(root).toJson(), &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_TRUE(read->events.empty());
    EXPECT_TRUE(read->observations.empty());
}

TEST(ScenarioFileEvents, AnOlderVersionHasNeitherKey)
{
    for (const int version : {1, 2, 3}) {
        QJsonObject root
            = fileWith("events", QJsonArray {event("2018-01", "hires_per_seller", 2)}, version);
        if (version == 1)
            root.remove("uncertainty");
        EXPECT_EQ(refusal(root), "unknown key \"events\"") << version;
        root.remove("events");
        root.insert("observations", QJsonArray {});
        EXPECT_EQ(refusal(root), "unknown key \"observations\"") << version;
    }
}

TEST(ScenarioFileEvents, EventMonthsAreCheckedAgainstTheStartAndHorizonAsWritten)
{
    // 2025-06 falls after a five-year horizon from 2017-01, inside a ten-year one.
    QJsonObject root = fileWith("events", QJsonArray {event("2025-06", "annual_churn_rate", 0.2)});
    EXPECT_EQ(refusal(root),
              "events[0]: an event on annual_churn_rate in 2025-06 falls outside the scenario: "
              "events fall from 2017-02 to 2022-01");
    QJsonObject parameters = root.value("parameters").toObject();
    parameters.insert("horizon_years", 10);
    root.insert("parameters", parameters);
    QString error;
    const auto read = scenariofile::parse(QJsonDocument(root).toJson(), &error);
    ASSERT_TRUE(read) << error.toStdString();
    ASSERT_EQ(read->events.size(), 1u);
    EXPECT_EQ(read->events[0].month, (YearMonth {2025, 6}));
}

TEST(ScenarioFileEvents, RefusesBadEventsNamingTheEntryByItsIndex)
{
    EXPECT_EQ(refusal(fileWith("events", QJsonObject {})),
              "events: expected an array, found an object");
    EXPECT_EQ(eventRefusal(3),
              "events[1]: expected an object such as {\"month\": \"2018-09\", \"parameter\": "
              "\"annual_growth_rate\", \"value\": 0.05, \"note\": \"...\"}, found a number");
    QJsonObject noNote = event("2018-02", "hires_per_seller", 2);
    noNote.remove("note");
    EXPECT_EQ(eventRefusal(noNote), "missing key \"events[1].note\"");
    QJsonObject colour = event("2018-02", "hires_per_seller", 2);
    colour.insert("colour", "red");
    EXPECT_EQ(eventRefusal(colour), "unknown key \"events[1].colour\"");
    EXPECT_EQ(
        eventRefusal(QJsonObject {
            {"month", 201802}, {"parameter", "hires_per_seller"}, {"value", 2}, {"note", ""}}),
        "events[1].month: expected a month \"YYYY-MM\", found a number");
    EXPECT_EQ(eventRefusal(event("2018-2", "hires_per_seller", 2)),
              "events[1].month: \"2018-2\" is not a month \"YYYY-MM\"");
    EXPECT_EQ(eventRefusal(event("2017-01", "hires_per_seller", 2)),
              "events[1]: an event on hires_per_seller in 2017-01 falls outside the scenario: "
              "events fall from "
              "2017-02 to 2022-01");
    EXPECT_EQ(eventRefusal(event("2022-02", "hires_per_seller", 2)),
              "events[1]: an event on hires_per_seller in 2022-02 falls outside the scenario: "
              "events fall from "
              "2017-02 to 2022-01");
    EXPECT_EQ(eventRefusal(event("2018-02", "hires", 2)),
              "events[1].parameter: unknown parameter \"hires\"; an event may change "
                  + kChangeable);
    EXPECT_EQ(eventRefusal(event("2018-02", "horizon_years", 6)),
              "events[1]: an event may not change horizon_years; it may change " + kChangeable);
    EXPECT_EQ(eventRefusal(event("2018-02", "start", "2018-01")),
              "events[1]: an event may not change start; it may change " + kChangeable);
    EXPECT_EQ(eventRefusal(event("2018-02", "annual_growth_rate", 20)),
              "events[1]: an event in 2018-02 sets annual_growth_rate = 20 is not valid: the valid "
              "range is -0.5 to 10");
    EXPECT_EQ(eventRefusal(event("2018-02", "annual_growth_rate", "0.5")),
              "events[1].value: expected a number, found a string");
    EXPECT_EQ(eventRefusal(event("2018-02", "growth_model", 1)),
              "events[1].value: expected a string, found a number");
    EXPECT_EQ(eventRefusal(event("2018-02", "growth_model", "cubic")),
              "events[1].value: \"cubic\" is not valid: the valid range is exponential, logistic "
              "or linear");
    EXPECT_EQ(
        eventRefusal(QJsonObject {
            {"month", "2018-02"}, {"parameter", "hires_per_seller"}, {"value", 2}, {"note", 7}}),
        "events[1].note: expected a string, found a number");
}

TEST(ScenarioFileEvents, RefusesTwoEventsOnOneParameterInOneMonthNamingTheLater)
{
    const QJsonArray events {
        event("2018-09", "annual_growth_rate", 0.1), event("2018-09", "hires_per_seller", 2),
        event("2019-01", "annual_growth_rate", 0.2), event("2018-09", "annual_growth_rate", 0.3),
        event("2019-01", "annual_growth_rate", 0.2)};
    EXPECT_EQ(refusal(fileWith("events", events)),
              "events[3]: two events change annual_growth_rate in 2018-09; keep one");
}

TEST(ScenarioFileEvents, RefusesBadObservationsNamingTheEntryByItsIndex)
{
    EXPECT_EQ(refusal(fileWith("observations", "thousands")),
              "observations: expected an array, found a string");
    EXPECT_EQ(observationRefusal(QJsonArray {}),
              "observations[1]: expected an object such as {\"month\": \"2020-06\", \"metric\": "
              "\"sellers\", "
              "\"value\": 3000, \"source\": \"...\"}, found an array");
    EXPECT_EQ(
        observationRefusal(report("2018-01", "revenue", 5)),
        "observations[1].metric: unknown metric \"revenue\"; the metrics are sellers or jobs");
    QJsonObject noSource = report("2018-01", "jobs", 5);
    noSource.remove("source");
    EXPECT_EQ(observationRefusal(noSource), "missing key \"observations[1].source\"");
    QJsonObject extra = report("2018-01", "jobs", 5);
    extra.insert("mid", 4);
    EXPECT_EQ(observationRefusal(extra), "unknown key \"observations[1].mid\"");
    QJsonObject quotedLow = report("2018-01", "jobs", 5);
    quotedLow.insert("low", "4");
    EXPECT_EQ(observationRefusal(quotedLow),
              "observations[1].low: expected a number, found a string");
    QJsonObject lowAbove = report("2018-01", "sellers", 5);
    lowAbove.insert("low", 6);
    EXPECT_EQ(observationRefusal(lowAbove),
              "observations[1]: a reported sellers figure in 2018-01 has low 6: low must be above "
              "0 and at most "
              "the value 5");
    QJsonObject highBelow = report("2018-01", "sellers", 5);
    highBelow.insert("high", 4.5);
    EXPECT_EQ(observationRefusal(highBelow),
              "observations[1]: a reported sellers figure in 2018-01 has high 4.5: high must be at "
              "least the value 5");
    EXPECT_EQ(observationRefusal(report("2018-01", "jobs", 0)),
              "observations[1]: a reported jobs figure in 2018-01 is 0: a reported count must be "
              "above 0");
    EXPECT_EQ(observationRefusal(report("2016-12", "jobs", 5)),
              "observations[1]: a reported jobs figure in 2016-12 falls outside the scenario: "
              "reports fall from "
              "2017-01 to 2022-01");
    EXPECT_EQ(observationRefusal(report("2022-02", "jobs", 5)),
              "observations[1]: a reported jobs figure in 2022-02 falls outside the scenario: "
              "reports fall from "
              "2017-01 to 2022-01");
    EXPECT_EQ(observationRefusal(report("2018-01", "jobs", 2)),
              "observations[1]: the same report as observations[0]; keep one");
}

TEST(ScenarioFileEvents, TwoReportsOfOneMonthFromTwoSourcesBothStand)
{
    QJsonObject other = report("2018-01", "jobs", 2);
    other.insert("source", "someone else");
    QString error;
    const auto read = scenariofile::parse(
        QJsonDocument(fileWith("observations", QJsonArray {report("2018-01", "jobs", 2), other}))
            .toJson(),
        &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(read->observations.size(), 2u);
}

TEST(ScenarioFileEvents, RefusesADuplicateKeyInsideAnEntryNamingItsPlace)
{
    const QByteArray text
        = QJsonDocument(fileWith("events", QJsonArray {event("2018-01", "hires_per_seller", 2)}))
              .toJson(QJsonDocument::Compact)
              .replace("\"note\":\"why\"", "\"note\":\"why\",\"note\":\"again\"");
    QString error;
    EXPECT_FALSE(scenariofile::parse(text, &error));
    EXPECT_TRUE(error.startsWith("duplicate key \"events[0].note\" at line 1, column "))
        << error.toStdString();
}

TEST(ScenarioFileEvents, RefusesMoreEntriesThanTheLimitAndTextsTooLong)
{
    QJsonArray many;
    for (int i = 0; i <= eventsjson::kMostObservations; ++i)
        many.append(report("2018-01", "jobs", 1 + i));
    EXPECT_EQ(refusal(fileWith("observations", many)),
              "observations: 1001 entries; a scenario holds at most 1000 observations");
    many = {};
    for (int i = 0; i <= eventsjson::kMostEvents; ++i)
        many.append(event("2018-01", "hires_per_seller", 2));
    EXPECT_EQ(refusal(fileWith("events", many)),
              "events: 1001 entries; a scenario holds at most 1000 events");

    QJsonObject longNote = event("2018-01", "hires_per_seller", 2);
    longNote.insert("note", QString(kLongestEntryText, QLatin1Char('n')));
    QString error;
    EXPECT_TRUE(scenariofile::parse(
        QJsonDocument(fileWith("events", QJsonArray {longNote})).toJson(), &error))
        << error.toStdString();
    longNote.insert("note", QString(kLongestEntryText + 1, QLatin1Char('n')));
    EXPECT_EQ(eventRefusal(longNote),
              "events[1].note: the note is 1001 characters long; the limit is 1000 characters");
    QJsonObject longSource = report("2018-01", "jobs", 5);
    longSource.insert("source", QString(kLongestEntryText + 1, QLatin1Char('s')));
    EXPECT_EQ(
        observationRefusal(longSource),
        "observations[1].source: the source is 1001 characters long; the limit is 1000 characters");
}

TEST(ScenarioFileEvents, WritesOnlyWhatItCanReadBack)
{
    QTemporaryDir folder;
    const QString path = folder.filePath("s.pledgecheck");
    Scenario s = withEventsAndObservations();
    s.observations[1].source = std::string(kLongestEntryText + 1, 's');
    QString error;
    EXPECT_FALSE(scenariofile::write(path, s, &error));
    EXPECT_EQ(error,
              "cannot write " + path
                  + ": observations[1].source: the source is 1001 characters long; the limit is "
                    "1000 characters");
    EXPECT_FALSE(QFile::exists(path));
    s = withEventsAndObservations();
    s.events.resize(eventsjson::kMostEvents + 1, s.events[0]);
    EXPECT_FALSE(scenariofile::write(path, s, &error));
    EXPECT_EQ(error,
              "cannot write " + path
                  + ": events: 1001 entries; a scenario holds at most 1000 events");
}

TEST(ScenarioFileEvents, WritesNoEventOrReportThatTheHorizonLeftOutside)
{
    // The window may shorten the horizon under an event: the save says so rather than write a
    // file that would not open.
    QTemporaryDir folder;
    const QString path = folder.filePath("s.pledgecheck");
    Scenario s = withEventsAndObservations();
    s.parameters.set(ParameterId::HorizonYears, 3);
    QString error;
    EXPECT_FALSE(scenariofile::write(path, s, &error));
    EXPECT_EQ(error,
              "cannot write " + path
                  + ": a reported sellers figure in 2020-06 falls outside the scenario: reports "
                    "fall from "
                    "2017-01 to 2020-01");
    s.parameters.set(ParameterId::HorizonYears, 1);
    EXPECT_FALSE(scenariofile::write(path, s, &error));
    EXPECT_EQ(error,
              "cannot write " + path
                  + ": an event on annual_growth_rate in 2018-07 falls outside the scenario: "
                    "events fall from "
                    "2017-02 to 2018-01");
    EXPECT_FALSE(QFile::exists(path));
}

TEST(ScenarioFileEvents, APresetMayHoldEvents)
{
    QTemporaryDir folder;
    ASSERT_TRUE(
        scenariofile::write(folder.filePath("story.json"), withEventsAndObservations(), nullptr));
    QString error;
    const auto preset = presetlibrary::load("story", &error, folder.path());
    ASSERT_TRUE(preset) << error.toStdString();
    EXPECT_EQ(*preset, withEventsAndObservations());
}
