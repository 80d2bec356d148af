// Scenarios side by side: the Compare chart's overlay (a line per scenario, named, each drawn
// apart), its table (the parameters that differ flagged) and the tab's buttons through the panel.
// Expected values are worked by hand from doublingScenario(): J(t) = 900 x 2^(t/12) linked.
#include "charttesthelpers.h"
#include "comparechart.h"
#include "comparepage.h"
#include "comparetable.h"
#include "parametertable.h"
#include "valuetext.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

#include <set>

using namespace charttest;

class CompareChartsTest : public QObject
{
    Q_OBJECT

private:
    struct OnScene {
        QGraphicsScene scene;
        CompareChart chart;
        OnScene()
        {
            scene.addItem(chart.chart());
            chart.chart()->resize(1100, 700);
        }
    };

    static ComparedScenario compared(const QString &name, const Parameters &parameters)
    {
        return ComparedScenario{name, ScenarioResults::of(parameters), 0, 0};
    }

    // No growth: 1000 sellers all along, J = 1.2 x 0.75 x 1000 = 900 every month.
    static Parameters flatScenario()
    {
        Parameters p = doublingScenario();
        p.set(ParameterId::AnnualGrowthRate, 0.0);
        return p;
    }

    // The doubling scenario a year later: its month 0 is the current one's month 12.
    static Parameters laterScenario()
    {
        Parameters p = doublingScenario();
        p.set(ParameterId::Start, YearMonth{2018, 1}.toIndex());
        return p;
    }

    static QList<QLineSeries *> shownLines(QChart *chart)
    {
        QList<QLineSeries *> lines;
        for (QAbstractSeries *s : chart->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(s); line && line->isVisible())
                lines.append(line);
        }
        return lines;
    }

