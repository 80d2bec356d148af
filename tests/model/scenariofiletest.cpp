#include "scenariofile.h"

#include "parametertable.h"
#include "uncertainty.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <array>

#ifdef Q_OS_UNIX
#include <sys/resource.h>

#include <csignal>
#endif

using namespace pledgecheck;

namespace {

Scenario sampleScenario()
{
    Scenario s;
    s.name = "Test \"case\" \u00e9";
    s.note = "Line one\nline two";
    s.parameters.set(ParameterId::AnnualGrowthRate, 0.123456789012345);
    s.parameters.set(ParameterId::GrowthModel, static_cast<double>(GrowthModel::Linear));
    s.parameters.set(ParameterId::HiringLagMonths, 4);
    return s;
}

QJsonObject sampleJson()
{
    return QJsonDocument::fromJson(scenariofile::serialize(sampleScenario())).object();
}

// The reader's message for @p json, which must be refused.
std::string refusal(const QByteArray &json)
{
    QString error;
    const auto scenario = scenariofile::parse(json, &error);
    EXPECT_FALSE(scenario) << json.toStdString();
    EXPECT_FALSE(error.isEmpty());
    return error.toStdString();
}

std::string refusal(const QJsonObject &object)
{
    return refusal(QJsonDocument(object).toJson());
}

QJsonObject withParameter(const QString &key, const QJsonValue &value)
{
    QJsonObject root = sampleJson();
    QJsonObject parameters = root.value("parameters").toObject();
    if (value.isUndefined())
        parameters.remove(key);
    else
        parameters.insert(key, value);
    root.insert("parameters", parameters);
    return root;
}

} // namespace

