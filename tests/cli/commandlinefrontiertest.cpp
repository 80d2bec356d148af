// The frontier from the real binary: --frontier-csv's file, --chart frontier's picture, and every
// refusal of a bad frontier output.
#include "frontier.h"
#include "presetlibrary.h"

#include "binaryrun.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pledgecheck;
using namespace pledgecheck::testing;

namespace {

Parameters presetParameters(const char *name)
{
    QString error;
    const auto scenario = presetlibrary::load(name, &error, PRESET_SOURCE_DIR);
    EXPECT_TRUE(scenario) << error.toStdString();
    return scenario ? scenario->parameters : Parameters();
}

} // namespace

TEST(CommandLineFrontier, WritesOneRowPerHiresOfTheGridWithTheGrowthThatMeetsThePledge)
{
    // The central estimate: every hires on the grid, 0 to 10 workers, has a growth that meets the
    // pledge (even with no hires, the service jobs alone do at 451 % a year), and the file holds
    // exactly the model's frontier, number for number.
    const QList<QByteArray> rows = csvRowsWritten("--frontier-csv", {"--preset", "central"});
    const std::vector<FrontierPoint> expected = frontier(presetParameters("central"));
    ASSERT_EQ(rows.size(), static_cast<qsizetype>(expected.size()) + 1);
    EXPECT_EQ(rows[0], "hires_per_seller,annual_growth_rate");
    for (std::size_t k = 0; k < expected.size(); ++k) {
        const QList<QByteArray> cells = rows[static_cast<qsizetype>(k) + 1].split(',');
        ASSERT_EQ(cells.size(), 2);
        EXPECT_EQ(csvNumber(cells[0]), expected[k].hires);
        ASSERT_TRUE(expected[k].growth.value) << expected[k].hires;
        EXPECT_EQ(csvNumber(cells[1]), *expected[k].growth.value);
    }
    // At one hire, the key figures' required growth: 338.88 % (docs/model.md).
    EXPECT_EQ(rows[11].left(4), "1,3.");
    EXPECT_NEAR(csvNumber(rows[11].split(',')[1]), 3.38876584424, 1e-10);
}

TEST(CommandLineFrontier, LeavesTheGrowthEmptyWhereNoneMeetsThePledge)
{
    // The sceptic's market of 287,835 sellers caps the jobs far below a million at any hires on
    // the grid (42,556 created even with 100 hires): every growth is empty.
    const QList<QByteArray> rows = csvRowsWritten("--frontier-csv", {"--preset", "sceptic"});
    ASSERT_EQ(rows.size(), 102);
    for (qsizetype k = 1; k < rows.size(); ++k)
        EXPECT_TRUE(rows[k].endsWith(',')) << rows[k].toStdString();
    EXPECT_EQ(rows[1], "0,");
    EXPECT_EQ(rows[101], "10,");
}

TEST(CommandLineFrontier, FollowsTheOverrides)
{
    // With no service jobs, no hires create no jobs: the first row is empty, the rest are not.
    const QList<QByteArray> rows = csvRowsWritten("--frontier-csv", {"--set", "service_jobs_per_1000_sellers=0"});
    ASSERT_EQ(rows.size(), 102);
    EXPECT_EQ(rows[1], "0,");
    for (qsizetype k = 2; k < rows.size(); ++k)
        EXPECT_FALSE(rows[k].endsWith(',')) << rows[k].toStdString();
}

TEST(CommandLineFrontier, RefusesABadFrontierOutputOnOneLine)
{
    QTemporaryDir folder;
    const QString path = folder.filePath("no/such/folder/frontier.csv");
    EXPECT_TRUE(contains(refusal({"--frontier-csv", path}), "cannot write " + path.toStdString()));
    EXPECT_EQ(refusal({"--frontier-csv", ""}), "pledgecheck: --frontier-csv needs a value (see pledgecheck --help)");
    const QString twice = folder.filePath("twice.csv");
    EXPECT_EQ(refusal({"--frontier-csv", twice, "--frontier-csv", twice}),
              "pledgecheck: --frontier-csv is given 2 times; give it once (see pledgecheck --help)");
    // Bad input writes nothing.
    const QString written = folder.filePath("frontier.csv");
    EXPECT_TRUE(contains(refusal({"--frontier-csv", written, "--set", "hires_per_seller=101"}),
                         "the valid range is 0 to 100"));
    EXPECT_FALSE(QFile::exists(written));
}

TEST(CommandLineFrontier, RendersTheFrontierChartAtTheExportSizes)
{
    // The region that meets the pledge is a flat fill of its own colour: there for the central
    // estimate (every hires meets it at some growth), absent for the sceptic's (none does).
    const QRgb meets = qRgb(0xC7, 0xEA, 0xE0); // bluish green at 22 % over white
    QTemporaryDir folder;
    for (const char *preset : {"central", "sceptic"}) {
        for (const char *size : {"1280x720", "3840x2160"}) {
            const QString path = folder.filePath(QString("%1-%2.png").arg(preset, size));
            const ProcessResult result = run({"--preset", preset, "--png", path, "--chart", "frontier", "--size", size,
                                              "--samples", "200"}); // the half-draws line from 200 draws: quick in a debug build
            ASSERT_EQ(result.exitCode, 0) << preset << ' ' << size << ": " << result.err.toStdString();
            const QImage image(path);
            ASSERT_FALSE(image.isNull());
            EXPECT_EQ(QString("%1x%2").arg(image.width()).arg(image.height()), QString(size));
            int shaded = 0;
            for (int y = 0; y < image.height(); y += 2)
                for (int x = 0; x < image.width(); x += 2)
                    shaded += image.pixel(x, y) == meets;
            if (QByteArray(preset) == "central")
                EXPECT_GT(shaded, image.width() * image.height() / 4 / 20) << size; // over 5 % of the picture
            else
                EXPECT_EQ(shaded, 0) << size;
        }
    }
}
