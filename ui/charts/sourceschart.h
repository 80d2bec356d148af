#pragma once

#include "scenariochart.h"

#include <Eigen/Core>

QT_BEGIN_NAMESPACE
class QAreaSeries;
QT_END_NAMESPACE

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
    QAreaSeries *addBand(const QString &name, const QColor &color, QLineSeries *lower);

    QLineSeries *m_directTop;
    QLineSeries *m_jobsTop;
    QLineSeries *m_grossTop;
    Eigen::ArrayXd m_directNet;
    Eigen::ArrayXd m_gross;
};

} // namespace pledgecheck
