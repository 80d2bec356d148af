#pragma once

#include "frontier.h"
#include "scenariochart.h"

#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QScatterSeries;
QT_END_NAMESPACE

namespace pledgecheck {

class AnchoredLabels;
class PointCallout;

/// The frontier of what it would take: over yearly seller growth (across) and hires per hiring
/// seller (up), the line on which the pledge is met exactly at the horizon with every other input
/// as set, the region that meets it shaded, the line where half the draws meet it (once the full
/// run has it), the scenario marked and each preset marked and named.
class FrontierChart : public ScenarioChart
{
public:
    FrontierChart();
    ~FrontierChart() override;
    void show(const QString &scenarioName, const ScenarioResults &current,
              const ScenarioResults &baseline) override;

    /// The frontier drawn by the last show(): for tests.
    const std::vector<FrontierPoint> &frontierShown() const { return m_frontier; }

private:
    /// A preset's values where the chart marks it.
    struct PresetPoint {
        QString name;
        double growth, hires;
    };
    static const std::vector<PresetPoint> &presetPoints();
    void scaleChanged(double scale) override;
    void themeChanged() override;
    /// Sets @p line to the rows of @p points with a growth, in percent: (growth, hires).
    static void drawLine(QLineSeries *line, const std::vector<FrontierPoint> &points);

    QLineSeries *m_frontierLine;
    QAreaSeries *m_meets;
    QLineSeries *m_halfLine;
    QScatterSeries *m_presets;
    std::unique_ptr<AnchoredLabels> m_presetNames;
    std::unique_ptr<PointCallout> m_current;
    /// The frontier of m_frontierOf, kept while only the draws change (a refined run).
    std::vector<FrontierPoint> m_frontier;
    std::optional<Parameters> m_frontierOf;
    ScenarioEvents m_frontierEvents; ///< the events m_frontier was worked out under
};

} // namespace pledgecheck
