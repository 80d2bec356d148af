// The jobs chart's axis: the rule that picks linear or logarithmic (docs/model.md, "Charts"), the
// chart on every preset on both bases, the export lens that never sets the axis, and the median.
// Expected values are worked out here or read from the model's results, never from the chart.
#include "charttesthelpers.h"
#include "jobsaxis.h"
#include "presetlibrary.h"

using namespace charttest;

namespace {

Eigen::ArrayXd months(std::initializer_list<double> values)
{
    Eigen::ArrayXd array(static_cast<Eigen::Index>(values.size()));
    Eigen::Index i = 0;
    for (const double value : values)
        array(i++) = value;
    return array;
}

JobsScaleInputs inputs(double pledge, std::initializer_list<double> projection,
                       std::initializer_list<double> low = {}, std::initializer_list<double> high = {})
{
    JobsScaleInputs in;
    in.pledge = pledge;
    in.projection = months(projection);
    in.bandLow = months(low);
    in.bandHigh = months(high);
    return in;
}

// The calendar month of the horizon, as the charts name it: "2022-01".
QString horizonOf(const ScenarioResults &results)
{
    const int start = static_cast<int>(std::lround(results.parameters[ParameterId::Start]));
    return QString::fromStdString(YearMonth::fromIndex(start + results.figures.horizonMonths).toString());
}

} // namespace

class JobsAxisTest : public QObject
{
    Q_OBJECT

private:
    ChartPanel m_panel;

    QChart *jobsChart()
    {
        m_panel.setCurrentChart(ChartKind::Jobs);
        QCoreApplication::processEvents();
        return m_panel.findChild<QChartView *>("jobsChart")->chart();
    }

    QLineSeries *line(QChart *chart, const QString &name)
    {
        for (QAbstractSeries *s : chart->series()) {
            if (s->name() == name)
                return qobject_cast<QLineSeries *>(s);
        }
        qFatal("no series %s", qPrintable(name));
    }

    QAreaSeries *band(QChart *chart, const QString &name)
    {
        for (QAbstractSeries *s : chart->series()) {
            if (s->name() == name)
                return qobject_cast<QAreaSeries *>(s);
        }
        qFatal("no series %s", qPrintable(name));
    }

    // A preset on a basis, with its own draws (fewer of them: the shape is what matters here).
    struct Shown {
        Scenario scenario;
        ScenarioResults results;
        std::shared_ptr<const UncertaintyResults> uncertainty;
    };
    Shown showPreset(const QString &name, JobCountBasis basis)
    {
        QString error;
        const auto loaded = presetlibrary::load(name, &error);
        if (!loaded)
            qFatal("%s", qPrintable(error));
        Shown shown{*loaded, {}, nullptr};
        shown.scenario.setParameter(ParameterId::JobCountBasis, static_cast<double>(basis));
        shown.scenario.uncertainty.samples = 2000;
        shown.results = ScenarioResults::of(shown.scenario.parameters);
        if (!shown.scenario.uncertainty.isCertain()) {
            MonteCarloEngine engine;
            shown.uncertainty = std::make_shared<const UncertaintyResults>(UncertaintyResults::of(
                shown.scenario.parameters, shown.scenario.uncertainty, engine, UncertaintyResults::Correlations::Skip));
        }
        m_panel.setUncertainty(shown.uncertainty);
        m_panel.showResults(QString::fromStdString(shown.scenario.name), shown.results, shown.results);
        QCoreApplication::processEvents();
        return shown;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(charttest::showInEnglish(m_panel));
    }

    void shouldStayLinearWhenTheProjectionFillsTheAxis()
    {
        // Top 3,000 of an axis to the pledge's 4,000: 75 %, well over a tenth.
        const JobsScale scale = chooseJobsScale(JobsAxis::Auto, inputs(4000, {0, 1000, 3000}));
        QVERIFY(!scale.logarithmic);
        QVERIFY(scale.reason.isEmpty());
    }