TEST(ScenarioFile, RoundTripsEveryValueExactly)
{
    const Scenario original = sampleScenario();
    QString error;
    const auto read = scenariofile::parse(scenariofile::serialize(original), &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(*read, original);
}

TEST(ScenarioFile, WritesFormatVersionNameNoteAndEveryParameterById)
{
    const QJsonObject root = sampleJson();
    EXPECT_EQ(root.value("format").toString(), "pledgecheck-scenario");
    EXPECT_EQ(root.value("version").toInt(), 4);
    EXPECT_EQ(root.value("name").toString().toStdString(), sampleScenario().name);
    const QJsonObject parameters = root.value("parameters").toObject();
    EXPECT_EQ(parameters.size(), kParameterCount);
    EXPECT_EQ(parameters.value("start").toString(), "2017-01");
    EXPECT_EQ(parameters.value("growth_model").toString(), "linear");
    EXPECT_EQ(parameters.value("hiring_lag_months").toDouble(), 4);
}

TEST(ScenarioFile, RefusesMalformedJsonSayingWhere)
{
    EXPECT_EQ(refusal("{\n  \"format\": \"pledgecheck-scenario\",\n  \"version\": 1 oops\n}"),
              "malformed JSON at line 3, column 17: unterminated object");
    EXPECT_NE(refusal("").find("malformed JSON"), std::string::npos);
}

TEST(ScenarioFile, RefusesAFileThatIsNotAScenario)
{
    EXPECT_EQ(refusal("[1, 2, 3]"), "not a PledgeCheck scenario: the top level is not a JSON object");
    EXPECT_EQ(refusal("{\"name\": \"x\"}"),
              "not a PledgeCheck scenario: \"format\" must be \"pledgecheck-scenario\"");
}

TEST(ScenarioFile, RefusesANewerFormatVersion)
{
    QJsonObject root = sampleJson();
    root.insert("version", 5);
    EXPECT_EQ(refusal(root),
              "written in format version 5 by a newer PledgeCheck; this version "
              "reads format version 4 and older");
    root.insert("version", "1");
    EXPECT_EQ(refusal(root), "\"version\" must be a whole number from 1, found a string");
    root.insert("version", 0.5);
    EXPECT_EQ(refusal(root), "\"version\" must be a whole number from 1, found 0.5");
}

TEST(ScenarioFile, RoundTripsUncertaintyExactly)
{
    Scenario s = sampleScenario();
    s.uncertainty = Uncertainty::sourcedDefaults();
    s.uncertainty.set(ParameterId::AnnualGrowthRate, Distribution::normal(0.123456789012345, 0.05));
    s.uncertainty.seed = 42;
    s.uncertainty.samples = 250000;
    QString error;
    const auto read = scenariofile::parse(scenariofile::serialize(s), &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(read->uncertainty, s.uncertainty);
    const QJsonObject growth = QJsonDocument::fromJson(scenariofile::serialize(s))
                                   .object()["uncertainty"].toObject()["distributions"]
                                   .toObject()["annual_growth_rate"].toObject();
    EXPECT_EQ(growth, (QJsonObject{{"kind", "normal"}, {"mean", 0.123456789012345}, {"sd", 0.05}}));
}

TEST(ScenarioFile, ReadsVersionOneFilesWithEverythingFixed)
{
    QJsonObject root = sampleJson();
    root.insert("version", 1);
    root.remove("uncertainty");
    QString error;
    const auto read = scenariofile::parse(QJsonDocument(root).toJson(), &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(read->uncertainty, Uncertainty());
    root.insert("uncertainty", QJsonObject());
    EXPECT_EQ(refusal(root), "unknown key \"uncertainty\"") << "version 1 had no uncertainty";
}

TEST(ScenarioFile, AFileOlderThanAParameterOpensWithItsDefault)
{
    // hires_per_seller stands here for a parameter that version 3 added (as it did
    // job_count_basis). A version 2 file lacks it, and must open with its default.
    std::array<ParameterDescriptor, kParameterCount> table = parameterTable();
    table[static_cast<std::size_t>(ParameterId::HiresPerSeller)].sinceVersion = 3;
    const Scenario sample = sampleScenario();
    QJsonObject parameters = sampleJson()["parameters"].toObject();
    parameters.remove("hires_per_seller");
    parameters["displacement_share"] = 0.5; // read as usual

    Parameters values; // every parameter at its default, as the reader starts
    values.set(ParameterId::DisplacementShare, 0.1);
    QString error;
    ASSERT_TRUE(scenariofile::readParameters(parameters, 2, table, values, &error)) << error.toStdString();
    EXPECT_EQ(values[ParameterId::HiresPerSeller], descriptor(ParameterId::HiresPerSeller).defaultValue);
    EXPECT_EQ(values[ParameterId::DisplacementShare], 0.5);
    EXPECT_EQ(values[ParameterId::AnnualGrowthRate], sample.parameters[ParameterId::AnnualGrowthRate]);
    EXPECT_EQ(values[ParameterId::HiringLagMonths], 4);

    // A file of the parameter's own version must list it.
    EXPECT_FALSE(scenariofile::readParameters(parameters, 3, table, values, &error));
    EXPECT_EQ(error.toStdString(), "missing key \"parameters.hires_per_seller\"");
    // And with today's table (hires_per_seller from version 1), so must a version 2 file.
    EXPECT_FALSE(scenariofile::readParameters(parameters, 2, parameterTable(), values, &error));
    EXPECT_EQ(error.toStdString(), "missing key \"parameters.hires_per_seller\"");
}

TEST(ScenarioFile, AVersionTwoFileOpensCountingTheJobsCreated)
{
    // Written before job_count_basis existed: it opens at the default, created, and nothing is
    // reported missing. Linked is kept when a version 3 file says so, and a version 3 file must.
    Scenario linked = sampleScenario();
    linked.parameters.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Linked));
    QJsonObject root = QJsonDocument::fromJson(scenariofile::serialize(linked)).object();
    EXPECT_EQ(root["parameters"].toObject()["job_count_basis"].toString(), "linked");
    QString error;
    auto read = scenariofile::parse(QJsonDocument(root).toJson(), &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(read->parameters.jobCountBasis(), JobCountBasis::Linked);

    QJsonObject parameters = root["parameters"].toObject();
    parameters.remove("job_count_basis");
    root["parameters"] = parameters;
    EXPECT_EQ(refusal(root), "missing key \"parameters.job_count_basis\"");
    root["version"] = 2;
    read = scenariofile::parse(QJsonDocument(root).toJson(), &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(read->parameters.jobCountBasis(), JobCountBasis::Created);
    EXPECT_EQ(read->parameters[ParameterId::HiringLagMonths], 4) << "the rest read as written";
    root["version"] = 1;
    root.remove("uncertainty");
    read = scenariofile::parse(QJsonDocument(root).toJson(), &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(read->parameters.jobCountBasis(), JobCountBasis::Created);

    parameters["job_count_basis"] = "new";
    root["parameters"] = parameters;
    root["version"] = 3;
    EXPECT_EQ(refusal(root), "parameters.job_count_basis: \"new\" is not valid: the valid range is "
                             "created or linked");
}

TEST(ScenarioFile, EveryParameterIsFromAFormatVersionThatExists)
{
    for (const ParameterDescriptor &d : parameterTable()) {
        EXPECT_GE(d.sinceVersion, 1) << d.key;
        EXPECT_LE(d.sinceVersion, scenariofile::kFormatVersion) << d.key;
    }
}

// The sample scenario with @p distribution for the annual growth rate (value 0.123456789012345).
QJsonObject withGrowthDistribution(const QJsonValue &distribution)
{
    QJsonObject root = sampleJson();
    QJsonObject uncertainty = root["uncertainty"].toObject();
    uncertainty["distributions"] = QJsonObject{{"annual_growth_rate", distribution}};
    root["uncertainty"] = uncertainty;
    return root;
}

TEST(ScenarioFile, RefusesBadDistributions)
{
    const double g = 0.123456789012345;
    EXPECT_EQ(refusal(withGrowthDistribution(QJsonObject{{"kind", "beta"}})),
              "uncertainty.distributions.annual_growth_rate.kind: \"beta\" is not a distribution; "
              "the kinds are uniform, triangular, normal and lognormal");
    EXPECT_EQ(refusal(withGrowthDistribution(QJsonObject{{"kind", "normal"}, {"mean", g}})),
              "missing key \"uncertainty.distributions.annual_growth_rate.sd\"");
    EXPECT_EQ(refusal(withGrowthDistribution(QJsonObject{{"kind", "normal"}, {"mean", g}, {"sd", -0.1}})),
              "uncertainty.distributions: annual_growth_rate: normal sd must be above 0, got -0.1");
    EXPECT_EQ(refusal(withGrowthDistribution(QJsonObject{{"kind", "uniform"}, {"low", 0.3}, {"high", -0.1}})),
              "uncertainty.distributions: annual_growth_rate: uniform low 0.3 is above high -0.1");
    EXPECT_EQ(refusal(withGrowthDistribution(QJsonObject{{"kind", "triangular"}, {"low", -0.9}, {"mode", g}, {"high", 0.5}})),
              "uncertainty.distributions: annual_growth_rate: triangular(-0.9, 0.123456789012345, "
              "0.5) leaves the valid range -0.5 to 10");
    EXPECT_EQ(refusal(withGrowthDistribution(QJsonObject{{"kind", "normal"}, {"mean", 0.2}, {"sd", 0.1}})),
              "uncertainty.distributions.annual_growth_rate: its centre 0.20000000000000001 must equal "
              "the parameter's value 0.123456789012345 (the mode of a triangular, mean of a normal, "
              "median of a lognormal, midpoint of a uniform)");
    EXPECT_EQ(refusal(withGrowthDistribution(QJsonObject{{"kind", "normal"}, {"mean", g}, {"sd", 0.1}, {"skew", 1}})),
              "unknown key \"uncertainty.distributions.annual_growth_rate.skew\" for a normal distribution");
    EXPECT_EQ(refusal(withGrowthDistribution(QJsonObject{{"kind", "normal"}, {"mean", "x"}, {"sd", 0.1}})),
              "uncertainty.distributions.annual_growth_rate.mean: expected a number");
}

TEST(ScenarioFile, RefusesABadSeedOrSampleCount)
{
    QJsonObject root = sampleJson();
    QJsonObject uncertainty = root["uncertainty"].toObject();
    uncertainty["samples"] = 0;
    root["uncertainty"] = uncertainty;
    EXPECT_EQ(refusal(root), "uncertainty.samples: must be a whole number from 1 to 1000000");
    uncertainty["samples"] = 100;
    uncertainty["seed"] = -3;
    root["uncertainty"] = uncertainty;
    EXPECT_EQ(refusal(root), "uncertainty.seed: must be a whole number from 0 to 9007199254740991");
    uncertainty.remove("seed");
    uncertainty["colour"] = 1;
    root["uncertainty"] = uncertainty;
    EXPECT_EQ(refusal(root), "unknown key \"uncertainty.colour\"");
}

TEST(ScenarioFile, RefusesMissingKeys)
{
    QJsonObject root = sampleJson();
    root.remove("note");
    EXPECT_EQ(refusal(root), "missing key \"note\"");
    EXPECT_EQ(refusal(withParameter("market_size", QJsonValue::Undefined)),
              "missing key \"parameters.market_size\"");
    root = sampleJson();
    root.remove("parameters");
    EXPECT_EQ(refusal(root), "missing key \"parameters\"");
}

TEST(ScenarioFile, RefusesUnknownKeys)
{
    QJsonObject root = sampleJson();
    root.insert("colour", "red");
    EXPECT_EQ(refusal(root), "unknown key \"colour\"");
    EXPECT_EQ(refusal(withParameter("hires", 2)), "unknown key \"parameters.hires\"");
}

TEST(ScenarioFile, RefusesWrongTypes)
{
    EXPECT_EQ(refusal(withParameter("hires_per_seller", "2")),
              "parameters.hires_per_seller: expected a number, found a string");
    EXPECT_EQ(refusal(withParameter("start", 2017)),
              "parameters.start: expected a month \"YYYY-MM\", found a number");
    EXPECT_EQ(refusal(withParameter("growth_model", QJsonValue::Null)),
              "parameters.growth_model: expected a string, found null");
    QJsonObject root = sampleJson();
    root.insert("name", 3);
    EXPECT_EQ(refusal(root), "name: expected a string, found a number");
    root = sampleJson();
    root.insert("parameters", QJsonArray{1, 2});
    EXPECT_EQ(refusal(root), "parameters: expected an object, found an array");
}

TEST(ScenarioFile, RefusesValuesOutOfRangeNamingTheRange)
{
    EXPECT_EQ(refusal(withParameter("annual_churn_rate", 0.95)),
              "parameters.annual_churn_rate: annual_churn_rate = 0.95 is not valid: the valid range "
              "is 0 to 0.9");
    EXPECT_EQ(refusal(withParameter("horizon_years", 5.5)),
              "parameters.horizon_years: horizon_years = 5.5 is not valid: the valid range is 1 to "
              "30, a whole number");
    EXPECT_EQ(refusal(withParameter("growth_model", "cubic")),
              "parameters.growth_model: \"cubic\" is not valid: the valid range is exponential, "
              "logistic or linear");
    EXPECT_EQ(refusal(withParameter("start", "2017-13")),
              "parameters.start: \"2017-13\" is not valid: the valid range is 1990-01 to 2100-12");
}

TEST(ScenarioFile, RefusesValuesThatContradictEachOther)
{
    QJsonObject root = withParameter("growth_model", "logistic");
    QJsonObject parameters = root.value("parameters").toObject();
    parameters.insert("market_size", 100);
    root.insert("parameters", parameters);
    EXPECT_EQ(refusal(root).rfind("parameters: market_size = 100 is below initial_sellers", 0), 0u);
}

TEST(ScenarioFile, SavesAndReadsAFile)
{
    QTemporaryDir folder;
    const QString path = folder.filePath("scenario.json");
    QString error;
    ASSERT_TRUE(scenariofile::write(path, sampleScenario(), &error)) << error.toStdString();
    const auto read = scenariofile::read(path, &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(*read, sampleScenario());
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files), QStringList{"scenario.json"})
        << "an atomic save leaves no temporary file behind";
}

TEST(ScenarioFile, ASaveIntoAMissingFolderSaysWhy)
{
    QTemporaryDir folder;
    QString error;
    EXPECT_FALSE(scenariofile::write(folder.filePath("missing/scenario.json"), sampleScenario(), &error));
    EXPECT_TRUE(error.startsWith("cannot write " + folder.filePath("missing/scenario.json") + ": "))
        << error.toStdString();
}

#ifdef Q_OS_UNIX
// A save that fails half-way (here: the file-size limit is hit mid-write, as a full disk would be)
// must leave the old file as it was.
TEST(ScenarioFile, ASaveThatFailsHalfWayLeavesTheOldFileWhole)
{
    QTemporaryDir folder;
    const QString path = folder.filePath("scenario.json");
    ASSERT_TRUE(scenariofile::write(path, Scenario{}, nullptr));
    QFile original(path);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    Scenario bigger = sampleScenario();
    bigger.note = std::string(100000, 'x');
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 4096;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool savedOk = scenariofile::write(path, bigger, &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    EXPECT_FALSE(savedOk);
    EXPECT_TRUE(error.startsWith("cannot write " + path)) << error.toStdString();
    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), before);
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files), QStringList{"scenario.json"});
}
#endif

