// The frontier chart: its line, region and half-draws line against the model's own frontier, the
// scenario and the presets marked, and the chart following every step of a slider through the
// panel. Expected values come from model/frontier.h or from arithmetic done here.
#include "charttesthelpers.h"
#include "frontierchart.h"
#include "presetlibrary.h"

#include <QScatterSeries>

using namespace charttest;

class FrontierChartsTest : public QObject
{
    Q_OBJECT

private:
    // A frontier chart laid out at 1100x700 in a scene of its own. The scene is made first and
    // destroyed last: the chart leaves it before it goes.
    struct OnScene {
        QGraphicsScene scene;
        FrontierChart chart;
        OnScene()
        {
            scene.addItem(chart.chart());
            chart.chart()->resize(1100, 700);
        }
    };

    // doublingScenario() with the pledge met exactly where 0.75 (h + 0.2) 1000 (1 + g)^5 = 4,000,
    // linked: at one hire, (1 + g)^5 = 4.4444, g = 34.75 %.
    Parameters m_parameters = doublingScenario();

    static QLineSeries *line(QChart *chart, const QString &name)
    {
        for (QAbstractSeries *s : chart->series()) {
            if (s->name() == name)
                return qobject_cast<QLineSeries *>(s);
        }
        qFatal("no series %s", qPrintable(name));
    }

    static QAreaSeries *region(QChart *chart)
    {
        for (QAbstractSeries *s : chart->series()) {
            if (auto *area = qobject_cast<QAreaSeries *>(s))
                return area;
        }
        qFatal("no region");
    }

    // The model's frontier as the chart plots it: (growth in percent, hires) where one meets.
    static QList<QPointF> plotted(const std::vector<FrontierPoint> &points)
    {
        QList<QPointF> xy;
        for (const FrontierPoint &point : points) {
            if (const auto growth = leastGrowthMeeting(point))
                xy.append(QPointF(*growth * 100, point.hires));
        }
        return xy;
    }