    void shouldTakeALogarithmWhenTheProjectionIsUnderATenthOfTheAxis()
    {
        // 99,999 of 1,000,000 is 9.9999 %: under a tenth, logarithmic; 100,000 is exactly a tenth
        // and stays linear (the rule is "under").
        QVERIFY(chooseJobsScale(JobsAxis::Auto, inputs(1e6, {0, 50'000, 99'999})).logarithmic);
        QVERIFY(!chooseJobsScale(JobsAxis::Auto, inputs(1e6, {0, 50'000, 100'000})).logarithmic);
        // The band counts as the projection: its 90th percentile at 150,000 lifts the top over a tenth.
        QVERIFY(!chooseJobsScale(JobsAxis::Auto, inputs(1e6, {0, 50'000, 99'999}, {0, 10'000, 20'000},
                                                        {0, 80'000, 150'000})).logarithmic);
        // The start's 0 on the created basis is no loss: still logarithmic.
        const JobsScale created = chooseJobsScale(JobsAxis::Auto, inputs(1e6, {0, 10, 4778}));
        QVERIFY(created.logarithmic);
        QVERIFY(created.reason.startsWith("logarithmic"));
    }

    void shouldTakeALogarithmWhenTheBandSpansMoreThanAFactorOfTwenty()
    {
        // At the horizon, p90 / p10 = 21,000 / 1,000 = 21 > 20: the lower half of the band would be
        // crushed on the floor. 20,000 / 1,000 = 20 is not more than 20: linear.
        QVERIFY(chooseJobsScale(JobsAxis::Auto, inputs(30'000, {0, 5'000, 10'000}, {0, 500, 1'000},
                                                       {0, 9'000, 21'000})).logarithmic);
        QVERIFY(!chooseJobsScale(JobsAxis::Auto, inputs(30'000, {0, 5'000, 10'000}, {0, 500, 1'000},
                                                        {0, 9'000, 20'000})).logarithmic);
    }

    void shouldFallBackToLinearAndSaySoWhenJobsAreLost()
    {
        // Far under the pledge (top 0 of 1,000,000) but losing jobs: a logarithm cannot show -872.
        // On a linear axis up to the pledge the losses would be a flat line: the axis is fitted to
        // the jobs and the pledge left above it.
        const JobsScale lost = chooseJobsScale(JobsAxis::Auto, inputs(1e6, {0, -100, -872}));
        QVERIFY(!lost.logarithmic);
        QVERIFY(lost.pledgeAbove);
        QVERIFY2(lost.reason.contains("losses"), qPrintable(lost.reason));
        // A projection that gains but a band whose 10th percentile loses: linear too, and 9,000 is
        // under a tenth of the pledge, so the pledge goes above.
        const JobsScale bandLoses = chooseJobsScale(JobsAxis::Auto, inputs(1e6, {0, 100, 4778}, {0, -5, 1000},
                                                                             {0, 200, 9000}));
        QVERIFY(!bandLoses.logarithmic);
        QVERIFY(bandLoses.pledgeAbove);
        QVERIFY(!bandLoses.reason.isEmpty());
        // Losses, but a top of 500 is half the pledge of 1,000: readable on an axis to the pledge.
        const JobsScale readable = chooseJobsScale(JobsAxis::Auto, inputs(1000, {0, -100, 500}));
        QVERIFY(!readable.logarithmic);
        QVERIFY(!readable.pledgeAbove);
        // A band over a factor of 20 wide whose projection dips below zero on the way: linear,
        // the pledge of 30,000 on the axis (the top 21,000 is well over a tenth of it).
        const JobsScale dips = chooseJobsScale(JobsAxis::Auto, inputs(30'000, {0, -50, 10'000}, {0, -500, 1'000},
                                                                        {0, 9'000, 21'000}));
        QVERIFY(!dips.logarithmic);
        QVERIFY(!dips.pledgeAbove);
        QVERIFY2(dips.reason.contains("jobs lost"), qPrintable(dips.reason));
        // Asked for linear, the axis reaches the pledge whatever the jobs.
        QVERIFY(!chooseJobsScale(JobsAxis::Linear, inputs(1e6, {0, -100, -872})).pledgeAbove);
    }

    void shouldDoAsToldWhenTheAxisIsChosen()
    {
        QVERIFY(chooseJobsScale(JobsAxis::Log, inputs(4000, {0, 1000, 3000})).logarithmic);
        QVERIFY(!chooseJobsScale(JobsAxis::Linear, inputs(1e6, {0, 10, 4778})).logarithmic);
        QVERIFY(chooseJobsScale(JobsAxis::Log, inputs(4000, {0, 1000, 3000})).reason.isEmpty());
    }

    void shouldNameTheSettingsAsTheCommandLineTakesThem()
    {
        QCOMPARE(jobsAxisNames(), (QStringList{"auto", "linear", "log"}));
        for (JobsAxis axis : {JobsAxis::Auto, JobsAxis::Linear, JobsAxis::Log})
            QCOMPARE(jobsAxisNamed(jobsAxisName(axis)), std::optional<JobsAxis>(axis));
        QCOMPARE(jobsAxisNamed("logarithmic"), std::nullopt);
    }

    void shouldShowTheProjectionItsBandsAndThePledgeOnEveryPreset_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("basis");
        for (const PresetInfo &preset : presetlibrary::list()) {
            for (JobCountBasis basis : {JobCountBasis::Created, JobCountBasis::Linked}) {
                const QString name = preset.name + (basis == JobCountBasis::Created ? " created" : " linked");
                QTest::newRow(qPrintable(name)) << preset.name << static_cast<int>(basis);
            }
        }
    }

    void shouldShowTheProjectionItsBandsAndThePledgeOnEveryPreset()
    {
        QFETCH(QString, preset);
        QFETCH(int, basis);
        m_panel.setJobsAxis(JobsAxis::Auto);
        const Shown shown = showPreset(preset, static_cast<JobCountBasis>(basis));
        QChart *chart = jobsChart();
        auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Vertical).constFirst());
        const double bottom = axis->min(), span = axis->max() - axis->min();
        const QList<double> jobs = yValues(line(chart, "Projected jobs"));
        const double pledge = yValues(line(chart, "Pledge")).front();

        // The pledge is on the axis, or above it and marked at the top edge with its figure (jobs
        // lost, as what-happened's on the created basis: no logarithm, and an axis to the pledge
        // would flatten them). The projection stands at least a tenth up the axis, or where it
        // loses jobs spans at least a tenth of it: no flat line on the floor. (Read as plotted:
        // log10 of the counts on a log axis.)
        const double target = shown.results.figures.targetJobs;
        if (pledge > axis->max()) {
            QVERIFY2(textsIn(chart).contains(QString("\u2191 pledge off the scale: %1").arg(QLocale().toString(target, 'f', 0))),
                     qPrintable(textsIn(chart).join(" | ")));
            QVERIFY(axis->titleText().contains("pledge above the scale"));
        } else {
            QVERIFY2(pledge >= axis->min(), qPrintable(QString::number(pledge)));
        }
        const double top = *std::max_element(jobs.begin(), jobs.end());
        const double least = *std::min_element(jobs.begin(), jobs.end());
        QVERIFY2((least < 0 ? top - least : top - bottom) / span >= kReadableShare,
                 qPrintable(QString("projection %1 to %2 on an axis %3 to %4").arg(least).arg(top).arg(axis->min()).arg(axis->max())));

        // The band at the horizon is visibly wide: its 10-90 % spread at least 2 % of the axis.
        if (shown.uncertainty) {
            QAreaSeries *outer = band(chart, "10-90 % of draws");
            QVERIFY(outer->isVisible());
            const double width = outer->upperSeries()->points().back().y() - outer->lowerSeries()->points().back().y();
            QVERIFY2(width / span >= 0.02, qPrintable(QString("band %1 of %2").arg(width).arg(span)));
        }

        // The lens never sets the axis: the axis reaches no more than a round step above the
        // pledge, the projection and its band (a factor of 1.5 in counts, or a decade and a
        // ninth on a logarithm), whatever the lens.
        const Projection &p = shown.results.projection;
        double reached = std::max(shown.results.figures.targetJobs, p.jobs.maxCoeff());
        if (shown.uncertainty)
            reached = std::max(reached, shown.uncertainty->monteCarlo.jobsPercentiles.col(percentileColumn(0.90)).maxCoeff());
        const bool logarithmic = axis->titleText().contains("(log scale");
        const double axisTop = logarithmic ? std::pow(10.0, axis->max()) : axis->max();
        QVERIFY2(axisTop <= 1.5 * reached, qPrintable(QString("axis to %1 for %2").arg(axisTop).arg(reached)));
    }

    void shouldMarkTheExportLensOffTheScaleApartFromThePledge()
    {
        // Taobao Villages: the lens runs far above the 2.6 million jobs the axis is drawn for.
        const Shown shown = showPreset("taobao-villages", JobCountBasis::Created);
        QChart *chart = jobsChart();
        const Projection &p = shown.results.projection;
        const double lens = p.exportSupportedJobs(p.lastMonth()) - p.exportSupportedJobs(0);
        auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Vertical).constFirst());
        QVERIFY2(lens > axis->max(), "the preset's lens is meant to be off the scale");
        const QString mark = QString("\u2191 export lens off the scale: %1 by %2")
                                 .arg(QLocale().toString(lens, 'f', 0), horizonOf(shown.results));
        QVERIFY2(textsIn(chart).contains(mark), qPrintable(textsIn(chart).join(" | ")));
        // Drawn apart from the pledge: another colour (not the vermillion's neighbour orange) and dashed.
        const QPen lensPen = line(chart, "Export-supported jobs (second lens, not added)")->pen();
        const QPen pledgePen = line(chart, "Pledge")->pen();
        QVERIFY(lensPen.style() != Qt::SolidLine && pledgePen.style() == Qt::SolidLine);
        QVERIFY(lensPen.color() != QColor(0xE6, 0x9F, 0x00));
        const auto hueGap = std::abs(lensPen.color().hslHue() - pledgePen.color().hslHue());
        QVERIFY2(std::min(hueGap, 360 - hueGap) >= 60, qPrintable(QString::number(hueGap)));
    }

    void shouldMarkTheExportLensFallingBelowTheAxis()
    {
        // What happened, counted as created: the sellers fall from 7,000 and the lens's X(60) - X(0)
        // with them, far below an axis fitted to the few hundred jobs lost.
        const Shown shown = showPreset("what-happened", JobCountBasis::Created);
        QChart *chart = jobsChart();
        const Projection &p = shown.results.projection;
        const double lens = p.exportSupportedJobs(p.lastMonth()) - p.exportSupportedJobs(0);
        auto *axis = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Vertical).constFirst());
        QVERIFY2(lens < axis->min(), "the preset's lens is meant to fall below the axis");
        const QString mark = QString("\u2193 export lens off the scale: %1 by %2")
                                 .arg(QLocale().toString(lens, 'f', 0), horizonOf(shown.results));
        QVERIFY2(textsIn(chart).contains(mark), qPrintable(textsIn(chart).join(" | ")));
        QVERIFY(!textsIn(chart).filter(QRegularExpression(", off the scale$")).filter("Export-supported").isEmpty());
    }

    void shouldDrawAndLabelTheMedianOfTheDrawsBesideTheProjection()
    {
        const Shown shown = showPreset("central", JobCountBasis::Created);
        QVERIFY(shown.uncertainty);
        QChart *chart = jobsChart();
        const Eigen::ArrayXXd &percentiles = shown.uncertainty->monteCarlo.jobsPercentiles;
        QLineSeries *median = line(chart, "Median of the draws");
        QVERIFY(median->isVisible());
        QList<double> expected;
        for (const double value : percentiles.col(percentileColumn(0.50)))
            expected << std::log10(std::max(value, 1.0)); // central is on the logarithmic axis
        QCOMPARE(yValues(median), expected);
        const QString last = QLocale().toString(percentiles(percentiles.rows() - 1, percentileColumn(0.50)), 'f', 0);
        const QStringList texts = textsIn(chart);
        QVERIFY2(texts.contains("median " + last), qPrintable(texts.join(" | ")));
        QVERIFY(texts.contains("projection " + QLocale().toString(shown.results.figures.jobsAtHorizon, 'f', 0)));
        QVERIFY(texts.contains(QString("Median of the draws: %1 by %2").arg(last, horizonOf(shown.results))));

        // With every input fixed there are no draws: no median line.
        showPreset("taobao-villages", JobCountBasis::Created);
        QVERIFY(!line(jobsChart(), "Median of the draws")->isVisible());
    }
};

QTEST_MAIN(JobsAxisTest)
#include "jobsaxistest.moc"
