// The charts' own tests: the only tests that name Qt Charts classes, like the code they test.
#include "chartpanel.h"
#include "parametertable.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace pledgecheck;

namespace {

Parameters doublingScenario()
{
    // 1000 sellers doubling yearly, one hire each, 200 service jobs per 1000 sellers, a quarter
    // displaced: J(t) = 1.2 x 0.75 x 1000 x 2^(t/12) = 900 x 2^(t/12). A pledge of 4000 is met
    // at t = 12 log2(40/9) = 25.8, so in month 26 (2019-03).
    Parameters p;
    p.set(ParameterId::InitialSellers, 1000);
    p.set(ParameterId::AnnualGrowthRate, 1.0);
    p.set(ParameterId::AnnualChurnRate, 0.0);
    p.set(ParameterId::SideBusinessShare, 0);
    p.set(ParameterId::ServiceJobsPer1000Sellers, 200);
    p.set(ParameterId::DisplacementShare, 0.25);
    p.set(ParameterId::TargetJobs, 4000);
    return p;
}

QAbstractSeries *seriesNamed(QChart *chart, const QString &prefix)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->name().startsWith(prefix))
            return series;
    }
    qFatal("no series named %s", qPrintable(prefix));
}

QList<double> yValues(QAbstractSeries *series)
{
    QList<double> values;
    for (const QPointF &point : static_cast<QXYSeries *>(series)->points())
        values << point.y();
    return values;
}

QList<double> valuesOf(const Eigen::ArrayXd &array)
{
    return QList<double>(array.data(), array.data() + array.size());
}

} // namespace

class ChartPanelTest : public QObject
{
    Q_OBJECT

private:
    ChartPanel m_panel;
    ScenarioResults m_current = ScenarioResults::of(doublingScenario());
    ScenarioResults m_baseline = ScenarioResults::of(Parameters());

    // The chart in tab @p name, opened as a user would: charts out of sight update when opened.
    QChart *chart(const QString &name)
    {
        auto *view = m_panel.findChild<QChartView *>(name);
        m_panel.setCurrentWidget(view);
        if (!view)
            qFatal("no chart view %s", qPrintable(name));
        return view->chart();
    }

private slots:
    void init()
    {
        m_panel.setCurrentChart(ChartKind::Jobs);
        m_panel.showResults("Doubling", m_current, m_baseline);
    }

    void shouldUpdateAChartOutOfSightWhenItsTabIsOpened()
    {
        Parameters other = doublingScenario();
        other.set(ParameterId::InitialSellers, 2000);
        const ScenarioResults changed = ScenarioResults::of(other);
        m_panel.showResults("Other", changed, m_baseline);
        auto *view = m_panel.findChild<QChartView *>("sellersChart");
        m_panel.setCurrentWidget(view);
        QCOMPARE(yValues(seriesNamed(view->chart(), "Sellers")), valuesOf(changed.projection.sellers));
    }

    void shouldShowThePledgeAsAHorizontalLine()
    {
        const QList<QPointF> pledge = static_cast<QXYSeries *>(seriesNamed(chart("jobsChart"), "Pledge:"))->points();
        QCOMPARE(pledge, (QList<QPointF>{QPointF(0, 4000), QPointF(60, 4000)}));
    }

    void shouldDrawProjectedAndExportSupportedJobsMonthByMonth()
    {
        QChart *jobs = chart("jobsChart");
        QCOMPARE(yValues(seriesNamed(jobs, "Jobs:")), valuesOf(m_current.projection.jobs));
        QCOMPARE(yValues(seriesNamed(jobs, "Export-supported")),
                 valuesOf(m_current.projection.exportSupportedJobs));
        QCOMPARE(yValues(seriesNamed(jobs, "Baseline")), valuesOf(m_baseline.projection.jobs));
        QVERIFY(seriesNamed(jobs, "Jobs:")->name().contains("by 2022-01"));
        QCOMPARE(jobs->title(), QString("Doubling: jobs against the pledge"));
    }

    void shouldMarkTheMonthThePledgeIsMet()
    {
        auto *marker = static_cast<QScatterSeries *>(seriesNamed(chart("jobsChart"), "Pledge met"));
        QCOMPARE(marker->count(), 1);
        QCOMPARE(marker->at(0).x(), 26.0);
        QCOMPARE(marker->at(0).y(), m_current.projection.jobs(26));
        QCOMPARE(marker->name(), QString("Pledge met 2019-03"));

        Parameters unmet = doublingScenario();
        unmet.set(ParameterId::TargetJobs, 1e9);
        m_panel.showResults("Unmet", ScenarioResults::of(unmet), m_baseline);
        QCOMPARE(marker->count(), 0);
        QVERIFY(!chart("jobsChart")->legend()->markers(marker).constFirst()->isVisible());
    }