TEST(ScenarioFile, ReadingNamesTheFile)
{
    QTemporaryDir folder;
    const QString path = folder.filePath("broken.json");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{");
    file.close();
    QString error;
    EXPECT_FALSE(scenariofile::read(path, &error));
    EXPECT_TRUE(error.startsWith(path + ": malformed JSON")) << error.toStdString();
    EXPECT_FALSE(scenariofile::read(folder.filePath("absent.json"), &error));
    EXPECT_TRUE(error.startsWith(folder.filePath("absent.json") + ": cannot open"))
        << error.toStdString();
}

// Issue "Nothing lost", items 6 and 9: what the reader refuses, and that it says where.

namespace {

QString writeFile(const QTemporaryDir &folder, const QString &name, const QByteArray &contents)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(contents);
    return path;
}

// The sample written with @p key's value replaced, as text, so that raw characters survive.
QByteArray sampleWithRaw(const QByteArray &key, const QByteArray &rawValue)
{
    QJsonObject root = sampleJson();
    root.insert(QString::fromLatin1(key), "@@placeholder@@");
    QByteArray json = QJsonDocument(root).toJson();
    return json.replace("\"@@placeholder@@\"", rawValue);
}

} // namespace

TEST(ScenarioFile, RefusesAFileLargerThanSixteenMebibytes)
{
    QTemporaryDir folder;
    QByteArray json = scenariofile::serialize(sampleScenario());
    json.insert(json.indexOf('{') + 1, QByteArray(17 * 1024 * 1024, ' ')); // still a valid scenario
    const QString path = writeFile(folder, "large.json", json);
    QString error;
    EXPECT_FALSE(scenariofile::read(path, &error));
    EXPECT_EQ(error, path + ": not a PledgeCheck scenario: larger than 16777216 bytes (16 MiB), the most a "
                            "scenario file may hold");
}

