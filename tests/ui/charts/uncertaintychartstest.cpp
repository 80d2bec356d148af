// The charts of uncertainty: the bands under the jobs line, the histogram at the horizon, the odds
// by year and the tornado. Expected values come from the model's own results (the engine, the
// tornado) or from arithmetic done here, never from what the charts happened to draw.
#include "charttheme.h"
#include "charttesthelpers.h"
#include "horizonhistogramchart.h"
#include "parametertable.h"
#include "presetlibrary.h"
#include "tornadochart.h"
#include "valuetext.h"

#include <QGraphicsTextItem>
#include <QScatterSeries>
#include <QTextDocumentFragment>

using namespace charttest;

class UncertaintyChartsTest : public QObject
{
    Q_OBJECT

private:
    ChartPanel m_panel;
    Parameters m_parameters = doublingScenario();
    Uncertainty m_uncertainty = [] {
        // Growth between 50 % and 150 % a year and a quarter to a half displaced: the pledge
        // (4,000) is met in some draws and not in others.
        Uncertainty u;
        u.set(ParameterId::AnnualGrowthRate, Distribution::uniform(0.5, 1.5));
        u.set(ParameterId::DisplacementShare, Distribution::triangular(0.1, 0.25, 0.5));
        u.samples = 5000;
        return u;
    }();
    std::shared_ptr<const UncertaintyResults> m_results;

    QChart *chart(ChartKind kind, const QString &viewName)
    {
        m_panel.setCurrentChart(kind);
        QCoreApplication::processEvents();
        auto *view = m_panel.findChild<QChartView *>(viewName);
        if (!view)
            qFatal("no chart view %s", qPrintable(viewName));
        return view->chart();
    }

    template <typename Series>
    QList<Series *> all(QChart *chart)
    {
        QList<Series *> found;
        for (QAbstractSeries *s : chart->series()) {
            if (auto *series = qobject_cast<Series *>(s))
                found << series;
        }
        return found;
    }

    template <typename Series = QLineSeries>
    Series *named(QChart *chart, const QString &name)
    {
        for (QAbstractSeries *s : chart->series()) {
            if (s->name() == name || s->name().startsWith(name + ":"))
                return qobject_cast<Series *>(s);
        }
        qFatal("no series %s", qPrintable(name));
    }

    void showWith(std::shared_ptr<const UncertaintyResults> results)
    {
        m_panel.setUncertainty(std::move(results));
        const ScenarioResults current = ScenarioResults::of(m_parameters);
        m_panel.showResults(QStringLiteral("Test"), current, current);
        QCoreApplication::processEvents();
    }

private slots:
    void init()
    {
        MonteCarloEngine engine;
        m_results = std::make_shared<const UncertaintyResults>(
            UncertaintyResults::of(m_parameters, m_uncertainty, engine));
        showWith(m_results);
    }

    void cleanup()
    {
        m_parameters = doublingScenario(); // for the tests that change it
    }

    void shouldCountTheShareOfValuesInEachBin()
    {
        // Over [0, 4) in 4 bins: 0.5 | 1.5 1.6 | - | 3.9; 4.0 and -1 fall outside: 2 of 6.
        Eigen::ArrayXd values(6);
        values << 0.5, 1.5, 1.6, 3.9, 4.0, -1;
        Eigen::ArrayXd shares(4);
        const double beyond = HorizonHistogramChart::binShares(values, 4, shares);
        QCOMPARE(beyond, 100.0 * 2 / 6);
        QCOMPARE(valuesOf(shares), (QList<double>{100.0 / 6, 200.0 / 6, 0, 100.0 / 6}));
    }

    void shouldReachThePledgeOnlyWhenItIsNearTheDraws()
    {
        // The draws' tail: 1.25 x the 95th percentile. A pledge within 3x of it is on the axis.
        QCOMPARE(HorizonHistogramChart::axisTop(1000, 2000), 2000.0);
        QCOMPARE(HorizonHistogramChart::axisTop(1000, 500), 1250.0);
        QCOMPARE(HorizonHistogramChart::axisTop(1000, 1e6), 1250.0);
    }

