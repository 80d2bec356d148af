#pragma once

#include "scenariochart.h"

#include <memory>

namespace pledgecheck {

class AnchoredLabels;
class DatedMarks;

/// Sellers over time: all sellers, those that hire, the baseline's sellers as a ghost, and the
/// market size when growth is logistic (above the axis, marked at its edge, where it would flatten
/// the sellers). The scenario's events are drawn as labelled vertical lines, and the reported
/// seller counts as markers with their ranges ("Reported" in the legend).
class SellersChart : public ScenarioChart
{
public:
    SellersChart();
    ~SellersChart() override;
    void show(const QString &scenarioName, const ScenarioResults &current,
              const ScenarioResults &baseline) override;

private:
    void scaleChanged(double scale) override;
    void themeChanged() override;

    QLineSeries *m_reported; ///< no points: the legend's entry for the markers
    QLineSeries *m_baseline;
    QLineSeries *m_marketSize;
    QLineSeries *m_hiringSellers;
    QLineSeries *m_sellers;
    std::unique_ptr<AnchoredLabels> m_labels; ///< the market's mark when it is above the axis
    std::unique_ptr<DatedMarks> m_marks;
};

} // namespace pledgecheck