    void shouldUpdateTheSameSeriesInPlace()
    {
        QAbstractSeries *before = seriesNamed(chart("jobsChart"), "Jobs:");
        const int count = chart("jobsChart")->series().size();
        Parameters more = doublingScenario();
        more.set(ParameterId::HiresPerSeller, 2);
        const ScenarioResults changed = ScenarioResults::of(more);
        m_panel.showResults("Doubling", changed, m_baseline);
        QCOMPARE(seriesNamed(chart("jobsChart"), "Jobs:"), before);
        QCOMPARE(chart("jobsChart")->series().size(), count);
        QCOMPARE(yValues(before), valuesOf(changed.projection.jobs));
    }

    void shouldLabelYearsAndThousandsOnTheAxes()
    {
        const auto axes = chart("jobsChart")->axes();
        QStringList labels;
        for (QAbstractAxis *axis : axes)
            labels << static_cast<QCategoryAxis *>(axis)->categoriesLabels();
        // Export-supported jobs reach 32,000 x $2.14M x 5,744 / 1e9 = 393,874: the top is 500,000.
        for (const char *label : {"2017", "2019", "2022", "0", "100,000", "500,000"})
            QVERIFY2(labels.contains(label), qPrintable(labels.join(' ')));
    }

    void shouldShowTheMarketSizeOnlyForLogisticGrowth()
    {
        QAbstractSeries *market = seriesNamed(chart("sellersChart"), "Market size");
        QVERIFY(!market->isVisible());
        QCOMPARE(yValues(seriesNamed(chart("sellersChart"), "Sellers")), valuesOf(m_current.projection.sellers));
        Parameters logistic = doublingScenario();
        logistic.set(ParameterId::GrowthModel, static_cast<double>(GrowthModel::Logistic));
        logistic.set(ParameterId::MarketSize, 50000);
        m_panel.showResults("Logistic", ScenarioResults::of(logistic), m_baseline);
        QVERIFY(market->isVisible());
        QCOMPARE(yValues(market), (QList<double>{50000, 50000}));
    }

    void shouldStackDirectAndServiceJobsUnderTheDisplacedShare()
    {
        QChart *sources = chart("sourcesChart");
        auto *direct = static_cast<QAreaSeries *>(seriesNamed(sources, "Direct hires"));
        auto *service = static_cast<QAreaSeries *>(seriesNamed(sources, "Service jobs"));
        auto *displaced = static_cast<QAreaSeries *>(seriesNamed(sources, "Displaced"));
        const Projection &p = m_current.projection;
        QCOMPARE(yValues(direct->upperSeries()), valuesOf(0.75 * p.directJobs));
        QCOMPARE(service->lowerSeries(), direct->upperSeries());
        QCOMPARE(yValues(service->upperSeries()), valuesOf(p.jobs));
        QCOMPARE(displaced->lowerSeries(), service->upperSeries());
        QCOMPARE(yValues(displaced->upperSeries()), valuesOf(p.directJobs + p.serviceJobs));
    }

    void shouldExportAPngOfExactlyTheAskedSize()
    {
        QTemporaryDir folder;
        for (const QSize size : {QSize(640, 360), QSize(3840, 2160)}) {
            const QString path = folder.filePath("jobs.png");
            QString error;
            QVERIFY2(m_panel.exportChart(ChartKind::Jobs, path, size, &error), qPrintable(error));
            const QImage image(path);
            QCOMPARE(image.size(), size);
            // The pledge line's vermillion is somewhere in the picture.
            bool pledgeDrawn = false;
            for (int y = 0; y < image.height() && !pledgeDrawn; ++y)
                for (int x = 0; x < image.width() && !pledgeDrawn; x += 2)
                    pledgeDrawn = qAbs(qRed(image.pixel(x, y)) - 0xD5) < 12
                                  && qAbs(qGreen(image.pixel(x, y)) - 0x5E) < 12
                                  && qAbs(qBlue(image.pixel(x, y)) - 0x00) < 12;
            QVERIFY(pledgeDrawn);
        }
    }

    void shouldExportSvg()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("sources.svg");
        QString error;
        QVERIFY2(m_panel.exportChart(ChartKind::Sources, path, QSize(1200, 800), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("Displaced (would exist anyway)"));
    }

    void shouldRefuseABadPathOrSizeAndWriteNothing()
    {
        QTemporaryDir folder;
        QString error;
        QVERIFY(!m_panel.exportChart(ChartKind::Jobs, folder.filePath("no/x.png"), QSize(800, 600), &error));
        QVERIFY(error.startsWith("cannot write " + folder.filePath("no/x.png")));
        QVERIFY(!m_panel.exportChart(ChartKind::Jobs, folder.filePath("x.png"), QSize(9000, 600), &error));
        QCOMPARE(error, QString("cannot export at 9000x600: width and height must be 16 to 8192 pixels"));
        QVERIFY(!QFile::exists(folder.filePath("x.png")));
    }
};

QTEST_MAIN(ChartPanelTest)
#include "chartpaneltest.moc"
