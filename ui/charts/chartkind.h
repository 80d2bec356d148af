#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace pledgecheck {

class ScenarioChart;

/// The charts the app draws, in tab order. Everything else about a chart is its entry in
/// chartRegistry(): a new chart is a value here and an entry there.
enum class ChartKind { Jobs, Sellers, Sources, Uncertainty, Sensitivity, Frontier, Compare };

/// The charts of one tab, side by side; one picture when exported.
using ChartSet = std::vector<std::unique_ptr<ScenarioChart>>;

/// One chart as the panel, the export dialog and the command line know it.
struct ChartEntry {
    ChartKind kind;
    const char *name;     ///< what --chart takes and file names use: "jobs"
    const char *tabTitle; ///< the tab's title (translated when shown)
    const char *help;     ///< what --help says it draws
    /// What it draws and how it is computed, naming its section of docs/model.md: the tab's
    /// tooltip and What's This (translated when shown).
    const char *explanation;
    /// Draws the Monte Carlo run or the tornado: with every input fixed it says so instead.
    bool needsUncertainty;
    /// Draws something of the draws (the bands, the half-draws line): shown again when they change.
    bool drawsUncertainty;
    /// Draws the rank correlations or the half-draws line (UncertaintyResults::Correlations::Rank),
    /// which cost more than the run itself: the command line computes them for such a chart only.
    bool drawsCorrelations;
    /// The object names of its views, one per chart of the set, as tests and accessibility find them.
    std::array<const char *, 2> viewNames;
    ChartSet (*make)();
};

inline constexpr std::size_t kChartCount = 7;

/// Every chart, in tab order: entry i is ChartKind(i).
const std::array<ChartEntry, kChartCount> &chartRegistry();
const ChartEntry &chartEntry(ChartKind kind);

/// "jobs", "sellers", "sources", "uncertainty", "sensitivity", "frontier", "compare".
QString chartName(ChartKind kind);
/// The tab's title: "Jobs against the pledge".
QString chartTitle(ChartKind kind);
/// What the chart draws and how, with its section of docs/model.md: "Jobs J(t) on the ...".
QString chartExplanation(ChartKind kind);
/// The chart called @p name, or none.
std::optional<ChartKind> chartNamed(const QString &name);
/// Every chart name, in tab order.
QStringList chartNames();
/// "jobs (...), sellers, ...": the charts as --chart's help lists them.
QString chartHelp();

} // namespace pledgecheck