    void shouldDrawTheBandsFromTheEnginesPercentiles()
    {
        QChart *jobs = chart(ChartKind::Jobs, "jobsChart");
        const Eigen::ArrayXXd &p = m_results->monteCarlo.jobsPercentiles;
        const auto outer = named<QAreaSeries>(jobs, "10-90 % of draws");
        const auto inner = named<QAreaSeries>(jobs, "25-75 % of draws");
        QVERIFY(outer->isVisible() && inner->isVisible());
        QCOMPARE(yValues(outer->lowerSeries()), valuesOf(p.col(1)));
        QCOMPARE(yValues(outer->upperSeries()), valuesOf(p.col(5)));
        QCOMPARE(yValues(inner->lowerSeries()), valuesOf(p.col(2)));
        QCOMPARE(yValues(inner->upperSeries()), valuesOf(p.col(4)));
        QCOMPARE(xValues(outer->upperSeries()), monthsFrom(0, 61));
        QVERIFY(textsIn(jobs).contains("10-90 % of 5,000 draws"));
    }

    void shouldDrawAHistogramOfEveryDrawAtTheHorizon()
    {
        QChart *histogram = chart(ChartKind::Uncertainty, "uncertaintyChart");
        const auto bins = all<QAreaSeries>(histogram);
        QCOMPARE(bins.size(), 1);
        const QList<QPointF> steps = bins.front()->upperSeries()->points();
        QCOMPARE(steps.size(), 2 * HorizonHistogramChart::kBins);
        // Each bin is a flat step; the bins and the share beyond the axis make up every draw.
        double total = 0;
        for (int i = 0; i < steps.size(); i += 2) {
            QCOMPARE(steps[i].y(), steps[i + 1].y());
            total += steps[i].y();
        }
        const double top = steps.back().x();
        Eigen::ArrayXd shares(HorizonHistogramChart::kBins);
        const double beyond = HorizonHistogramChart::binShares(m_results->monteCarlo.jobsAtHorizon, top, shares);
        QVERIFY(std::abs(total + beyond - 100.0) < 1e-9);
        // The pledge (4,000) lies near the draws, so it is drawn where it is.
        QCOMPARE(xValues(named(histogram, "Pledge")), (QList<double>{kPledge, kPledge}));
        const QString met = QLocale().toString(100.0 * m_results->monteCarlo.probabilityTargetMet, 'f', 1);
        QVERIFY(textsIn(histogram).contains(QString("Pledge: 4,000, met in %1 % of draws").arg(met)));
    }

