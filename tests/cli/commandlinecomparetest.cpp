// Scenarios side by side from the real binary: --compare-csv's file against --summary of each
// preset, --chart compare's picture, and every refusal of a bad --compare.
#include "parametertable.h"
#include "presetlibrary.h"
#include "scenariofile.h"

#include "binaryrun.h"

#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pledgecheck;
using namespace pledgecheck::testing;

namespace {

const QStringList kPresets{"central", "pledge-as-stated", "sceptic", "taobao-villages", "what-happened"};

// A row's fields, its first (the name, quoted when it holds a comma) taken whole.
QList<QByteArray> fieldsOf(QByteArray row)
{
    QByteArray name;
    if (row.startsWith('"')) {
        const qsizetype end = row.indexOf("\",");
        name = row.mid(1, end - 1).replace("\"\"", "\"");
        row = row.mid(end + 2);
    } else {
        const qsizetype end = row.indexOf(',');
        name = row.left(end);
        row = row.mid(end + 1);
    }
    return QList<QByteArray>{name} + row.split(',');
}

// The key figure @p key of @p summary as the CSV writes it: the same number, a null empty.
void expectFigure(const QByteArray &cell, const QJsonObject &summary, const char *key)
{
    const QJsonValue value = summary.value(key);
    if (value.isNull()) {
        EXPECT_EQ(cell, "") << key;
        return;
    }
    if (value.isString()) {
        EXPECT_EQ(cell, value.toString().toUtf8()) << key;
        return;
    }
    ASSERT_TRUE(value.isDouble()) << key;
    // --summary's JSON and the CSV both write the shortest text that reads back exactly.
    EXPECT_EQ(csvNumber(cell), value.toDouble()) << key;
}

} // namespace

TEST(CommandLineCompare, WritesTheHeaderThenARowPerScenarioCurrentFirst)
{
    const QList<QByteArray> rows = csvRowsWritten("--compare-csv", {"--preset", "sceptic", "--compare", "central"});
    ASSERT_EQ(rows.size(), 3);
    QByteArray header = "scenario,jobs_at_horizon,jobs_created_at_horizon,jobs_linked_at_horizon,"
                        "share_of_target,target_met_date,sellers_at_horizon,job_years_to_horizon,"
                        "export_supported_jobs_at_horizon,required_annual_growth_rate,"
                        "required_hires_per_seller,required_initial_sellers,events,observations";
    for (const ParameterDescriptor &d : parameterTable())
        header += ',' + QByteArray(d.key.data(), static_cast<qsizetype>(d.key.size()));
    EXPECT_EQ(rows[0], header);
    // Its name has an apostrophe and a comma: quoted, per RFC 4180.
    EXPECT_TRUE(rows[1].startsWith("\"The sceptic's case (CNNMoney, Jan 2017)\","));
    EXPECT_TRUE(rows[2].startsWith("Central estimate (sourced defaults),"));
    EXPECT_EQ(fieldsOf(rows[1]).size(), header.count(',') + 1);
}

TEST(CommandLineCompare, EveryRowHoldsTheFiguresSummaryGivesForThatPreset)
{
    // Each preset compared with all the others: its row holds what --summary prints for it,
    // figure for figure, and its parameters as its file writes them.
    for (const QString &current : kPresets) {
        QStringList arguments{"--preset", current};
        QStringList order{current};
        for (const QString &other : kPresets) {
            if (other != current) {
                arguments << "--compare" << other;
                order << other;
            }
        }
        const QList<QByteArray> rows = csvRowsWritten("--compare-csv", arguments);
        ASSERT_EQ(rows.size(), kPresets.size() + 1) << current.toStdString(); // the header, then a row each
        const QList<QByteArray> header = rows[0].split(',');
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const QString &preset = order[r - 1];
            QString error;
            const auto scenario = presetlibrary::load(preset, &error, PRESET_SOURCE_DIR);
            ASSERT_TRUE(scenario) << error.toStdString();
            const QJsonObject summary = summaryOf({"--preset", preset, "--samples", "10"}); // few draws: the figures are the projection's
            const QList<QByteArray> cells = fieldsOf(rows[r]);
            ASSERT_EQ(cells.size(), header.size()) << preset.toStdString();
            EXPECT_EQ(cells[0], QByteArray::fromStdString(scenario->name));
            for (const char *key : {"jobs_at_horizon", "jobs_created_at_horizon", "jobs_linked_at_horizon",
                                    "share_of_target", "target_met_date", "sellers_at_horizon",
                                    "job_years_to_horizon", "export_supported_jobs_at_horizon",
                                    "required_annual_growth_rate", "required_hires_per_seller",
                                    "required_initial_sellers"})
                expectFigure(cells[header.indexOf(key)], summary, key);
            EXPECT_EQ(cells[header.indexOf("events")], QByteArray::number(qsizetype(scenario->events.size())));
            EXPECT_EQ(cells[header.indexOf("observations")],
                      QByteArray::number(qsizetype(scenario->observations.size())));
            for (const ParameterDescriptor &d : parameterTable()) {
                const QByteArray key(d.key.data(), static_cast<qsizetype>(d.key.size()));
                EXPECT_EQ(cells[header.indexOf(key)],
                          QByteArray::fromStdString(formatValue(d, scenario->parameters[d.id])))
                    << preset.toStdString() << ' ' << key.toStdString();
            }
        }
    }
}