    static void show(FrontierChart &chart, const Parameters &parameters, const UncertaintyResults *uncertainty = nullptr)
    {
        chart.setUncertainty(uncertainty);
        const ScenarioResults results = ScenarioResults::of(parameters);
        chart.show(QStringLiteral("Test"), results, results);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void drawsTheModelsFrontierAndShadesTheRegionRightOfIt()
    {
        OnScene shown;
        FrontierChart &chart = shown.chart;
        show(chart, m_parameters);
        const QList<QPointF> expected = plotted(frontier(m_parameters));
        QCOMPARE(expected.size(), 101); // every hires on the grid meets the pledge at some growth
        QCOMPARE(line(chart.chart(), "Pledge met exactly")->points(), expected);
        // At one hire: (1 + g)^5 = 4,000 / (0.75 x 1.2 x 1000) = 4.4444, g = 34.75 %.
        QVERIFY(std::abs(expected[10].x() - (std::pow(4000.0 / 900.0, 0.2) - 1) * 100) < 1e-9);
        // The region runs from the line to the growth axis's right end, row by row.
        QAreaSeries *meets = region(chart.chart());
        QVERIFY(meets->isVisible());
        QCOMPARE(meets->upperSeries()->points(), expected);
        const QList<QPointF> rightEdge = meets->lowerSeries()->points();
        QCOMPARE(rightEdge.size(), expected.size());
        const auto *across = qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).constFirst());
        for (qsizetype k = 0; k < rightEdge.size(); ++k)
            QCOMPARE(rightEdge[k], QPointF(across->max(), expected[k].y()));
        // Axes with units; the growth axis holds the whole line and the growth slider's track.
        QCOMPARE(across->titleText(), QStringLiteral("yearly seller growth before churn (%)"));
        QCOMPARE(chart.chart()->axes(Qt::Vertical).constFirst()->titleText(),
                 QStringLiteral("hires per hiring seller (workers)"));
        QVERIFY(across->min() <= 0 && across->max() >= 200);
        // The hires axis ends at the grid's top, 10 workers, where the region does.
        QCOMPARE(qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Vertical).constFirst())->max(), 10.0);
        for (const QPointF &point : expected)
            QVERIFY(point.x() <= across->max());
    }

    void marksTheScenarioAndNamesEveryPreset()
    {
        OnScene shown;
        FrontierChart &chart = shown.chart;
        show(chart, m_parameters);
        const QStringList texts = textsIn(chart.chart());
        QVERIFY2(texts.filter(QRegularExpression("^This scenario: 100 %.*, 1 hire per hiring seller$")).size() == 1,
                 qPrintable(texts.join(" | ")));
        // Each preset's name is on the chart, at its growth and hires; presets at one point share a label.
        QScatterSeries *presets = nullptr;
        for (QAbstractSeries *s : chart.chart()->series())
            presets = presets ? presets : qobject_cast<QScatterSeries *>(s);
        QVERIFY(presets);
        QStringList named;
        for (const PresetInfo &preset : presetlibrary::list()) {
            QString error;
            const auto scenario = presetlibrary::load(preset.name, &error);
            QVERIFY(scenario);
            QVERIFY(texts.filter(preset.name).size() == 1);
            const QPointF at(scenario->parameters[ParameterId::AnnualGrowthRate] * 100,
                             scenario->parameters[ParameterId::HiresPerSeller]);
            QVERIFY2(presets->points().contains(at), qPrintable(preset.name));
        }
        QVERIFY(presets->count() >= 3); // central and sceptic share 35 % and one hire
    }

    void keepsThePresetsNamesApartInANarrowChart()
    {
        // What happened (13.9 %) and central and sceptic (35 %), both at one hire, lie a few
        // dozen pixels apart at half of a 1366-pixel window: their names, each centred below its
        // point, overlapped there ("what-hapcentral, sceptic"). Each name stays clear of the others.
        OnScene shown;
        FrontierChart &chart = shown.chart;
        chart.chart()->resize(700, 560);
        show(chart, m_parameters);
        QCoreApplication::processEvents();
        QList<QGraphicsSimpleTextItem *> names;
        for (QGraphicsItem *item : shown.scene.items()) {
            auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item);
            if (!text || !text->isVisible())
                continue;
            for (const PresetInfo &preset : presetlibrary::list()) {
                if (text->text().split(", ").contains(preset.name)) {
                    names << text;
                    break;
                }
            }
        }
        QVERIFY(names.size() >= 3); // central and sceptic share a name
        for (qsizetype i = 0; i < names.size(); ++i)
            for (qsizetype j = i + 1; j < names.size(); ++j)
                QVERIFY2(!names[i]->sceneBoundingRect().intersects(names[j]->sceneBoundingRect()),
                         qPrintable(names[i]->text() + " over " + names[j]->text()));
    }

    void saysWhereNoGrowthMeetsThePledge()
    {
        // 100 sellers, no service jobs: even ten hires at 1,000 % growth give 0.75 x 10 x 100 x 11^5
        // = 120.8 million jobs, short of a billion.
        Parameters p = m_parameters;
        p.set(ParameterId::InitialSellers, 100);
        p.set(ParameterId::ServiceJobsPer1000Sellers, 0);
        p.set(ParameterId::TargetJobs, 1e9);
        OnScene shown;
        FrontierChart &chart = shown.chart;
        show(chart, p);
        QCOMPARE(chart.chart()->series().size(), 4);
        QLineSeries *frontierLine = line(chart.chart(), "Pledge met exactly");
        QVERIFY(frontierLine->points().isEmpty());
        QVERIFY(!region(chart.chart())->isVisible());
        QVERIFY2(textsIn(chart.chart())
                         .filter(QRegularExpression("^Pledge met exactly: at no growth in .50 to 1,000 % per year "
                                                    "with 0 to 10 "))
                         .size() == 1,
                 qPrintable(textsIn(chart.chart()).join(" | ")));
    }

    void drawsTheHalfDrawsLineOnceTheFullRunHasIt()
    {
        Uncertainty u;
        u.samples = 400;
        u.set(ParameterId::DisplacementShare, Distribution::triangular(0.1, 0.25, 0.5));
        MonteCarloEngine engine;
        const UncertaintyResults quick = UncertaintyResults::of(m_parameters, u, engine, UncertaintyResults::Correlations::Skip);
        const UncertaintyResults full = UncertaintyResults::of(m_parameters, u, engine);
        OnScene shown;
        FrontierChart &chart = shown.chart;
        QLineSeries *half = line(chart.chart(), "Half the draws meet it");

        show(chart, m_parameters); // every input fixed: no such line
        QVERIFY(!half->isVisible());
        show(chart, m_parameters, &quick); // a slider step: the full run comes once the values rest
        QVERIFY(half->isVisible());
        QVERIFY(half->points().isEmpty());
        QVERIFY(textsIn(chart.chart()).contains("Half the draws: once at rest"));
        show(chart, m_parameters, &full);
        QCOMPARE(half->points(), plotted(halfDrawsFrontier(m_parameters, u)));
        QVERIFY(textsIn(chart.chart()).contains("Half of 400 draws meet it"));
        // Displacement centred on its value, skewed high: the draws' median needs more growth.
        QVERIFY(half->points()[10].x() > line(chart.chart(), "Pledge met exactly")->points()[10].x());
    }

    void followsEverySliderStepInThePanel()
    {
        ChartPanel panel;
        QVERIFY(showInEnglish(panel));
        panel.setCurrentChart(ChartKind::Frontier);
        QCOMPARE(panel.tabText(panel.currentIndex()), QStringLiteral("What it would take"));
        auto *view = panel.findChild<QChartView *>("frontierChart");
        QVERIFY(view);
        QLineSeries *frontierLine = line(view->chart(), "Pledge met exactly");
        Parameters p = m_parameters;
        for (const double displacement : {0.25, 0.3, 0.35}) {
            p.set(ParameterId::DisplacementShare, displacement);
            const ScenarioResults results = ScenarioResults::of(p);
            panel.showResults(QStringLiteral("Test"), results, results);
            QCOMPARE(frontierLine->points(), plotted(frontier(p)));
        }
        // The same values with a refined run: the half-draws line appears, the frontier stays.
        Uncertainty u;
        u.samples = 200;
        u.set(ParameterId::DisplacementShare, Distribution::uniform(0.3, 0.4));
        MonteCarloEngine engine;
        panel.showUncertainty(std::make_shared<const UncertaintyResults>(UncertaintyResults::of(p, u, engine)));
        QCOMPARE(line(view->chart(), "Half the draws meet it")->points().size(), 101);
        QCOMPARE(frontierLine->points(), plotted(frontier(p)));
    }
};

QTEST_MAIN(FrontierChartsTest)
#include "frontierchartstest.moc"