#ifdef Q_OS_UNIX
TEST(ScenarioFile, RefusesADeviceWithoutReadingIt)
{
    QString error;
    EXPECT_FALSE(scenariofile::read("/dev/zero", &error)); // before: read until memory ran out
    EXPECT_EQ(error, "/dev/zero: not a scenario file: the path is a device, not a regular file");
}

TEST(ScenarioFile, RefusesADirectory)
{
    QTemporaryDir folder;
    QString error;
    EXPECT_FALSE(scenariofile::read(folder.path(), &error));
    EXPECT_EQ(error, folder.path() + ": not a scenario file: the path is a directory, not a regular file");
}
#endif

TEST(ScenarioFile, RefusesControlCharactersRawInAString)
{
    // RFC 8259 forbids them; saved again each would become a six-byte escape.
    const QByteArray json = sampleWithRaw("note", "\"one\x01two\"");
    const std::string error = refusal(json);
    EXPECT_TRUE(error.starts_with("control character U+0001 inside a string at line ")) << error;
    EXPECT_TRUE(error.ends_with(": write it as \\u0001")) << error;
    EXPECT_TRUE(refusal(sampleWithRaw("name", "\"tab\there\"")).starts_with("control character U+0009 "));
}

TEST(ScenarioFile, StillReadsControlCharactersWrittenAsEscapes)
{
    QString error;
    const auto read = scenariofile::parse(sampleWithRaw("note", R"("one\ttwo\u0001")"), &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(read->note, "one\ttwo\x01");
}

TEST(ScenarioFile, RefusesADuplicateKeyAtTheTopLevel)
{
    QByteArray json = scenariofile::serialize(sampleScenario());
    json.insert(json.indexOf('{') + 1, "\n    \"name\": \"first\",");
    EXPECT_TRUE(refusal(json).starts_with("duplicate key \"name\" at line ")) << refusal(json);
}

TEST(ScenarioFile, RefusesADuplicateKeyInTheParametersNamingItsLine)
{
    const QByteArray json = scenariofile::serialize(sampleScenario());
    const QByteArray entry = "\"hires_per_seller\": 1";
    ASSERT_TRUE(json.contains(entry));
    QByteArray doubled = json;
    doubled.replace(entry, entry + ",\n        \"hires_per_seller\": 2");
    const qsizetype second = doubled.indexOf("\"hires_per_seller\": 2");
    const int line = static_cast<int>(doubled.left(second).count('\n')) + 1;
    EXPECT_EQ(refusal(doubled),
              QStringLiteral("duplicate key \"parameters.hires_per_seller\" at line %1, column 9").arg(line).toStdString());
}

TEST(ScenarioFile, RefusesADuplicateKeyInTheUncertainty)
{
    Scenario s = sampleScenario();
    s.uncertainty = Uncertainty::sourcedDefaults();
    QByteArray json = scenariofile::serialize(s);
    const QByteArray entry = "\"kind\": \"lognormal\"";
    ASSERT_TRUE(json.contains(entry));
    json.replace(entry, entry + ", \"kind\": \"normal\"");
    EXPECT_TRUE(refusal(json).starts_with("duplicate key \"uncertainty.distributions.hires_per_seller.kind\" at line "))
        << refusal(json);
    QByteArray samples = scenariofile::serialize(s);
    samples.replace("\"samples\": 10000", "\"samples\": 10000, \"samples\": 20");
    EXPECT_TRUE(refusal(samples).starts_with("duplicate key \"uncertainty.samples\" at line ")) << refusal(samples);
}

TEST(ScenarioFile, EchoesAnUnknownKeyOnOneLineWithItsControlCharactersEscaped)
{
    QJsonObject root = sampleJson();
    root.insert("colour\n\x1b[2J", 1);
    EXPECT_EQ(refusal(root), "unknown key \"colour\\n\\u001b[2J\"");
    EXPECT_EQ(refusal(withParameter("growth_model", "linear\r\n")),
              "parameters.growth_model: \"linear\\r\\n\" is not valid: the valid range is exponential, logistic or linear");
}

TEST(ScenarioFile, ReadsANameOfTwoHundredCharactersAndRefusesALongerOne)
{
    Scenario s = sampleScenario();
    s.name = std::string(199, 'n') + "\u00e9"; // 200 characters, 201 bytes
    QString error;
    const auto read = scenariofile::parse(scenariofile::serialize(s), &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(read->name, s.name);

    QJsonObject root = sampleJson();
    root.insert("name", QString(201, u'n'));
    EXPECT_EQ(refusal(root), "name: the name is 201 characters long; the limit is 200 characters");
    root.insert("name", QString(1024 * 1024, u'n')); // the issue's 1 MB name
    EXPECT_EQ(refusal(root), "name: the name is 1048576 characters long; the limit is 200 characters");
}

TEST(ScenarioFile, ReadsANoteOfSixtyFourKibicharactersAndRefusesALongerOne)
{
    QJsonObject root = sampleJson();
    root.insert("note", QString(64 * 1024, u'x'));
    QString error;
    EXPECT_TRUE(scenariofile::parse(QJsonDocument(root).toJson(), &error)) << error.toStdString();
    root.insert("note", QString(64 * 1024 + 1, u'x'));
    EXPECT_EQ(refusal(root), "note: the note is 65537 characters long; the limit is 65536 characters");
}

TEST(ScenarioFile, WritesOnlyWhatItCanReadBack)
{
    QTemporaryDir folder;
    Scenario s = sampleScenario();
    s.name = std::string(201, 'n');
    QString error;
    EXPECT_FALSE(scenariofile::write(folder.filePath("long.json"), s, &error));
    EXPECT_TRUE(error.endsWith("the name is 201 characters long; the limit is 200 characters")) << error.toStdString();
    EXPECT_FALSE(QFile::exists(folder.filePath("long.json")));
}

TEST(ScenarioFile, RefusesALogNormalWhoseNinetiethPercentileRoundsToItsMedian)
{
    // The fuzzer's reproducer: hires per seller at the top of its range, p90 one step above.
    const ParameterDescriptor &d = descriptor(ParameterId::HiresPerSeller);
    Scenario s = sampleScenario();
    s.parameters.set(d.id, d.maximum);
    s.uncertainty.set(d.id, Distribution::logNormal(d.maximum, std::nextafter(d.maximum, 1e300)));
    const std::string error = refusal(scenariofile::serialize(s));
    EXPECT_TRUE(error.starts_with("uncertainty.distributions: hires_per_seller: lognormal p90 ")) << error;
    EXPECT_NE(error.find("within rounding of the median 100"), std::string::npos) << error;
}