private slots:
    void shouldDrawALinePerScenarioNamedAndPlacedByItsStart()
    {
        OnScene on;
        const ScenarioResults current = ScenarioResults::of(doublingScenario());
        const ComparedScenarios others{compared("Flat", flatScenario()), compared("A year later", laterScenario())};
        on.chart.setCompared(&others);
        on.chart.setAxis(JobsAxis::Linear);
        on.chart.show("Doubling", current, current);

        const QList<QLineSeries *> lines = shownLines(on.chart.chart());
        QCOMPARE(lines.size(), 4); // the pledge and three scenarios
        QStringList names;
        for (QLineSeries *line : lines)
            names << line->name();
        QVERIFY(names.contains("Pledge"));
        QVERIFY(names.contains("Doubling"));
        QVERIFY(names.contains("Flat"));
        QVERIFY(names.contains("A year later"));
        const auto named = [&lines](const QString &name) {
            for (QLineSeries *line : lines)
                if (line->name() == name)
                    return line;
            qFatal("no line %s", qPrintable(name));
        };
        // The current one: 900 x 2^(t/12) at months 0, 12, 60 = 900, 1800, 28,800.
        const QList<double> doubling = yValues(named("Doubling"));
        QCOMPARE(doubling.size(), 61);
        QCOMPARE(doubling[0], 900.0);
        QVERIFY(qFuzzyCompare(doubling[12], 1800.0));
        QVERIFY(qFuzzyCompare(doubling[60], 28800.0));
        // No growth: 900 all along.
        for (double y : yValues(named("Flat")))
            QVERIFY(qFuzzyCompare(y, 900.0));
        // A year later: its 900 sits at the current scenario's month 12.
        QCOMPARE(xValues(named("A year later")).front(), 12.0);
        QCOMPARE(yValues(named("A year later")).front(), 900.0);
        // Each named in the legend with its figure at its own horizon: 28,800 by 2022-01 and 2023-01.
        const QStringList texts = textsIn(on.chart.chart());
        QVERIFY2(texts.contains("Doubling: 28,800 jobs linked in 2022-01"), qPrintable(texts.join(" | ")));
        QVERIFY(texts.contains("Flat: 900 jobs linked in 2022-01"));
        QVERIFY(texts.contains("A year later: 28,800 jobs linked in 2023-01"));
        QVERIFY(texts.contains("Pledge: 4,000"));
    }

    void shouldDrawEveryScenarioInAColourAndDashOfItsOwn()
    {
        OnScene on;
        const ScenarioResults current = ScenarioResults::of(doublingScenario());
        ComparedScenarios others;
        for (int i = 1; i <= 5; ++i) {
            Parameters p = doublingScenario();
            p.set(ParameterId::HiresPerSeller, i + 1);
            others.push_back(compared(QString("Hires %1").arg(i + 1), p));
        }
        on.chart.setCompared(&others);
        on.chart.show("Doubling", current, current);
        const QList<QLineSeries *> lines = shownLines(on.chart.chart());
        QCOMPARE(lines.size(), 7);
        // Six scenarios: six colours and six dash patterns, so that they print apart in grey too.
        std::set<QRgb> colours;
        std::set<QList<qreal>> dashes;
        for (QLineSeries *line : lines) {
            if (line->name() == "Pledge")
                continue;
            colours.insert(line->pen().color().rgb());
            dashes.insert(line->pen().style() == Qt::SolidLine ? QList<qreal>{} : line->pen().dashPattern());
        }
        QCOMPARE(colours.size(), std::size_t(6));
        QCOMPARE(dashes.size(), std::size_t(6));
        // None in the pledge's colour.
        QVERIFY(!colours.count(on.chart.theme().pledge.rgb()));
        // Beyond six, pairs of colour and dash stay apart up to 36.
        std::set<std::pair<QRgb, QList<qreal>>> styles;
        const ChartTheme light = ChartTheme::light();
        for (std::size_t i = 0; i < 36; ++i)
            styles.insert({(light.*CompareChart::lineStyle(i).color).rgb(), CompareChart::lineStyle(i).dashes});
        QCOMPARE(styles.size(), std::size_t(36));

        // Fewer scenarios: the lines left over are hidden, legend entries with them.
        others.resize(1);
        on.chart.show("Doubling", current, current);
        QCOMPARE(shownLines(on.chart.chart()).size(), 3);
        QVERIFY(!textsIn(on.chart.chart()).join(" ").contains("Hires 3"));
    }

    void shouldTakeTheLogarithmicAxisWhenTheLinesLieFarApart()
    {
        // 900 flat against 28,800 at the horizon: 32 times apart, beyond auto's 20 (the rule the
        // jobs chart applies to its band); a linear axis when only the doubling is drawn with a
        // pledge of 4,000 (its top above a tenth of the axis, its band a line).
        OnScene on;
        const ScenarioResults current = ScenarioResults::of(doublingScenario());
        const ComparedScenarios none;
        on.chart.setCompared(&none);
        on.chart.show("Doubling", current, current);
        QVERIFY(!on.chart.isLogarithmic());
        const ComparedScenarios flat{compared("Flat", flatScenario())};
        on.chart.setCompared(&flat);
        on.chart.show("Doubling", current, current);
        QVERIFY(on.chart.isLogarithmic());
        on.chart.setAxis(JobsAxis::Linear);
        on.chart.show("Doubling", current, current);
        QVERIFY(!on.chart.isLogarithmic());
    }

    void shouldLeaveThePledgeAboveAnAxisFittedToJobsLost()
    {
        // Counted as created, sellers halving each year lose 900 x (0.5^(t/12) - 1) jobs, -872 by
        // the horizon, against a flat scenario that creates none: the highest line, 0, is under a
        // tenth of the pledge of 4,000, and losses rule out a logarithm. Auto fits the axis to the
        // lines and leaves the pledge above it, saying so; asked for linear, the axis reaches it.
        OnScene on;
        Parameters shrinking = createdScenario();
        shrinking.set(ParameterId::AnnualGrowthRate, -0.5);
        Parameters flat = flatScenario();
        flat.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Created));
        const ScenarioResults current = ScenarioResults::of(shrinking);
        const ComparedScenarios others{compared("Flat", flat)};
        on.chart.setCompared(&others);
        on.chart.show("Shrinking", current, current);
        auto *axis = qobject_cast<QCategoryAxis *>(on.chart.chart()->axes(Qt::Vertical).constFirst());
        QVERIFY(!on.chart.isLogarithmic());
        QVERIFY(axis->min() < -872);
        QVERIFY2(axis->max() < 4000, qPrintable(QString::number(axis->max())));
        QVERIFY(axis->titleText().contains("pledge above the scale"));
        QVERIFY2(textsIn(on.chart.chart()).contains("Pledge: 4,000, off the scale"),
                 qPrintable(textsIn(on.chart.chart()).join(" | ")));

        on.chart.setAxis(JobsAxis::Linear);
        on.chart.show("Shrinking", current, current);
        QVERIFY(axis->max() >= 4000);
        QVERIFY(textsIn(on.chart.chart()).contains("Pledge: 4,000"));
    }

    void shouldFlagTheParametersThatDiffer()
    {
        const ScenarioResults current = ScenarioResults::of(doublingScenario());
        const ComparedScenarios others{compared("Flat", flatScenario()), compared("A year later", laterScenario())};
        const CompareTable table = CompareTable::of({"Doubling", current, 0, 0}, others);
        QCOMPARE(table.columns, (QStringList{"Doubling", "Flat", "A year later"}));
        int parameters = 0;
        QStringList differing;
        for (const CompareTable::Row &row : table.rows) {
            QCOMPARE(row.cells.size(), 3);
            if (!row.isParameter)
                continue;
            ++parameters;
            if (row.differs)
                differing << row.label;
        }
        QCOMPARE(parameters, kParameterCount);
        // Growth (Flat) and the start (A year later) differ; nothing else does.
        QCOMPARE(differing, (QStringList{labelText(descriptor(ParameterId::AnnualGrowthRate)),
                                         labelText(descriptor(ParameterId::Start))}));
        // What differs first, above the fold of a laptop's window: the two parameters, then the
        // counts of entries (none anywhere), then the key figures from the jobs at the horizon,
        // 28,800 / 900 / 28,800.
        QCOMPARE(table.rows[0].label, labelText(descriptor(ParameterId::AnnualGrowthRate)));
        QCOMPARE(table.rows[1].label, labelText(descriptor(ParameterId::Start)));
        QCOMPARE(table.rows[2].label, QString("Events"));
        QCOMPARE(table.rows[2].cells, (QStringList{"0", "0", "0"}));
        QVERIFY(!table.rows[2].differs);
        QCOMPARE(table.rows[3].label, QString("Reported figures"));
        QCOMPARE(table.rows[4].cells, (QStringList{"28,800", "900", "28,800"}));
        // One scenario alone differs in nothing.
        for (const CompareTable::Row &row : CompareTable::of({"Doubling", current, 0, 0}, {}).rows)
            QVERIFY(!row.differs);
    }

    void shouldAddAndRemoveScenariosFromTheTab()
    {
        ChartPanel panel;
        QVERIFY(showInEnglish(panel));
        const ScenarioResults current = ScenarioResults::of(doublingScenario());
        Parameters saved = doublingScenario();
        saved.set(ParameterId::HiresPerSeller, 2);
        panel.showResults("Doubling", current, ScenarioResults::of(saved));
        panel.setCurrentChart(ChartKind::Compare);
        ComparePage *page = panel.comparePage();
        auto *table = page->findChild<QTableWidget *>("compareTable");
        QVERIFY(table);
        QCOMPARE(table->columnCount(), 1);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QString("Doubling (this scenario)"));

        // The scenario as last saved: only the hires differ, the one parameter row shown.
        page->findChild<QPushButton *>("compareAddSaved")->click();
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QString("Doubling (as last opened or saved)"));
        int flagged = 0;
        for (int r = 0; r < table->rowCount(); ++r)
            flagged += table->item(r, 0)->data(ComparePage::kDiffersRole).toBool();
        QCOMPARE(flagged, 1);
        QCOMPARE(table->rowCount(), 1 + 2 + 9); // one parameter first, two counts, nine key figures
        QVERIFY(table->item(0, 1)->font().bold());
        QVERIFY(table->verticalHeaderItem(0)->text().contains(labelText(descriptor(ParameterId::HiresPerSeller))));
        // Every parameter, the one that differs still flagged and first.
        page->findChild<QCheckBox *>("compareEveryParameter")->setChecked(true);
        QCOMPARE(table->rowCount(), 2 + 9 + kParameterCount);
        QVERIFY(table->item(0, 1)->data(ComparePage::kDiffersRole).toBool());

        // A preset by name: a third column, and a line of the chart.
        QVERIFY(page->addScenario("sceptic"));
        QCOMPARE(table->columnCount(), 3);
        auto *view = panel.findChild<QChartView *>("compareChart");
        QVERIFY(view);
        QCOMPARE(shownLines(view->chart()).size(), 4);
        // A bad name: a line on the page saying why, nothing added.
        QString error;
        QVERIFY(!page->addScenario("nosuch", &error));
        auto *problem = page->findChild<QLabel *>("compareProblem");
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), error);
        QVERIFY(error.startsWith("no preset or scenario file called \"nosuch\""));
        QCOMPARE(table->columnCount(), 3);

        // Remove: the selected column's scenario; never the current one.
        auto *remove = page->findChild<QPushButton *>("compareRemove");
        table->setCurrentCell(0, 0);
        QVERIFY(!remove->isEnabled());
        table->setCurrentCell(0, 1);
        QVERIFY(remove->isEnabled());
        remove->click();
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QString("The sceptic's case (CNNMoney, Jan 2017)"));
        QCOMPARE(shownLines(view->chart()).size(), 3);
        QCOMPARE(page->compared()->size(), std::size_t(1));

        // The tab's chart follows the next slider step with the list it has.
        Parameters moved = doublingScenario();
        moved.set(ParameterId::AnnualGrowthRate, 0.5);
        panel.showResults("Doubling", ScenarioResults::of(moved), ScenarioResults::of(saved));
        QCOMPARE(shownLines(view->chart()).size(), 3);
        QCOMPARE(table->item(table->rowCount() - 1, 0)->text(), table->item(table->rowCount() - 1, 1)->text());
    }

    void shouldCountTheEntriesAndAddTheSavedScenarioWithItsOwn()
    {
        ChartPanel panel;
        QVERIFY(showInEnglish(panel));
        // Saved with growth stopped from 2018-01 (month 12) and two reports; since then the event
        // was removed and one report is left. Saved: S = 1000 x 2^(12/12) = 2,000 sellers held
        // flat, J = 1.2 x 0.75 x 2,000 = 1,800 at the horizon; now 28,800 as in the doubling case.
        const ScenarioEvents stall{{YearMonth{2018, 1}, ParameterId::AnnualGrowthRate, 0.0, "stall"}};
        const Observations oneReport{
            {YearMonth{2018, 6}, ObservedMetric::Sellers, 1500, std::nullopt, std::nullopt, "Survey"}};
        panel.setDatedEntries({}, oneReport);
        panel.setBaselineObservations(2);
        panel.showResults("Doubling", ScenarioResults::of(doublingScenario()),
                          ScenarioResults::of(doublingScenario(), stall));
        panel.setCurrentChart(ChartKind::Compare);
        ComparePage *page = panel.comparePage();
        auto *table = page->findChild<QTableWidget *>("compareTable");
        page->findChild<QPushButton *>("compareAddSaved")->click();
        QCOMPARE(table->columnCount(), 2);
        const auto rowOf = [table](const QString &label) {
            for (int r = 0; r < table->rowCount(); ++r) {
                if (table->verticalHeaderItem(r)->text().endsWith(label))
                    return r;
            }
            return -1;
        };
        const int events = rowOf("Events");
        const int reports = rowOf("Reported figures");
        const int jobs = rowOf("Jobs at the horizon (each on its own basis)");
        QVERIFY(events >= 0 && reports >= 0 && jobs >= 0);
        QCOMPARE(table->item(events, 0)->text(), QString("0"));
        QCOMPARE(table->item(events, 1)->text(), QString("1"));
        QCOMPARE(table->item(reports, 0)->text(), QString("1"));
        QCOMPARE(table->item(reports, 1)->text(), QString("2"));
        // Counts that differ are flagged as a differing parameter is, and stand above the figures.
        QVERIFY(table->item(events, 1)->data(ComparePage::kDiffersRole).toBool());
        QVERIFY(table->verticalHeaderItem(reports)->text().startsWith(QChar(0x2260)));
        QVERIFY(reports < jobs);
        QCOMPARE(table->item(jobs, 0)->text(), QString("28,800"));
        QCOMPARE(table->item(jobs, 1)->text(), QString("1,800"));
        QCOMPARE(page->compared()->front().events, std::size_t(1));
        QCOMPARE(page->compared()->front().observations, std::size_t(2));
    }

    void shouldExportTheComparisonAsTheTabShowsIt()
    {
        ChartPanel panel;
        QVERIFY(showInEnglish(panel));
        const ScenarioResults current = ScenarioResults::of(doublingScenario());
        panel.showResults("Doubling", current, current);
        QVERIFY(panel.comparePage()->addScenario("central"));
        QTemporaryDir folder;
        const QString path = folder.filePath("compare.svg");
        QString error;
        QVERIFY2(panel.exportChart(ChartKind::Compare, path, QSize(1280, 720), &error), qPrintable(error));
        const QByteArray svg = contentsOf(path);
        QVERIFY(svg.contains("Central estimate (sourced defaults): "));
        QVERIFY(svg.contains("Doubling: 28,800 jobs linked in 2022-01"));
        // The file names the compared scenario and its values, beside the current one's.
        QVERIFY(svg.contains("compared with Central estimate (sourced defaults): initial_sellers=7000, "));
    }
};

QTEST_MAIN(CompareChartsTest)
#include "comparechartstest.moc"
