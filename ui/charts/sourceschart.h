#pragma once

#include "scenariochart.h"

#include <Eigen/Core>

namespace pledgecheck {

/// Where the jobs come from, stacked: direct hires and service jobs net of displacement (together
/// J), and on top the displaced share, up to the gross jobs D + V.
class SourcesChart : public ScenarioChart
{
public:
    SourcesChart();
    void show(const QString &scenarioName, const ScenarioResults &current,
              const ScenarioResults &baseline) override;

private:
    void themeChanged() override;

    QAreaSeries *m_direct;
    QAreaSeries *m_service;
    QAreaSeries *m_displaced;
    Eigen::ArrayXd m_directNet;
    Eigen::ArrayXd m_gross;
};

} // namespace pledgecheck
