// The charts' own tests: the only tests that name Qt Charts classes, like the code they test.
// Expected values come from the model's own results or from arithmetic done here, never from
// what the charts happened to draw.
#include "charttesthelpers.h"

#include <sys/resource.h>

using namespace charttest;

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
        if (!view)
            qFatal("no chart view %s", qPrintable(name));
        if (m_panel.currentWidget() != view) {
            m_panel.setCurrentWidget(view);
            QCoreApplication::processEvents(); // lets it lay itself out
        }
        return view->chart();
    }

    template <typename Series = QLineSeries>
    Series *series(const QString &chartName, const QString &name)
    {
        for (QAbstractSeries *s : chart(chartName)->series()) {
            if (s->name() == name)
                return qobject_cast<Series *>(s);
        }
        qFatal("no series %s in %s", qPrintable(name), qPrintable(chartName));
    }

    QCategoryAxis *axis(const QString &chartName, Qt::Orientation orientation)
    {
        return qobject_cast<QCategoryAxis *>(chart(chartName)->axes(orientation).constFirst());
    }

    void show(const Parameters &current, const Parameters &baseline = Parameters())
    {
        m_panel.showResults(QStringLiteral("Test"), ScenarioResults::of(current),
                            ScenarioResults::of(baseline));
        QCoreApplication::processEvents(); // lets the charts lay themselves out
    }

    // Where the pledge-met dot is drawn: the visible ellipse among the chart's own items.
    QGraphicsEllipseItem *pledgeMetDot(QChart *jobs) const
    {
        for (QGraphicsItem *item : jobs->childItems()) {
            if (auto *dot = qgraphicsitem_cast<QGraphicsEllipseItem *>(item); dot && dot->isVisible())
                return dot;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(charttest::showInEnglish(m_panel));
    }

    void init()
    {
        m_panel.setCurrentChart(ChartKind::Jobs);
        m_panel.showResults(QStringLiteral("Doubling"), m_current, m_baseline);
        QCoreApplication::processEvents();
    }

    void shouldUpdateAChartOutOfSightWhenItsTabIsOpened()
    {
        Parameters other = doublingScenario();
        other.set(ParameterId::InitialSellers, 2000);
        const ScenarioResults changed = ScenarioResults::of(other);
        m_panel.showResults("Other", changed, m_baseline);
        QCOMPARE(yValues(series("sellersChart", "Sellers")), valuesOf(changed.projection.sellers));
        QCOMPARE(chart("sourcesChart")->title(), QString("Other: where the linked jobs come from"));
    }

    void shouldWaitForResultsBeforeDrawingAnything()
    {
        ChartPanel fresh;
        fresh.resize(600, 400);
        fresh.show();
        for (ChartKind kind : {ChartKind::Sellers, ChartKind::Sources, ChartKind::Jobs})
            fresh.setCurrentChart(kind); // opening tabs with nothing to show draws nothing
        QCoreApplication::processEvents();
        auto *view = fresh.findChild<QChartView *>("jobsChart");
        for (QAbstractSeries *s : view->chart()->series())
            QCOMPARE(qobject_cast<QXYSeries *>(s) ? qobject_cast<QXYSeries *>(s)->count() : 0, 0);
    }

    void shouldShowTheChartsAsTabsInOrder()
    {
        QCOMPARE(m_panel.count(), 7);
        QCOMPARE(m_panel.widget(0)->objectName(), QString("jobsChart"));
        QCOMPARE(m_panel.widget(1)->objectName(), QString("sellersChart"));
        QCOMPARE(m_panel.widget(2)->objectName(), QString("sourcesChart"));
        QCOMPARE(m_panel.widget(3)->objectName(), QString("uncertaintyPage"));
        QCOMPARE(m_panel.widget(4)->objectName(), QString("sensitivityChart"));
        QCOMPARE(m_panel.widget(5)->objectName(), QString("frontierChart"));
        QCOMPARE(m_panel.widget(6)->objectName(), QString("comparePage"));
        // The Uncertainty tab holds two charts side by side.
        QVERIFY(m_panel.widget(3)->findChild<QChartView *>("uncertaintyChart"));
        QVERIFY(m_panel.widget(3)->findChild<QChartView *>("oddsChart"));
        for (ChartKind kind : {ChartKind::Compare, ChartKind::Frontier, ChartKind::Sensitivity, ChartKind::Uncertainty, ChartKind::Sources,
                               ChartKind::Sellers, ChartKind::Jobs}) {
            m_panel.setCurrentChart(kind);
            QCOMPARE(m_panel.currentChart(), kind);
        }
        QCOMPARE(chart("jobsChart")->title(), QString("Doubling: jobs linked against the pledge"));
    }

    void shouldDrawChartsAntialiased()
    {
        for (const char *name : {"jobsChart", "sellersChart", "sourcesChart"}) {
            auto *view = m_panel.findChild<QChartView *>(name);
            QVERIFY(view->renderHints().testFlag(QPainter::Antialiasing));
        }
    }

    void shouldShowThePledgeAsAHorizontalLine()
    {
        const double target = m_current.parameters[ParameterId::TargetJobs];
        const double lastMonth = static_cast<double>(m_current.projection.lastMonth());
        QCOMPARE(series("jobsChart", "Pledge")->points(),
                 (QList<QPointF>{QPointF(0, target), QPointF(lastMonth, target)}));
    }

    void shouldDrawJobsAndExportSupportedJobsMonthByMonth()
    {
        const int months = 12 * 5 + 1;
        QLineSeries *jobs = series("jobsChart", "Projected jobs");
        QLineSeries *exportSupported =
            series("jobsChart", "Export-supported jobs (second lens, not added)");
        QCOMPARE(jobs->count(), months);
        QCOMPARE(exportSupported->count(), months);
        QCOMPARE(xValues(jobs), monthsFrom(0, months));
        QCOMPARE(yValues(jobs), valuesOf(m_current.projection.jobs));
        QCOMPARE(yValues(exportSupported), valuesOf(m_current.projection.exportSupportedJobs));
        // J is what this scenario's arithmetic says it is, to the month.
        QVERIFY(std::abs(jobs->at(24).y() - 900 * 4) < 1e-6);
    }

    void shouldDrawExportSupportedJobsAsADistinctSecondLine()
    {
        const QPen jobs = series("jobsChart", "Projected jobs")->pen();
        const QPen exportSupported =
            series("jobsChart", "Export-supported jobs (second lens, not added)")->pen();
        QVERIFY(jobs.color() != exportSupported.color());
        QCOMPARE(jobs.style(), Qt::SolidLine);
        QVERIFY(exportSupported.style() != Qt::SolidLine);
        QVERIFY(textsIn(chart("jobsChart"))
                    .filter(QRegularExpression("^Export-supported jobs \\(second lens, not added\\)"))
                    .size()
                == 1);
    }

    void shouldGhostTheBaselineFaintlyAndDashed()
    {
        // The baseline (the defaults) counts the jobs created; the ghost counts as the current
        // scenario does, every job linked.
        QLineSeries *ghost = series("jobsChart", "Baseline (as opened or saved)");
        QCOMPARE(yValues(ghost), valuesOf(m_baseline.projection.linkedJobs));
        QCOMPARE(xValues(ghost), monthsFrom(0, 61));
        QVERIFY(ghost->pen().style() != Qt::SolidLine);
        QVERIFY(ghost->pen().color().lightness() > 150);
        QVERIFY(ghost->pen().widthF() < series("jobsChart", "Projected jobs")->pen().widthF());
    }

    void shouldSayWhichJobsItCountsAndCountTheGhostAndTheLensAlike()
    {
        // Created: J(t) = 900 x (2^(t/12) - 1), 0 at the start and 900 x 3 = 2700 at t = 24.
        show(createdScenario(), doublingScenario());
        QChart *jobs = chart("jobsChart");
        QCOMPARE(jobs->title(), QString("Test: jobs created against the pledge"));
        QCOMPARE(axis("jobsChart", Qt::Vertical)->titleText(), QString("jobs created since 2017-01"));
        const ScenarioResults created = ScenarioResults::of(createdScenario());
        QCOMPARE(yValues(series("jobsChart", "Projected jobs")), valuesOf(created.projection.createdJobs));
        QCOMPARE(series("jobsChart", "Projected jobs")->at(0).y(), 0.0);
        QVERIFY(std::abs(series("jobsChart", "Projected jobs")->at(24).y() - 2700) < 1e-6);
        // The linked baseline is drawn as created too, and the export lens as what it adds.
        QCOMPARE(yValues(series("jobsChart", "Baseline (as opened or saved)")),
                 valuesOf(created.projection.createdJobs));
        const Eigen::ArrayXd &x = created.projection.exportSupportedJobs;
        QCOMPARE(yValues(series("jobsChart", "Export-supported jobs (second lens, not added)")),
                 valuesOf(x - x(0)));
        const QStringList texts = textsIn(jobs);
        QVERIFY(texts.contains("Projected jobs created: 27,900 by 2022-01"));
        QVERIFY(!texts.filter(QRegularExpression("^Export-supported jobs added \\(second lens")).isEmpty());
        // Five years of doubling: 900 x 31 = 27,900 created. The pledge of 4,000 is first met where
        // 900 (2^(t/12) - 1) >= 4000, t >= 12 log2(1 + 40/9) = 29.3: month 30 (4,191), 2019-07.
        QCOMPARE(created.figures.targetMetMonth, std::optional<int>(30));
        QVERIFY(textsIn(jobs).contains("Pledge met 2019-07"));
    }

    void shouldGoBelowZeroForJobsLostAndSaySo()
    {
        // Sellers halving each year: 900 x (0.5^(t/12) - 1) jobs created, -872 at the horizon.
        Parameters shrinking = createdScenario();
        shrinking.set(ParameterId::AnnualGrowthRate, -0.5);
        show(shrinking);
        QCategoryAxis *counts = axis("jobsChart", Qt::Vertical);
        // Auto would take a logarithm for a line this far under the pledge, but a logarithm has no
        // losses: it stays linear. The line's top, 0, is under a tenth of an axis up to the pledge
        // of 4,000, so the axis is fitted to the losses, the pledge above it and marked at its top.
        QCOMPARE(counts->titleText(), QString("jobs created since 2017-01 (below 0: jobs lost; pledge above the scale)"));
        QVERIFY(counts->min() < -872);
        QVERIFY2(counts->max() < 4000, qPrintable(QString::number(counts->max())));
        QVERIFY(textsIn(chart("jobsChart")).contains("\u2191 pledge off the scale: 4,000"));
        QVERIFY(textsIn(chart("jobsChart")).contains("Pledge: 4,000, off the scale"));
        m_panel.setJobsAxis(JobsAxis::Linear);
        QCOMPARE(counts->titleText(), QString("jobs created since 2017-01 (below 0: jobs lost)"));
        QVERIFY(counts->min() < -872);
        QVERIFY(counts->max() >= 4000);
        QVERIFY(!textsIn(chart("jobsChart")).contains("\u2191 pledge off the scale: 4,000"));
        QVERIFY(std::abs(series("jobsChart", "Projected jobs")->at(60).y() - 900 * (std::pow(0.5, 5) - 1)) < 1e-6);
        QVERIFY(ticksOf(counts).contains(std::pair<QString, double>{"0", 0}));

        // A logarithm has no zero: the axis says where the start's 0 and the losses are drawn.
        m_panel.setJobsAxis(JobsAxis::Log);
        QCOMPARE(axis("jobsChart", Qt::Vertical)->titleText(),
                 QString("jobs created since 2017-01 (log scale: 0 drawn at 1)"));
        m_panel.setJobsAxis(JobsAxis::Auto);
    }

    void shouldLineTheBaselineUpByCalendarMonth()
    {
        Parameters later = doublingScenario();
        later.set(ParameterId::Start, YearMonth{2017, 7}.toIndex());
        show(doublingScenario(), later);
        QLineSeries *ghost = series("jobsChart", "Baseline (as opened or saved)");
        QCOMPARE(ghost->at(0), QPointF(6, ScenarioResults::of(later).projection.jobs(0)));
    }

    void shouldMarkTheMonthThePledgeIsMet()
    {
        const int month = monthPledgeIsMet();
        QCOMPARE(m_current.figures.targetMetMonth, std::optional<int>(month));
        const QString date = QString::fromStdString(YearMonth{2017, 1}.plusMonths(month).toString());
        QChart *jobs = chart("jobsChart");
        QVERIFY2(textsIn(jobs).contains("Pledge met " + date), qPrintable(textsIn(jobs).join('|')));

        QGraphicsEllipseItem *dot = pledgeMetDot(jobs);
        QVERIFY(dot);
        const QPointF at = jobs->mapToValue(dot->pos(), series("jobsChart", "Projected jobs"));
        QVERIFY2(std::abs(at.x() - month) < 0.05, qPrintable(QString::number(at.x())));
        const double jobsThen = m_current.projection.jobs(month);
        QVERIFY2(std::abs(at.y() - jobsThen) < 0.005 * jobsThen, qPrintable(QString::number(at.y())));

        Parameters unmet = doublingScenario();
        unmet.set(ParameterId::TargetJobs, 1e9);
        show(unmet);
        QVERIFY(textsIn(jobs).filter("Pledge met").isEmpty());
        QVERIFY(!pledgeMetDot(jobs));
    }

    void shouldDrawAPledgeMetInTheLastMonthWhole()
    {
        // Met exactly at the horizon: the dot sits on the plot's right edge.
        Parameters p = doublingScenario();
        p.set(ParameterId::TargetJobs, 900 * 32);
        show(p);
        QChart *jobs = chart("jobsChart");
        QGraphicsEllipseItem *dot = pledgeMetDot(jobs);
        QVERIFY(dot);
        QVERIFY(std::abs(dot->pos().x() - jobs->plotArea().right()) < 0.5);
        // Its label turns inwards and stays inside the chart.
        for (QGraphicsItem *item : jobs->childItems()) {
            auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item);
            if (text && text->isVisible() && text->text().startsWith("Pledge met")) {
                QVERIFY(text->mapRectToParent(text->boundingRect()).right() < dot->pos().x());
                return;
            }
        }
        QFAIL("no label for the pledge met");
    }

    void shouldUpdateTheSameSeriesAndAxesInPlace()
    {
        QChart *jobs = chart("jobsChart");
        const QList<QAbstractSeries *> seriesBefore = jobs->series();
        const QList<QAbstractAxis *> axesBefore = jobs->axes();
        Parameters more = doublingScenario();
        more.set(ParameterId::HiresPerSeller, 2);
        const ScenarioResults changed = ScenarioResults::of(more);
        m_panel.showResults("Doubling", changed, m_baseline);
        QCOMPARE(jobs->series(), seriesBefore);
        QCOMPARE(jobs->axes(), axesBefore);
        QCOMPARE(yValues(series("jobsChart", "Projected jobs")), valuesOf(changed.projection.jobs));
    }

    void shouldLabelTheTimeAxisWithEachJanuary()
    {
        const QList<std::pair<QString, double>> expected{
            {"2017", 0}, {"2018", 12}, {"2019", 24}, {"2020", 36}, {"2021", 48}, {"2022", 60}};
        for (const char *name : {"jobsChart", "sellersChart", "sourcesChart"}) {
            QCOMPARE(ticksOf(axis(name, Qt::Horizontal)), expected);
            QCOMPARE(axis(name, Qt::Horizontal)->max(), 60.0);
        }

        Parameters p = doublingScenario();
        p.set(ParameterId::Start, YearMonth{2018, 6}.toIndex());
        p.set(ParameterId::HorizonYears, 4);
        show(p);
        const QList<std::pair<QString, double>> fromJune{
            {"2019", 7}, {"2020", 19}, {"2021", 31}, {"2022", 43}};
        QCOMPARE(ticksOf(axis("jobsChart", Qt::Horizontal)), fromJune);
        QCOMPARE(axis("jobsChart", Qt::Horizontal)->max(), 48.0);
    }

    void shouldLabelCountsWithThousandsSeparatorsAtRoundSteps()
    {
        // A pledge far above the jobs: the axis still reaches it, for the gap is the point.
        Parameters p = doublingScenario();
        p.set(ParameterId::TargetJobs, 1'000'000);
        p.set(ParameterId::ExportValuePerSeller, 0);
        m_panel.setJobsAxis(JobsAxis::Linear); // auto would take a logarithm (see the axis rule's tests)
        show(p);
        QCategoryAxis *counts = axis("jobsChart", Qt::Vertical);
        const QList<std::pair<QString, double>> ticks = ticksOf(counts);
        QVERIFY(ticks.size() >= 5 && ticks.size() <= 9);
        QCOMPARE(ticks.first(), (std::pair<QString, double>{"0", 0}));
        QCOMPARE(counts->min(), 0.0);
        QVERIFY(counts->max() > 1'000'000);
        QCOMPARE(counts->max(), ticks.last().second);
        const double step = ticks[1].second;
        QVERIFY2(isNiceStep(step), qPrintable(QString::number(step)));
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            QCOMPARE(ticks[i].second, static_cast<double>(i) * step);
            QCOMPARE(ticks[i].first, QLocale().toString(ticks[i].second, 'f', 0));
        }
        QVERIFY(ticks.contains(std::pair<QString, double>{"1,000,000", 1'000'000}));
        QCOMPARE(counts->titleText(), QString("jobs linked"));
        QCOMPARE(axis("sellersChart", Qt::Vertical)->titleText(), QString("sellers"));
        m_panel.setJobsAxis(JobsAxis::Auto);
    }

    void shouldKeepEveryLineButTheExportLensOnTheCountAxis()
    {
        const double top = axis("jobsChart", Qt::Vertical)->max();
        // The second lens never sets the axis: beyond it, a mark at the edge gives its figure.
        const double lens = m_current.projection.exportSupportedJobs(60);
        QVERIFY2(lens > top, "the test's lens is meant to lie beyond the axis");
        const QString mark = QString("\u2191 export lens off the scale: %1 by 2022-01").arg(QLocale().toString(lens, 'f', 0));
        QVERIFY2(textsIn(chart("jobsChart")).contains(mark), qPrintable(textsIn(chart("jobsChart")).join('|')));
        QVERIFY(top >= m_current.projection.jobs.maxCoeff());
        QVERIFY(top >= m_baseline.projection.linkedJobs.maxCoeff());
        QVERIFY(top >= kPledge);
        const double sellersTop = axis("sellersChart", Qt::Vertical)->max();
        QVERIFY(sellersTop >= m_current.projection.sellers.maxCoeff());
        const Eigen::ArrayXd gross = m_current.projection.directJobs + m_current.projection.serviceJobs;
        QVERIFY(axis("sourcesChart", Qt::Vertical)->max() >= gross.maxCoeff());
    }

    void shouldShowSellersAndTheMarketSizeOnlyForLogisticGrowth()
    {
        QLineSeries *market = series("sellersChart", "Market size (logistic cap)");
        QVERIFY(!market->isVisible());
        QVERIFY(textsIn(chart("sellersChart")).filter("Market size").isEmpty());
        QCOMPARE(yValues(series("sellersChart", "Sellers")), valuesOf(m_current.projection.sellers));
        QCOMPARE(yValues(series("sellersChart", "Hiring sellers")),
                 valuesOf(m_current.projection.hiringSellers));

        Parameters logistic = doublingScenario();
        logistic.set(ParameterId::GrowthModel, static_cast<double>(GrowthModel::Logistic));
        logistic.set(ParameterId::MarketSize, 50000);
        show(logistic);
        QVERIFY(market->isVisible());
        QCOMPARE(yValues(market), (QList<double>{50000, 50000}));
        QVERIFY(textsIn(chart("sellersChart")).contains("Market size (logistic cap): 50,000"));
        QVERIFY(axis("sellersChart", Qt::Vertical)->max() > 50000);
    }

    void shouldFitTheSellersAxisToTheSellersWhenTheMarketWouldFlattenThem()
    {
        // 1,000 sellers halving a year under a market of 50,000: S(60) = 50000 / (1 + 49 x 2^5)
        // = 31.9, the top S(0) = 1,000, a fiftieth of the market: on an axis up to it, a line on
        // the floor. The axis fits the sellers and the market is marked at its top edge.
        Parameters shrinking = doublingScenario();
        shrinking.set(ParameterId::GrowthModel, static_cast<double>(GrowthModel::Logistic));
        shrinking.set(ParameterId::AnnualGrowthRate, -0.5);
        shrinking.set(ParameterId::MarketSize, 50000);
        show(shrinking, shrinking); // no ghost
        QCategoryAxis *counts = axis("sellersChart", Qt::Vertical);
        QVERIFY2(counts->max() >= 1000 && counts->max() < 2000, qPrintable(QString::number(counts->max())));
        QCOMPARE(counts->titleText(), QString("sellers (market size above the scale)"));
        QStringList texts = textsIn(chart("sellersChart"));
        QVERIFY2(texts.contains("\u2191 market size off the scale: 50,000"), qPrintable(texts.join('|')));
        QVERIFY(texts.contains("Market size (logistic cap): 50,000, off the scale"));

        // A tenth is the edge: a market of 10,000 over a top of 1,000 still sets the axis.
        shrinking.set(ParameterId::MarketSize, 10000);
        show(shrinking, shrinking);
        QVERIFY(counts->max() >= 10000);
        QCOMPARE(counts->titleText(), QString("sellers"));
        texts = textsIn(chart("sellersChart"));
        QVERIFY(texts.contains("Market size (logistic cap): 10,000"));
        QVERIFY(texts.filter("off the scale").isEmpty());
        shrinking.set(ParameterId::MarketSize, 10001);
        show(shrinking, shrinking);
        QVERIFY(counts->max() < 2000);

        // Exponential growth has no market: nothing marked.
        show(doublingScenario(), doublingScenario());
        QVERIFY(textsIn(chart("sellersChart")).filter("market").isEmpty());
    }

    void shouldStackDirectAndServiceJobsUnderTheDisplacedShare()
    {
        auto *direct = series<QAreaSeries>("sourcesChart", "Direct hires, net of displacement");
        auto *service = series<QAreaSeries>("sourcesChart", "Service jobs, net of displacement");
        auto *displaced = series<QAreaSeries>("sourcesChart", "Displaced (would exist anyway)");
        const Projection &p = m_current.projection;
        QVERIFY(!direct->lowerSeries());
        QCOMPARE(yValues(direct->upperSeries()), valuesOf(0.75 * p.directJobs));
        QCOMPARE(service->lowerSeries(), direct->upperSeries());
        QCOMPARE(yValues(service->upperSeries()), valuesOf(p.linkedJobs)); // the top of the two is J
        QCOMPARE(displaced->lowerSeries(), service->upperSeries());
        QCOMPARE(yValues(displaced->upperSeries()), valuesOf(p.directJobs + p.serviceJobs));
        QCOMPARE(direct->upperSeries()->count(), 61);
    }

    void shouldWrapTheLegendRatherThanCutItShort()
    {
        m_panel.resize(520, 500);
        QCoreApplication::processEvents();
        QChart *jobs = chart("jobsChart");
        const QRectF inside = jobs->rect();
        const QStringList texts = textsIn(jobs);
        for (const char *start : {"Projected jobs linked: ", "Pledge: 4,000",
                                     "Export-supported jobs (second lens, not added): ",
                                     "Baseline (as opened or saved)"})
            QVERIFY2(!texts.filter(QRegularExpression("^" + QRegularExpression::escape(QString(start)))).isEmpty(),
                     qPrintable(start));
        for (QGraphicsItem *item : jobs->childItems()) {
            // A hidden label (kept for reuse, as the last scenario's "projection -872") is not drawn.
            auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item);
            if (text && text->isVisible()) {
                QVERIFY(!text->text().contains(QStringLiteral("...")));
                QVERIFY2(inside.contains(text->mapRectToParent(text->boundingRect())), qPrintable(text->text()));
            }
        }
        // Below the plot and its year labels.
        QVERIFY(jobs->plotArea().bottom() < inside.bottom() - 40);
        m_panel.resize(1100, 700);
        QCoreApplication::processEvents();
    }

    void shouldCutALongScenarioNameInEveryTitle()
    {
        // Qt Charts fits a title by making every shorter prefix of it at once: a name of 16 Ki
        // characters cost 288 MB, one of 64 Ki 4.2 GB. The name is cut before it gets there.
        const QString name = QString(16 * 1024, u'W');
        rusage before{};
        getrusage(RUSAGE_SELF, &before);
        m_panel.showResults(name, m_current, m_baseline);
        QCoreApplication::processEvents(); // lays the titles out
        for (const char *view : {"jobsChart", "sellersChart", "sourcesChart"}) {
            const QString title = chart(view)->title();
            QVERIFY2(title.size() < 260, qPrintable(view));
            QVERIFY(title.startsWith(QString(200, u'W') + QChar(0x2026) + ": "));
        }
        rusage after{};
        getrusage(RUSAGE_SELF, &after);
        QVERIFY2(after.ru_maxrss - before.ru_maxrss < 50 * 1024,
                 qPrintable(QString("peak resident set grew by %1 KiB").arg(after.ru_maxrss - before.ru_maxrss)));
        m_panel.showResults(QStringLiteral("Test"), m_current, m_baseline);
        QCoreApplication::processEvents();
    }

    void shouldShowAScenarioNameAsTextNotAsMarkup()
    {
        // Qt Charts draws titles as rich text: "<b>" in a name was obeyed, not shown.
        m_panel.showResults(QStringLiteral("<b>Bold</b> & co"), m_current, m_baseline);
        for (const char *view : {"jobsChart", "sellersChart", "sourcesChart"})
            QVERIFY2(chart(view)->title().startsWith("&lt;b&gt;Bold&lt;/b&gt; &amp; co: "), qPrintable(view));
        m_panel.showResults(QStringLiteral("Test"), m_current, m_baseline);
    }
};

QTEST_MAIN(ChartPanelTest)
#include "chartpaneltest.moc"