    void shouldCountTheHistogramsJobsInMillionsOnceTheyReachAMillion()
    {
        const auto horizontal = [](QChart *chart) {
            return qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).constFirst());
        };
        // The test's case stays in thousands: labels are plain counts.
        QCategoryAxis *axis = horizontal(chart(ChartKind::Uncertainty, "uncertaintyChart"));
        QVERIFY(!axis->titleText().contains("millions"));
        for (const auto &[label, value] : ticksOf(axis))
            QCOMPARE(label, QLocale().toString(value, 'f', 0));

        // A hundred times the sellers: millions of jobs at the horizon, labelled in millions, or
        // "12,500,000" five times over would not fit beside the odds.
        m_parameters.set(ParameterId::InitialSellers, 100000);
        MonteCarloEngine engine;
        showWith(std::make_shared<const UncertaintyResults>(UncertaintyResults::of(m_parameters, m_uncertainty, engine)));
        axis = horizontal(chart(ChartKind::Uncertainty, "uncertaintyChart"));
        QVERIFY(axis->titleText().endsWith("(millions)"));
        const auto ticks = ticksOf(axis);
        QVERIFY(ticks.back().second >= 1e6);
        for (const auto &[label, value] : ticks) {
            bool ok = false;
            QCOMPARE(QLocale().toDouble(label, &ok) * 1e6, value);
            QVERIFY(ok);
            QVERIFY(label.size() <= 5); // "12.5", not "12,500,000"
        }
    }

    void shouldLabelJobsLostInAtMostFiveStepsBesideTheOdds()
    {
        // What happened loses jobs in every draw: its 5th percentile at the horizon is about -450,
        // the axis runs from 1.25 times that to above 0. Steps of 100 rounded out at both ends
        // made seven, too narrow at half of a 1366-pixel window ("-6..." for -600). At most five
        // round steps, each a multiple of the step, 0 among them.
        QString error;
        const std::optional<Scenario> preset = presetlibrary::load(QStringLiteral("what-happened"), &error);
        QVERIFY2(preset, qPrintable(error));
        MonteCarloEngine engine;
        m_parameters = preset->parameters;
        m_panel.setUncertainty(std::make_shared<const UncertaintyResults>(
            UncertaintyResults::of(preset->parameters, preset->events, preset->uncertainty, engine)));
        const ScenarioResults current = ScenarioResults::of(preset->parameters, preset->events);
        m_panel.showResults(QStringLiteral("What happened"), current, current);
        QCoreApplication::processEvents();
        auto *axis = qobject_cast<QCategoryAxis *>(
            chart(ChartKind::Uncertainty, "uncertaintyChart")->axes(Qt::Horizontal).constFirst());
        const auto ticks = ticksOf(axis);
        QVERIFY2(ticks.size() >= 4 && ticks.size() <= 6, qPrintable(QString::number(ticks.size())));
        QVERIFY(ticks.front().second < 0);
        const double step = ticks[1].second - ticks[0].second;
        QVERIFY(isNiceStep(step));
        bool zero = false;
        for (const auto &[label, value] : ticks) {
            QVERIFY(std::fmod(value, step) == 0); // -0.0 for a negative multiple: == 0 all the same
            zero = zero || value == 0;
        }
        QVERIFY(zero);
        m_panel.setUncertainty(m_results); // the other tests' draws
    }

    void shouldShrinkATitleUntilItFitsTheChartsWidth()
    {
        // At half of a 1366-pixel window the histogram's title at 13 points ran past its chart
        // and Qt Charts elided it ("Jobs created by 2022-01 (10,00..."; here "Jobs linked in"). Narrow: a smaller font,
        // the whole title within the chart's width less its margins; wide again: 13 points.
        QChart *histogram = chart(ChartKind::Uncertainty, "uncertaintyChart");
        const QString title = QTextDocumentFragment::fromHtml(histogram->title()).toPlainText();
        QVERIFY(title.endsWith("draws)"));
        // What Qt Charts shows: its title item's text, elided or whole.
        const auto shown = [histogram] {
            for (QGraphicsItem *item : histogram->childItems()) {
                auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
                if (text && text->isVisible() && text->toPlainText().startsWith("Jobs "))
                    return text->toPlainText();
            }
            return QString();
        };
        histogram->resize(340, 500);
        QCoreApplication::processEvents();
        QVERIFY2(histogram->titleFont().pointSizeF() < 13, qPrintable(histogram->titleFont().toString()));
        QVERIFY(histogram->titleFont().pointSizeF() >= 10);
        QCOMPARE(shown(), title);
        histogram->resize(1000, 500);
        QCoreApplication::processEvents();
        QCOMPARE(histogram->titleFont().pointSizeF(), 13.0);
        QVERIFY(histogram->titleFont().bold());
        QCOMPARE(shown(), title);
    }

    void shouldDrawTheShareOfDrawsThatHaveMetThePledgeByEachMonth()
    {
        QChart *odds = chart(ChartKind::Uncertainty, "oddsChart");
        const Eigen::ArrayXd &firstMet = m_results->monteCarlo.firstMetShare;
        QList<double> expected;
        double sum = 0;
        for (const double share : firstMet)
            expected << 100.0 * (sum += share);
        QCOMPARE(yValues(named(odds, "Draws that have met the pledge")), expected);
        QVERIFY(expected.back() > 0 && expected.back() < 100); // the test's case is uncertain
        // One labelled dot at each year's end, rounded to a tenth of a percent.
        const auto dots = all<QScatterSeries>(odds);
        QCOMPARE(dots.size(), 1);
        QCOMPARE(xValues(dots.front()), (QList<double>{12, 24, 36, 48, 60}));
        QCOMPARE(dots.front()->points().back().y(), std::round(expected.back() * 10) / 10);
    }

    void shouldDrawATornadoBarForEachUncertainParameterWidestOnTop()
    {
        QChart *tornado = chart(ChartKind::Sensitivity, "sensitivityChart");
        const std::vector<SensitivityBar> &bars = m_results->tornado;
        QCOMPARE(bars.size(), std::size_t(2));
        const double asSet = ScenarioResults::of(m_parameters).figures.jobsAtHorizon;
        QList<QAreaSeries *> shown;
        for (QAreaSeries *bar : all<QAreaSeries>(tornado)) {
            if (bar->isVisible())
                shown << bar;
        }
        QCOMPARE(shown.size(), 4); // a low and a high end for each
        for (std::size_t i = 0; i < bars.size(); ++i) {
            const double row = static_cast<double>(bars.size() - 1 - i); // the first on top
            for (const double end : {bars[i].jobsAtLow, bars[i].jobsAtHigh}) {
                const QList<double> expectedX{std::min(asSet, end), std::max(asSet, end)};
                const bool drawn = std::any_of(shown.begin(), shown.end(), [&](QAreaSeries *s) {
                    return xValues(s->upperSeries()) == expectedX
                        && s->upperSeries()->at(0).y() == row + TornadoChart::kHalfBar
                        && s->lowerSeries()->at(0).y() == row - TornadoChart::kHalfBar;
                });
                QVERIFY2(drawn, qPrintable(QString("bar %1 to %2").arg(expectedX[0]).arg(expectedX[1])));
            }
        }
        // Growth swings jobs most here: it labels the top row.
        QCOMPARE(bars.front().id, ParameterId::AnnualGrowthRate);
        const auto ticks = ticksOf(qobject_cast<QCategoryAxis *>(tornado->axes(Qt::Vertical).constFirst()));
        QCOMPARE(ticks.size(), 2);
        QVERIFY(ticks.back().first.startsWith("Yearly seller growth<br>"));
        QCOMPARE(ticks.back().second, 1.0);
        // With the run's rank correlation; a quick run without them labels the bars without.
        const QString growthCorrelation =
            QLocale().toString(*m_results->correlationOf(ParameterId::AnnualGrowthRate), 'f', 2);
        QVERIFY(ticks.back().first.endsWith(QString(", rank corr. %1").arg(growthCorrelation)));
        MonteCarloEngine engine;
        showWith(std::make_shared<const UncertaintyResults>(UncertaintyResults::of(
            m_parameters, m_uncertainty, engine, UncertaintyResults::Correlations::Skip)));
        const auto quickTicks = ticksOf(qobject_cast<QCategoryAxis *>(tornado->axes(Qt::Vertical).constFirst()));
        QVERIFY(!quickTicks.back().first.contains("rank corr."));
    }

    void shouldPlotJobsAndBandsAsDecadesOnALogarithmicAxis()
    {
        m_panel.setJobsAxis(JobsAxis::Log);
        QChart *jobs = chart(ChartKind::Jobs, "jobsChart");
        const ScenarioResults current = ScenarioResults::of(m_parameters);
        QList<double> logJobs;
        for (const double j : current.projection.jobs)
            logJobs << std::log10(j);
        QCOMPARE(yValues(named(jobs, QString("Projected jobs"))), logJobs);
        const auto outer = named<QAreaSeries>(jobs, "10-90 % of draws");
        QCOMPARE(yValues(outer->upperSeries()).back(),
                 std::log10(m_results->monteCarlo.jobsPercentiles(60, 5)));
        QCOMPARE(yValues(named(jobs, QString("Pledge"))).front(), std::log10(kPledge));
        // Decades from the one below the fewest jobs (900 at the start: 100) to the largest line
        // (export-supported jobs), labelled as counts.
        const auto ticks = ticksOf(qobject_cast<QCategoryAxis *>(jobs->axes(Qt::Vertical).constFirst()));
        QCOMPARE(ticks.front(), std::make_pair(QString("100"), 2.0));
        QCOMPARE(ticks[1], std::make_pair(QString("1,000"), 3.0));
        QCOMPARE(ticks[2], std::make_pair(QString("10,000"), 4.0));

        m_panel.setJobsAxis(JobsAxis::Auto);
        QCOMPARE(yValues(named(jobs, QString("Projected jobs"))), valuesOf(current.projection.jobs));
    }

    void shouldSaySoInASentenceWhenEveryInputIsFixed()
    {
        // After an uncertain scenario, as in the window: nothing of its axes may stay in view.
        QChart *histogram = chart(ChartKind::Uncertainty, "uncertaintyChart");
        QVERIFY(messageIn(histogram).isEmpty());
        showWith(nullptr);
        QChart *jobs = chart(ChartKind::Jobs, "jobsChart");
        QVERIFY(!named<QAreaSeries>(jobs, "10-90 % of draws")->isVisible());
        const ScenarioResults current = ScenarioResults::of(m_parameters);
        // Doubling, every job linked: 900 x 2^5 = 28,800 in 2022-01; the pledge of 4,000 met
        // in month monthPledgeIsMet().
        const QString met = QString::fromStdString(YearMonth{2017, 1}.plusMonths(monthPledgeIsMet()).toString());
        const QString expected[] = {
            "Every input is fixed: no spread to show\nEvery draw would give the projection: 28,800 jobs linked in 2022-01.",
            QString("Certain: met in %1\nWith every input fixed, every draw meets the pledge of 4,000 from %1 on.").arg(met),
            "Every input is fixed: nothing swings the jobs\nGive an input a distribution to see which moves them most."};
        QChart *views[] = {chart(ChartKind::Uncertainty, "uncertaintyChart"), chart(ChartKind::Uncertainty, "oddsChart"),
                           chart(ChartKind::Sensitivity, "sensitivityChart")};
        QCOMPARE(current.figures.jobsAtHorizon, 28'800.0);
        for (int i = 0; i < 3; ++i) {
            QChart *view = views[i];
            QCOMPARE(messageIn(view), expected[i]);
            QVERIFY(view->title().isEmpty());
            for (QAbstractAxis *axis : view->axes())
                QVERIFY2(!axis->isVisible(), qPrintable(axis->titleText()));
            for (QAbstractSeries *series : view->series())
                QVERIFY2(!series->isVisible(), qPrintable(series->name()));
            QVERIFY(textsIn(view).isEmpty()); // no legend, no labels
        }

        // Not met: the odds say so in words.
        m_parameters.set(ParameterId::TargetJobs, 1e6);
        showWith(nullptr);
        QCOMPARE(messageIn(chart(ChartKind::Uncertainty, "oddsChart")),
                 QString("Certain: not met\nWith every input fixed, no draw reaches the pledge of 1,000,000 by 2022-01."));

        // Uncertain again: the plot is back, the sentence gone.
        showWith(m_results);
        QChart *again = chart(ChartKind::Uncertainty, "uncertaintyChart");
        QVERIFY(messageIn(again).isEmpty());
        QVERIFY(again->axes().constFirst()->isVisible());
        QVERIFY(named<QAreaSeries>(again, "Draws")->isVisible());
    }

    void shouldRenderTheSentenceWholeOrRefuse()
    {
        // Taobao Villages fixes every input: each half of the Uncertainty picture holds its
        // sentence and nothing else, and the tornado its own.
        m_panel.setUncertainty(nullptr);
        const ScenarioResults current = ScenarioResults::of(m_parameters);
        m_panel.showResults(QStringLiteral("Fixed"), current, current);
        QTemporaryDir folder;
        QString error;
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080), QSize(640, 360)}) {
            const QString path = folder.filePath("fixed.png");
            QVERIFY2(m_panel.exportChart(ChartKind::Uncertainty, path, size, &error), qPrintable(error));
            const QImage image(path);
            // Both halves carry ink (a sentence each), neither is blank.
            const int half = size.width() / 2;
            QVERIFY(inkedShare(image.copy(0, 0, half, size.height())) > 0.002);
            QVERIFY(inkedShare(image.copy(half, 0, half, size.height())) > 0.002);
            QVERIFY2(m_panel.exportChart(ChartKind::Sensitivity, path, size, &error), qPrintable(error));
        }
        // Too small to hold the sentence: refused, and no file, rather than a picture that says
        // less than it claims.
        const QString tiny = folder.filePath("tiny.png");
        QVERIFY(!m_panel.exportChart(ChartKind::Uncertainty, tiny, QSize(60, 40), &error));
        QVERIFY2(error.contains("does not fit"), qPrintable(error));
        QVERIFY(!QFile::exists(tiny));
    }

    void shouldMarkThePercentilesAndTheProjectionOnTheHistogram()
    {
        QChart *histogram = chart(ChartKind::Uncertainty, "uncertaintyChart");
        const Eigen::ArrayXXd &p = m_results->monteCarlo.jobsPercentiles;
        const Eigen::Index last = p.rows() - 1;
        const double p10 = p(last, percentileColumn(0.10)), p50 = p(last, percentileColumn(0.50)),
                     p90 = p(last, percentileColumn(0.90));
        QCOMPARE(xValues(named(histogram, "Median of the draws")), (QList<double>{p50, p50}));
        QCOMPARE(xValues(named(histogram, "10th and 90th percentiles")), (QList<double>{p10, p10}));
        const double asSet = ScenarioResults::of(m_parameters).figures.jobsAtHorizon;
        QCOMPARE(xValues(named(histogram, "Projection with the values as set")), (QList<double>{asSet, asSet}));
        const auto count = [](double value) { return QLocale().toString(value, 'f', 0); };
        const QStringList texts = textsIn(histogram);
        for (const QString &label : {"p10 " + count(p10), "median " + count(p50), "p90 " + count(p90),
                                     "projection " + count(asSet)})
            QVERIFY2(texts.contains(label), qPrintable(label + " in " + texts.join(" | ")));
        // p90's line too, unlisted: a vertical at p90 among the series.
        bool p90Drawn = false;
        for (QLineSeries *series : all<QLineSeries>(histogram))
            p90Drawn |= xValues(series) == QList<double>{p90, p90};
        QVERIFY(p90Drawn);
    }

    void shouldWriteTheInputsValueAtEachEndOfATornadoBar()
    {
        QChart *tornado = chart(ChartKind::Sensitivity, "sensitivityChart");
        const QStringList texts = textsIn(tornado);
        for (const SensitivityBar &bar : m_results->tornado) {
            const ParameterDescriptor &d = descriptor(bar.id);
            for (const double value : {bar.lowValue, bar.highValue}) {
                const QString label = valueText(d, TornadoChart::toSignificantFigures(value, 3));
                QVERIFY2(texts.contains(label), qPrintable(label + " in " + texts.join(" | ")));
            }
        }
    }

    void shouldRoundToSignificantFigures()
    {
        // 0.104 49: the first figure is in the tenths, three figures keep thousandths: 0.104.
        QCOMPARE(TornadoChart::toSignificantFigures(0.10449, 3), 0.104);
        // 226.49 keeps units: 226; 479.5 rounds up to 480; 3 stays 3; -0.33333 to -0.333.
        QCOMPARE(TornadoChart::toSignificantFigures(226.49, 3), 226.0);
        QCOMPARE(TornadoChart::toSignificantFigures(479.5, 3), 480.0);
        QCOMPARE(TornadoChart::toSignificantFigures(3, 3), 3.0);
        QCOMPARE(TornadoChart::toSignificantFigures(-0.33333, 3), -0.333);
        QCOMPARE(TornadoChart::toSignificantFigures(0, 3), 0.0);
    }

    void shouldExportBothUncertaintyChartsInOnePicture()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("uncertainty.png");
        QString error;
        QVERIFY2(m_panel.exportChart(ChartKind::Uncertainty, path, QSize(1600, 600), &error), qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1600, 600));
        // The histogram's fill on the left half, the odds line's vermillion on the right half.
        QVERIFY(hasColourNear(image.copy(0, 0, 800, 600), ChartTheme::light().bandInner));
        QVERIFY(hasColourNear(image.copy(800, 0, 800, 600), ChartTheme::light().pledge));
    }

};

QTEST_MAIN(UncertaintyChartsTest)
#include "uncertaintychartstest.moc"
