// Events and reported figures on the sellers and jobs charts (issue 13): one line per event at
// its month, one marker per report at its month and count with its range, in chart coordinates
// worked out here from the scenario, never read off what was drawn; the legend, the tooltips,
// the dark palette and the export.
#include "charttesthelpers.h"
#include "chartrenderer.h"
#include "datedmarks.h"

#include <QApplication>
#include <QGraphicsPathItem>
#include <QGraphicsPolygonItem>
#include <QPen>

using namespace charttest;

namespace {

// The doubling scenario from 2017-01: sellers S(t) = 1000 x 2^(t/12), 32,000 by 2022-01.
ScenarioEvents twoEvents()
{
    return {{YearMonth{2018, 3}, ParameterId::AnnualGrowthRate, 0.10, "trade war"},
            {YearMonth{2018, 9}, ParameterId::HiresPerSeller, 0.5, ""}};
}

// Two seller counts (one a range, one far above the projection) and a job count.
Observations threeReports()
{
    return {{YearMonth{2018, 1}, ObservedMetric::Sellers, 1500, 1000.0, 3000.0, "Survey A"},
            {YearMonth{2020, 1}, ObservedMetric::Sellers, 100000, std::nullopt, std::nullopt, "Survey B"},
            {YearMonth{2019, 1}, ObservedMetric::Jobs, 2000, std::nullopt, std::nullopt, "Estimate C"}};
}

QList<QGraphicsItem *> marks(QChart *chart, const QString &what, bool visibleOnly = true)
{
    QList<QGraphicsItem *> found;
    for (QGraphicsItem *item : chart->childItems()) {
        if (item->data(kDatedMarkKey).toString() == what && (!visibleOnly || item->isVisible()))
            found << item;
    }
    return found;
}

// The swatch drawn left of the legend's entry @p text: the nearest visible item before it in its row.
QGraphicsItem *swatchOf(QChart *chart, const QString &text)
{
    for (QGraphicsItem *item : chart->scene()->items()) {
        auto *label = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item);
        if (!label || !label->isVisible() || label->text() != text || !chart->isAncestorOf(label))
            continue;
        const QRectF row = label->mapRectToParent(label->boundingRect());
        QGraphicsItem *nearest = nullptr;
        for (QGraphicsItem *sibling : label->parentItem()->childItems()) {
            const QRectF box = sibling->mapRectToParent(sibling->boundingRect());
            if (sibling == label || !sibling->isVisible() || box.right() > row.left()
                || std::abs(box.center().y() - row.center().y()) > row.height() / 2)
                continue;
            if (!nearest || box.right() > nearest->mapRectToParent(nearest->boundingRect()).right())
                nearest = sibling;
        }
        return nearest;
    }
    return nullptr;
}

} // namespace

class DatedMarksTest : public QObject
{
    Q_OBJECT

private:
    ChartPanel m_panel;

    QChart *chart(const QString &name)
    {
        auto *view = m_panel.findChild<QChartView *>(name);
        if (m_panel.currentWidget() != view) {
            m_panel.setCurrentWidget(view);
            QCoreApplication::processEvents();
        }
        return view->chart();
    }

    static QLineSeries *series(QChart *chart, const QString &name)
    {
        for (QAbstractSeries *s : chart->series()) {
            if (s->name() == name)
                return qobject_cast<QLineSeries *>(s);
        }
        qFatal("no series %s", qPrintable(name));
    }

