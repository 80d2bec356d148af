#pragma once

#include "chartkind.h"
#include "chartrenderer.h"
#include "jobsaxis.h"
#include "scenarioresults.h"
#include "uncertaintyresults.h"

#include <QSize>
#include <QTabWidget>

#include <memory>

namespace pledgecheck {

class ComparePage;

/// The charts, one tab each, as chartRegistry() lists them. Qt Charts stays behind this folder: nothing outside ui/charts/ names a
/// Charts class, so a later move to Qt Graphs changes this folder only.
class ChartPanel : public QTabWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    /// Shows @p current, with @p baseline (the scenario as last opened or saved) as a faint ghost.
    /// Called on every slider step: updates the visible chart's series in place, and the others
    /// when their tab is opened.
    void showResults(const QString &scenarioName, const ScenarioResults &current,
                     const ScenarioResults &baseline);

    /// The sides an exported chart may have, in pixels: from an icon to beyond 8K.
    static constexpr int kSmallestExportSide = kSmallestChartSide;
    static constexpr int kLargestExportSide = kLargestChartSide;

    /// Keeps @p uncertainty (null when every input is fixed) for the next showing of the charts
    /// that draw it: the jobs chart's bands, the Uncertainty and Sensitivity tabs.
    /// setUncertainty() then showResults() draws once per slider step; showUncertainty() draws at
    /// once (a refined result for the same values).
    void setUncertainty(std::shared_ptr<const UncertaintyResults> uncertainty);
    void showUncertainty(std::shared_ptr<const UncertaintyResults> uncertainty);

    /// Keeps the scenario's events and reported figures for the next showing of the charts over
    /// time; showDatedEntries() draws them at once (an edit of them alone). Unchanged lists
    /// leave the charts as they are: a slider step passes them every time.
    void setDatedEntries(const ScenarioEvents &events, const Observations &observations);
    void showDatedEntries(const ScenarioEvents &events, const Observations &observations);
    /// Keeps how many reported figures the scenario as last opened or saved holds, for the
    /// Compare tab's "Add As Saved"; shown with the next results.
    void setBaselineObservations(std::size_t count);

    /// The jobs chart's count axis (in the window and in exports): auto, linear or logarithmic.
    void setJobsAxis(JobsAxis axis);
    JobsAxis jobsAxis() const;

    ChartKind currentChart() const;
    void setCurrentChart(ChartKind kind);
    /// Opens the tab @p step places on (back for a negative step), round from the last to the first.
    void showNextChart(int step);

    /// Renders chart @p kind (both charts of the Uncertainty tab, side by side) at @p size pixels,
    /// with the source line under it unless @p options turn it off, and writes it to @p path:
    /// PNG, or SVG when the path ends in ".svg". False with @p error set on failure.
    bool exportChart(ChartKind kind, const QString &path, QSize size, QString *error,
                     const ExportOptions &options = {}) const;

    /// The Compare tab's page: the scenarios compared with this one, its buttons and table.
    ComparePage *comparePage() const;

    /// The colours the window's charts draw with: those of the panel's palette.
    const ChartTheme &chartTheme() const;

protected:
    /// Follows the palette (a dark desktop theme, or one changed while the app runs).
    void changeEvent(QEvent *event) override;

private:
    void followPalette();
    void showCurrentChart();
    void describeForScreenReaders(ChartKind kind);

    struct Charts;
    std::unique_ptr<Charts> m_charts;
};

} // namespace pledgecheck