TEST(CommandLineCompare, RowsWorkedByHand)
{
    // The pledge as stated is built to meet it exactly: 7,000 sellers growing to a million, one
    // job each, every job linked, so its row says 1,000,000 jobs (to rounding), met in 2022-01,
    // and needs exactly its own one hire per seller and 7,000 starting sellers. The sceptic's
    // share of the pledge is its jobs over 1,000,000.
    const QList<QByteArray> rows = csvRowsWritten("--compare-csv", {"--preset", "sceptic", "--compare", "pledge-as-stated"});
    const QList<QByteArray> header = rows[0].split(',');
    const QList<QByteArray> sceptic = fieldsOf(rows[1]);
    const QList<QByteArray> pledge = fieldsOf(rows[2]);
    const auto at = [&header](const char *key) { return header.indexOf(key); };
    EXPECT_NEAR(csvNumber(pledge[at("jobs_at_horizon")]), 1e6, 1e-6);
    EXPECT_EQ(pledge[at("target_met_date")], "2022-01");
    EXPECT_NEAR(csvNumber(pledge[at("required_hires_per_seller")]), 1.0, 1e-9);
    EXPECT_NEAR(csvNumber(pledge[at("required_initial_sellers")]), 7000, 1e-6);
    EXPECT_EQ(pledge[at("job_count_basis")], "linked");
    EXPECT_EQ(sceptic[at("job_count_basis")], "created");
    EXPECT_EQ(sceptic[at("target_met_date")], ""); // never met
    EXPECT_DOUBLE_EQ(csvNumber(sceptic[at("share_of_target")]), csvNumber(sceptic[at("jobs_at_horizon")]) / 1e6);
    // The sceptic's market of 287,835 sellers: no growth in range reaches the pledge.
    EXPECT_EQ(sceptic[at("required_annual_growth_rate")], "");
    EXPECT_EQ(sceptic[at("market_size")], "287835");
    EXPECT_EQ(sceptic[at("growth_model")], "logistic");
    EXPECT_EQ(pledge[at("growth_model")], "exponential");
}

TEST(CommandLineCompare, ComparesWithAScenarioFileAndFollowsTheOverrides)
{
    // A file with the central estimate at 2 hires per seller beside the central estimate with
    // --set: the file's row has its own 2, the current row the override's 3.
    QTemporaryDir folder;
    QString error;
    auto scenario = presetlibrary::load("central", &error, PRESET_SOURCE_DIR);
    ASSERT_TRUE(scenario);
    scenario->name = "Two hires";
    scenario->setParameter(ParameterId::HiresPerSeller, 2);
    const QString file = writeScenario(folder, "two.pledgecheck", *scenario);
    const QList<QByteArray> rows = csvRowsWritten("--compare-csv", {"--set", "hires_per_seller=3", "--compare", file});
    ASSERT_EQ(rows.size(), 3);
    const QList<QByteArray> header = rows[0].split(',');
    EXPECT_EQ(fieldsOf(rows[1])[header.indexOf("hires_per_seller")], "3");
    EXPECT_EQ(fieldsOf(rows[2])[0], "Two hires");
    EXPECT_EQ(fieldsOf(rows[2])[header.indexOf("hires_per_seller")], "2");
    // With no --compare the file holds this scenario's row alone.
    EXPECT_EQ(csvRowsWritten("--compare-csv", {"--preset", "sceptic"}).size(), 2);
}

