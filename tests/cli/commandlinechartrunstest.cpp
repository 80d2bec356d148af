// What each exported chart computes: the rank correlations and the half-draws line are made only
// for the charts that draw them (the tornado and the frontier), so those two must still carry
// them, read from the SVG's own text, with events in the scenario as without.
#include "binaryrun.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pledgecheck::testing;

namespace {

QByteArray svgOf(const QTemporaryDir &folder, const char *chart, const QStringList &more = {})
{
    const QString path = folder.filePath(QString("%1.svg").arg(chart));
    const ProcessResult result = run(QStringList{"--preset", "central", "--png", path, "--chart", chart,
                                                 "--samples", "20"} // quick in a debug build, events and all
                                     + more);
    EXPECT_EQ(result.exitCode, 0) << chart << ": " << result.err.toStdString();
    return contentsOf(path);
}

} // namespace

TEST(CommandLineChartRuns, TheTornadoCarriesTheRankCorrelations)
{
    QTemporaryDir folder;
    for (const QStringList &events : {QStringList{}, QStringList{"--event", "2018-07:annual_growth_rate=0.1"}}) {
        // One per uncertain input with a bar: growth, hires, side businesses, service jobs and
        // displacement in the central preset (churn is held while growth is drawn).
        EXPECT_EQ(svgOf(folder, "sensitivity", events).count("rank corr."), 5) << events.join(' ').toStdString();
    }
}

TEST(CommandLineChartRuns, TheFrontierCarriesTheHalfDrawsLine)
{
    QTemporaryDir folder;
    for (const QStringList &events : {QStringList{}, QStringList{"--event", "2018-07:hires_per_seller=2"}})
        EXPECT_TRUE(svgOf(folder, "frontier", events).contains("Half of 20 draws meet it"))
            << events.join(' ').toStdString();
}
