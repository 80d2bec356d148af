#pragma once

#include "scenariochart.h"

namespace pledgecheck {

/// Sellers over time: all sellers, those that hire, the baseline's sellers as a ghost, and the
/// market size when growth is logistic.
class SellersChart : public ScenarioChart
{
public:
    SellersChart();
    void show(const QString &scenarioName, const ScenarioResults &current,
              const ScenarioResults &baseline) override;

private:
    QLineSeries *m_baseline;
    QLineSeries *m_marketSize;
    QLineSeries *m_hiringSellers;
    QLineSeries *m_sellers;
};

} // namespace pledgecheck