TEST(CommandLineCompare, RefusesABadScenarioToCompareOnOneLineAndWritesNothing)
{
    QTemporaryDir folder;
    const QString written = folder.filePath("compare.csv");
    EXPECT_EQ(refusal({"--compare-csv", written, "--compare", "nosuch"}),
              "pledgecheck: --compare: no preset or scenario file called \"nosuch\"; the presets are: "
              "central, pledge-as-stated, sceptic, taobao-villages, what-happened");
    EXPECT_FALSE(QFile::exists(written));
    // A file that is no scenario: its reader's line, naming the file.
    const QString notAScenario = folder.filePath("not.json");
    QFile file(notAScenario);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 1}");
    file.close();
    const std::string problem = refusal({"--compare-csv", written, "--compare", notAScenario});
    EXPECT_TRUE(contains(problem, "pledgecheck: --compare: " + notAScenario.toStdString())) << problem;
    EXPECT_FALSE(QFile::exists(written));
    // A picture is not drawn either.
    const QString png = folder.filePath("compare.png");
    refusal({"--png", png, "--chart", "compare", "--compare", "central", "--compare", "nosuch"});
    EXPECT_FALSE(QFile::exists(png));
    EXPECT_EQ(refusal({"--compare-csv", written, "--compare", ""}),
              "pledgecheck: --compare needs a value: a preset name or a scenario file (see pledgecheck --help)");
    EXPECT_EQ(refusal({"--compare-csv", ""}), "pledgecheck: --compare-csv needs a value (see pledgecheck --help)");
    EXPECT_EQ(refusal({"--compare-csv", written, "--compare-csv", written}),
              "pledgecheck: --compare-csv is given 2 times; give it once (see pledgecheck --help)");
    const QString nowhere = folder.filePath("no/such/folder/compare.csv");
    EXPECT_TRUE(contains(refusal({"--compare-csv", nowhere}), "cannot write " + nowhere.toStdString()));
}

TEST(CommandLineCompare, NamesWhatIsWrongWithAPathThatIsNoScenarioFile)
{
    // A folder, a device or a missing file, given as a path: the reader's own reason, not "no
    // preset or scenario file called".
    QTemporaryDir folder;
    const QString missing = folder.filePath("missing.pledgecheck");
    EXPECT_EQ(refusal({"--summary", "--compare", folder.path()}),
              "pledgecheck: --compare: " + folder.path().toStdString()
                  + ": not a scenario file: the path is a directory, not a regular file");
    EXPECT_EQ(refusal({"--summary", "--compare", "/dev/null"}),
              "pledgecheck: --compare: /dev/null: not a scenario file: the path is a device, not a regular file");
    EXPECT_EQ(refusal({"--summary", "--compare", missing}),
              "pledgecheck: --compare: " + missing.toStdString() + ": cannot open: No such file or directory");
}

TEST(CommandLineCompare, DrawsTheComparisonChart)
{
    // The sceptic's solid blue line and the pledge as stated's dashed green one: both hues are
    // in the picture, the green only where a compared scenario is drawn.
    QTemporaryDir folder;
    const QRgb green = qRgb(0x00, 0x9E, 0x73); // Okabe-Ito bluish green, the first compared line
    const auto greenPixels = [](const QImage &image, QRgb colour) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixel(x, y) == colour;
        return count;
    };
    const QString alone = folder.filePath("alone.png");
    const QString both = folder.filePath("both.png");
    ASSERT_EQ(run({"--preset", "sceptic", "--png", alone, "--chart", "compare", "--size", "1280x720"}).exitCode, 0);
    const ProcessResult result = run({"--preset", "sceptic", "--png", both, "--chart", "compare", "--size",
                                      "1280x720", "--compare", "pledge-as-stated"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty()) << result.err.toStdString();
    const QImage withOne(both);
    ASSERT_EQ(withOne.size(), QSize(1280, 720));
    EXPECT_EQ(greenPixels(QImage(alone), green), 0);
    EXPECT_GT(greenPixels(withOne, green), 200);
}
