#include "chartpanel.h"

#include "chartsummary.h"
#include "comparepage.h"
#include "livechartview.h"
#include "scenariochart.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QTabBar>

#include <algorithm>
#include <array>

namespace pledgecheck {

struct ChartPanel::Charts {
    std::array<ChartSet, kChartCount> pages;
    bool shown = false;
    ChartInputs inputs;
    std::array<bool, kChartCount> stale{}; ///< not yet showing these results
    std::array<QList<QChartView *>, kChartCount> views; ///< each tab's views, named for screen readers
    std::vector<LiveChartView *> allViews; ///< every view, for the theme's background
    ChartTheme theme = ChartTheme::light();
    ComparePage *comparePage = nullptr;
};

ChartPanel::ChartPanel(QWidget *parent)
    : QTabWidget(parent)
    , m_charts(std::make_unique<Charts>())
{
    setObjectName(QStringLiteral("chartPanel"));
    setDocumentMode(true);
    setAccessibleName(tr("Charts"));
    // The tab bar's scroll arrows, in a narrow window, are no Tab stops: the arrow keys move
    // along the tabs, and Ctrl+Tab from anywhere.
    for (QWidget *arrow : tabBar()->findChildren<QWidget *>())
        arrow->setFocusPolicy(Qt::NoFocus);
    for (const ChartEntry &entry : chartRegistry()) {
        auto &charts = m_charts->pages[static_cast<std::size_t>(entry.kind)];
        charts = entry.make();
        QList<QChartView *> views;
        for (std::size_t i = 0; i < charts.size(); ++i) {
            auto *view = new LiveChartView(charts[i]->chart());
            view->setObjectName(QString::fromLatin1(entry.viewNames.at(i)));
            view->setWhatsThis(chartExplanation(entry.kind));
            views.append(view);
            m_charts->allViews.push_back(view);
        }
        m_charts->views[static_cast<std::size_t>(entry.kind)] = views;
        // Each tab says what its chart is and how it is computed, on hover and in What's This.
        const auto explain = [this, &entry](int tab) {
            setTabToolTip(tab, chartExplanation(entry.kind));
            setTabWhatsThis(tab, chartExplanation(entry.kind));
        };
        if (entry.kind == ChartKind::Compare) {
            // The chart above the scenarios' table and the buttons that choose them.
            m_charts->comparePage = new ComparePage(views.front());
            explain(addTab(m_charts->comparePage, chartTitle(entry.kind)));
            continue;
        }
        if (views.size() == 1) {
            explain(addTab(views.front(), chartTitle(entry.kind)));
            continue;
        }
        auto *page = new QWidget;
        page->setObjectName(chartName(entry.kind) + QStringLiteral("Page"));
        auto *layout = new QHBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        for (QChartView *view : views)
            layout->addWidget(view);
        explain(addTab(page, chartTitle(entry.kind)));
    }
    m_charts->stale.fill(true);
    m_charts->inputs.compared = m_charts->comparePage->compared();
    connect(m_charts->comparePage, &ComparePage::comparedChanged, this, [this] {
        m_charts->inputs.compared = m_charts->comparePage->compared();
        m_charts->stale[static_cast<std::size_t>(ChartKind::Compare)] = true;
        showCurrentChart();
    });
    for (LiveChartView *view : m_charts->allViews)
        view->setBackgroundBrush(m_charts->theme.background);
    followPalette();
    // Charts out of sight are brought up to date when their tab is opened.
    connect(this, &QTabWidget::currentChanged, this, [this] { showCurrentChart(); });
}

// The charts go before the views, while the views' scenes still hold them.
ChartPanel::~ChartPanel() = default;

void ChartPanel::showResults(const QString &scenarioName, const ScenarioResults &current,
                             const ScenarioResults &baseline)
{
    m_charts->shown = true;
    m_charts->inputs.scenarioName = scenarioName;
    m_charts->inputs.current = current;
    m_charts->inputs.baseline = baseline;
    m_charts->stale.fill(true);
    showCurrentChart();
}

void ChartPanel::setUncertainty(std::shared_ptr<const UncertaintyResults> uncertainty)
{
    m_charts->inputs.uncertainty = std::move(uncertainty);
    for (const ChartEntry &entry : chartRegistry()) {
        if (entry.drawsUncertainty)
            m_charts->stale[static_cast<std::size_t>(entry.kind)] = true;
    }
}

void ChartPanel::showUncertainty(std::shared_ptr<const UncertaintyResults> uncertainty)
{
    setUncertainty(std::move(uncertainty));
    showCurrentChart();
}

void ChartPanel::setDatedEntries(const ScenarioEvents &events, const Observations &observations)
{
    ChartInputs &inputs = m_charts->inputs;
    if (events == inputs.events && observations == inputs.observations)
        return;
    inputs.events = events;
    inputs.observations = observations;
    m_charts->stale.fill(true);
}

void ChartPanel::setBaselineObservations(std::size_t count)
{
    m_charts->inputs.baselineObservations = count;
}

void ChartPanel::showDatedEntries(const ScenarioEvents &events, const Observations &observations)
{
    setDatedEntries(events, observations);
    showCurrentChart();
}

void ChartPanel::showCurrentChart()
{
    const auto index = static_cast<std::size_t>(currentChart());
    if (!m_charts->shown || !m_charts->stale[index])
        return; // nothing to show yet (a tab opened before the first results), or up to date
    showCharts(m_charts->pages[index], m_charts->inputs);
    if (currentChart() == ChartKind::Compare) {
        const ChartInputs &in = m_charts->inputs;
        m_charts->comparePage->showTable(
            {in.scenarioName, in.current, in.current.events.size(), in.observations.size()},
            {in.scenarioName, in.baseline, in.baseline.events.size(), in.baselineObservations});
    }
    m_charts->stale[index] = false;
    describeForScreenReaders(currentChart());
}

// A screen reader reads a chart view as its name and description: the chart's title, and a
// sentence of what it shows of these results.
void ChartPanel::describeForScreenReaders(ChartKind kind)
{
    const auto index = static_cast<std::size_t>(kind);
    const QList<QChartView *> &views = m_charts->views[index];
    for (qsizetype i = 0; i < views.size(); ++i) {
        QChartView *view = views[i];
        const QString title = view->chart()->title();
        view->setAccessibleName(title.isEmpty() ? chartTitle(kind) : title);
        view->setAccessibleDescription(
            chartSummary(kind, static_cast<std::size_t>(i), m_charts->inputs));
    }
}

void ChartPanel::showNextChart(int step)
{
    setCurrentIndex(((currentIndex() + step) % count() + count()) % count());
}

void ChartPanel::setJobsAxis(JobsAxis axis)
{
    m_charts->inputs.jobsAxis = axis;
    m_charts->stale[static_cast<std::size_t>(ChartKind::Jobs)] = true;
    m_charts->stale[static_cast<std::size_t>(ChartKind::Compare)] = true;
    showCurrentChart();
}

JobsAxis ChartPanel::jobsAxis() const
{
    return m_charts->inputs.jobsAxis;
}

ComparePage *ChartPanel::comparePage() const
{
    return m_charts->comparePage;
}

const ChartTheme &ChartPanel::chartTheme() const
{
    return m_charts->theme;
}

void ChartPanel::changeEvent(QEvent *event)
{
    QTabWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void ChartPanel::followPalette()
{
    // Worked out here, once per palette, never while a slider moves.
    const ChartTheme theme = ChartTheme::fromPalette(palette());
    if (theme == m_charts->theme)
        return;
    m_charts->theme = theme;
    for (const ChartSet &charts : m_charts->pages) {
        for (const auto &chart : charts)
            chart->setTheme(theme);
    }
    for (LiveChartView *view : m_charts->allViews)
        view->setBackgroundBrush(theme.background);
    // The labels beside the lines take their colours as the charts show them.
    m_charts->stale.fill(true);
    showCurrentChart();
}

ChartKind ChartPanel::currentChart() const
{
    return chartRegistry()[static_cast<std::size_t>(std::max(0, currentIndex()))].kind;
}

void ChartPanel::setCurrentChart(ChartKind kind)
{
    setCurrentIndex(static_cast<int>(kind));
}

bool ChartPanel::exportChart(ChartKind kind, const QString &path, QSize size, QString *error,
                             const ExportOptions &options) const
{
    if (!m_charts->shown) {
        if (error)
            *error = tr("cannot export %1: no scenario is shown yet").arg(path);
        return false;
    }
    // Charts of their own at the export's size: the window's charts are left alone.
    return renderChart(kind, m_charts->inputs, path, size, error, options);
}

} // namespace pledgecheck