    void show(const ScenarioEvents &events, const Observations &observations)
    {
        const ScenarioResults results = ScenarioResults::of(doublingScenario());
        m_panel.setDatedEntries(events, observations);
        m_panel.showResults(QStringLiteral("Test"), results, results);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase() { QVERIFY(showInEnglish(m_panel)); }

    void init()
    {
        m_panel.setJobsAxis(JobsAxis::Linear);
        show(twoEvents(), threeReports());
    }

    void shouldDrawOneLinePerEventAtItsMonthAcrossThePlot()
    {
        for (const char *name : {"sellersChart", "jobsChart"}) {
            QChart *c = chart(QString::fromLatin1(name));
            QAbstractSeries *line = c->series().constLast(); // any series: they share the axes
            const QList<QGraphicsItem *> lines = marks(c, QStringLiteral("eventLine"));
            QCOMPARE(lines.size(), 2);
            // 2018-03 and 2018-09 are months 14 and 20 after 2017-01.
            QList<double> xs;
            for (QGraphicsItem *item : lines) {
                const QLineF l = static_cast<QGraphicsLineItem *>(item)->line();
                QCOMPARE(l.x1(), l.x2());
                QCOMPARE(l.y1(), c->plotArea().top());
                QCOMPARE(l.y2(), c->plotArea().bottom());
                xs << l.x1();
            }
            std::sort(xs.begin(), xs.end());
            QVERIFY(std::abs(xs[0] - c->mapToPosition(QPointF(14, 0), line).x()) < 0.01);
            QVERIFY(std::abs(xs[1] - c->mapToPosition(QPointF(20, 0), line).x()) < 0.01);
            QStringList labels;
            for (QGraphicsItem *item : marks(c, QStringLiteral("eventLabel")))
                labels << static_cast<QGraphicsSimpleTextItem *>(item)->text();
            labels.sort();
            // The note where there is one, else the parameter and its new value.
            QCOMPARE(labels, QStringList({QStringLiteral("2018-03 trade war"),
                                          QStringLiteral("2018-09 Hires per hiring seller: 0.5 workers")}));
        }
    }

    void shouldMarkEachReportAtItsMonthAndCountWithItsRange()
    {
        QChart *sellers = chart(QStringLiteral("sellersChart"));
        QLineSeries *s = series(sellers, QStringLiteral("Sellers"));
        const QList<QGraphicsItem *> markers = marks(sellers, QStringLiteral("reportedMarker"));
        QCOMPARE(markers.size(), 2); // the job count is on the jobs chart
        QList<QPointF> expected{sellers->mapToPosition(QPointF(12, 1500), s),
                                sellers->mapToPosition(QPointF(36, 100000), s)};
        for (QGraphicsItem *marker : markers) {
            const bool first = QLineF(marker->pos(), expected[0]).length() < 0.01;
            QVERIFY(first || QLineF(marker->pos(), expected[1]).length() < 0.01);
            QVERIFY(marker->toolTip().contains(first ? QStringLiteral("Source: Survey A")
                                                     : QStringLiteral("Source: Survey B")));
        }
        // The count axis reaches the report far above the projection's 32,000.
        const auto *axis = qobject_cast<QCategoryAxis *>(sellers->axes(Qt::Vertical).constFirst());
        QVERIFY(axis->max() >= 100000);
        // One range bar, 1,000 to 3,000 sellers, with a cap at each end.
        const QList<QGraphicsItem *> ranges = marks(sellers, QStringLiteral("reportedRange"));
        QCOMPARE(ranges.size(), 1);
        const QRectF bar = static_cast<QGraphicsPathItem *>(ranges[0])->path().boundingRect();
        QVERIFY(std::abs(bar.top() - sellers->mapToPosition(QPointF(12, 3000), s).y()) < 0.01);
        QVERIFY(std::abs(bar.bottom() - sellers->mapToPosition(QPointF(12, 1000), s).y()) < 0.01);
        QVERIFY(std::abs(bar.center().x() - expected[0].x()) < 0.01);
        QVERIFY(ranges[0]->toolTip().contains(QStringLiteral("1,500 (1,000 to 3,000)")));
        QVERIFY(textsIn(sellers).contains(QStringLiteral("Reported")));

        QChart *jobs = chart(QStringLiteral("jobsChart"));
        const QList<QGraphicsItem *> jobMarkers = marks(jobs, QStringLiteral("reportedMarker"));
        QCOMPARE(jobMarkers.size(), 1);
        QLineSeries *j = series(jobs, QStringLiteral("Projected jobs"));
        QVERIFY(QLineF(jobMarkers[0]->pos(), jobs->mapToPosition(QPointF(24, 2000), j)).length() < 0.01);
        QCOMPARE(textsIn(jobs).count(QStringLiteral("Reported")), 1);
    }

    void shouldSayWhatIsMarkedInTheSummaryAScreenReaderReads()
    {
        const auto description = [this](const char *name) {
            chart(QString::fromLatin1(name)); // shown, and so described
            return m_panel.findChild<QChartView *>(QString::fromLatin1(name))->accessibleDescription();
        };
        // 1000 x 2^5 = 32,000 sellers by 2022-01; both events, the two seller counts on the
        // sellers chart, the one job count on the jobs chart.
        QCOMPARE(description("sellersChart"),
                 QStringLiteral("Sellers from 1,000 in 2017-01 to 32,000 in 2022-01. Marked: 2 events, 2 reported figures."));
        QVERIFY2(description("jobsChart").endsWith(QStringLiteral(" Marked: 2 events, 1 reported figure.")),
                 qPrintable(description("jobsChart")));
        show({twoEvents()[0]}, {});
        QCOMPARE(description("sellersChart"),
                 QStringLiteral("Sellers from 1,000 in 2017-01 to 32,000 in 2022-01. Marked: 1 event."));
        show({}, {threeReports()[2]});
        QCOMPARE(description("sellersChart"), QStringLiteral("Sellers from 1,000 in 2017-01 to 32,000 in 2022-01."));
        // 900 x 2^(t/12) first reaches the pledge of 4,000 at t = 26 (12 log2(4.44) = 25.8): 2019-03.
        QVERIFY2(description("jobsChart").endsWith(QStringLiteral("met in 2019-03. Marked: 1 reported figure.")),
                 qPrintable(description("jobsChart")));
    }

    void shouldShowReportedInTheLegendAsTheDiamondOnThePlot()
    {
        const QColor reported = m_panel.chartTheme().reported;
        for (const char *name : {"sellersChart", "jobsChart"}) {
            QChart *c = chart(QString::fromLatin1(name));
            auto *diamond = qgraphicsitem_cast<QGraphicsPolygonItem *>(swatchOf(c, QStringLiteral("Reported")));
            QVERIFY2(diamond, name);
            const QPolygonF shape = diamond->polygon();
            QCOMPARE(shape.size(), 4);
            // A square on its corner: as wide as it is tall, its corners at the middle of each side.
            const QRectF box = shape.boundingRect();
            QCOMPARE(box.width(), box.height());
            QVERIFY(box.width() > 0);
            QVERIFY(shape.contains(QPointF(box.center().x(), box.top())));
            QVERIFY(shape.contains(QPointF(box.left(), box.center().y())));
            QCOMPARE(diamond->brush().color(), reported);
        }
        // The lines keep their line swatch.
        QVERIFY(qgraphicsitem_cast<QGraphicsLineItem *>(
            swatchOf(chart(QStringLiteral("sellersChart")), QStringLiteral("Hiring sellers"))));
    }

    void shouldPlotAReportAsItsLogarithmOnALogarithmicAxis()
    {
        m_panel.setJobsAxis(JobsAxis::Log);
        QChart *jobs = chart(QStringLiteral("jobsChart"));
        const QList<QGraphicsItem *> markers = marks(jobs, QStringLiteral("reportedMarker"));
        QCOMPARE(markers.size(), 1);
        QLineSeries *j = series(jobs, QStringLiteral("Projected jobs"));
        QVERIFY(QLineF(markers[0]->pos(), jobs->mapToPosition(QPointF(24, std::log10(2000.0)), j)).length() < 0.01);
    }

    void shouldReuseItsItemsAndDropWhatWasRemoved()
    {
        QChart *sellers = chart(QStringLiteral("sellersChart"));
        const auto everyMark = [&] {
            qsizetype n = 0;
            for (const char *what : {"eventLine", "eventLabel", "reportedMarker", "reportedRange"})
                n += marks(sellers, QString::fromLatin1(what), false).size();
            return n;
        };
        const qsizetype made = everyMark();
        show(twoEvents(), threeReports()); // a slider step: the same marks, moved
        QCOMPARE(everyMark(), made);
        show({twoEvents()[0]}, {});
        QCOMPARE(marks(sellers, QStringLiteral("eventLine")).size(), 1);
        QCOMPARE(marks(sellers, QStringLiteral("reportedMarker")).size(), 0);
        QVERIFY(!textsIn(sellers).contains(QStringLiteral("Reported")));
        QCOMPARE(everyMark(), made);
    }

    void shouldStayReadableOnADarkPalette()
    {
        m_panel.setPalette(ChartTheme::darkPalette());
        QCoreApplication::processEvents();
        const ChartTheme &theme = m_panel.chartTheme();
        QVERIFY(theme.darkBackground);
        QChart *sellers = chart(QStringLiteral("sellersChart"));
        for (QGraphicsItem *item : marks(sellers, QStringLiteral("eventLine"))) {
            const QColor color = static_cast<QGraphicsLineItem *>(item)->pen().color();
            QCOMPARE(color, theme.event);
            QVERIFY(contrastRatio(color, theme.background) >= kLineContrast);
        }
        for (QGraphicsItem *item : marks(sellers, QStringLiteral("eventLabel"))) {
            const QColor color = static_cast<QGraphicsSimpleTextItem *>(item)->brush().color();
            QVERIFY(contrastRatio(color, theme.background) >= kTextContrast);
        }
        for (QGraphicsItem *item : marks(sellers, QStringLiteral("reportedMarker"))) {
            const QColor color = static_cast<QGraphicsPolygonItem *>(item)->brush().color();
            QCOMPARE(color, theme.reported);
            QVERIFY(contrastRatio(color, theme.background) >= kLineContrast);
            // Still orange: more red than blue.
            QVERIFY(color.red() > color.blue());
        }
        m_panel.setPalette(QPalette());
        QCoreApplication::processEvents();
    }

    void shouldDrawOneLineAMonthHoweverManyEventsItHolds()
    {
        // Three events in 2018-03, entered out of date order with one in 2018-09 among them.
        show({{YearMonth{2018, 3}, ParameterId::AnnualGrowthRate, 0.10, "trade war"},
              {YearMonth{2018, 9}, ParameterId::HiresPerSeller, 0.5, ""},
              {YearMonth{2018, 3}, ParameterId::AnnualChurnRate, 0.2, "exits"},
              {YearMonth{2018, 3}, ParameterId::DisplacementShare, 0.5, ""}},
             {});
        QChart *sellers = chart(QStringLiteral("sellersChart"));
        QCOMPARE(marks(sellers, QStringLiteral("eventLine")).size(), 2);
        QStringList labels, tips;
        for (QGraphicsItem *item : marks(sellers, QStringLiteral("eventLabel"))) {
            labels << static_cast<QGraphicsSimpleTextItem *>(item)->text();
            tips << item->toolTip();
        }
        labels.sort();
        tips.sort();
        // The month's first event as entered names it; the tooltip lists all three.
        QCOMPARE(labels, QStringList({QStringLiteral("2018-03 trade war and 2 more"),
                                      QStringLiteral("2018-09 Hires per hiring seller: 0.5 workers")}));
        QCOMPARE(tips[0].split(QLatin1Char('\n')).size(), 3);
        QVERIFY(tips[0].startsWith(QStringLiteral("2018-03 Yearly seller growth: 10 % per year (trade war)")));
        QVERIFY(tips[0].contains(QStringLiteral("2018-03 Displaced (would exist anyway): 50 %")));
    }

    void shouldLeaveOutALabelThatWouldCoverTheOneBefore()
    {
        // An event every month from 2017-02 to 2022-01: 60 lines, about 16 pixels apart on the
        // 1100-pixel panel, and at most every other label fits beside the one before.
        ScenarioEvents monthly;
        for (int m = 1; m <= 60; ++m)
            monthly.push_back({YearMonth{2017, 1}.plusMonths(m),
                               ParameterId::HiresPerSeller, 1.0 + m / 100.0, "event"});
        show(monthly, {});
        QChart *sellers = chart(QStringLiteral("sellersChart"));
        QCOMPARE(marks(sellers, QStringLiteral("eventLine")).size(), 60);
        const QList<QGraphicsItem *> labels = marks(sellers, QStringLiteral("eventLabel"));
        QVERIFY(labels.size() >= 10);
        QVERIFY(labels.size() < 60);
        for (qsizetype i = 0; i < labels.size(); ++i) {
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                QVERIFY(!labels[i]->sceneBoundingRect().intersects(labels[j]->sceneBoundingRect()));
        }
        // The first month's label is drawn, each left out still in its line's tooltip.
        bool firstShown = false;
        for (QGraphicsItem *label : labels)
            firstShown = firstShown || static_cast<QGraphicsSimpleTextItem *>(label)->text().startsWith(QStringLiteral("2017-02"));
        QVERIFY(firstShown);
        for (QGraphicsItem *line : marks(sellers, QStringLiteral("eventLine")))
            QVERIFY(line->toolTip().contains(QStringLiteral("Hires per hiring seller")));
    }

    void shouldExportTheMarksToo()
    {
        QTemporaryDir folder;
        ChartInputs inputs;
        inputs.scenarioName = QStringLiteral("Test");
        inputs.current = ScenarioResults::of(doublingScenario());
        inputs.baseline = inputs.current;
        inputs.observations = threeReports();
        const QString path = folder.filePath(QStringLiteral("sellers.png"));
        QString error;
        QVERIFY2(renderChart(ChartKind::Sellers, inputs, path, QSize(1280, 720), &error), qPrintable(error));
        QVERIFY(hasColourNear(QImage(path), ChartTheme::light().reported));
        // Without reports, none of that orange.
        inputs.observations.clear();
        QVERIFY(renderChart(ChartKind::Sellers, inputs, path, QSize(1280, 720), &error));
        QVERIFY(!hasColourNear(QImage(path), ChartTheme::light().reported));
    }
};

QTEST_MAIN(DatedMarksTest)
#include "datedmarkstest.moc"
