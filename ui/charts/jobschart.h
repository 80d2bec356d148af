#pragma once

#include "scenariochart.h"

#include <memory>

namespace pledgecheck {

class PointCallout;

/// Jobs against the pledge: the pledge as a level line, projected jobs J, export-supported jobs
/// as a second lens, the baseline's jobs as a faint ghost, the month the pledge is met, and, under
/// the line, the 10-90 and 25-75 % bands of the Monte Carlo draws when there are any.
class JobsChart : public ScenarioChart
{
public:
    JobsChart();
    ~JobsChart() override;
    void show(const QString &scenarioName, const ScenarioResults &current,
              const ScenarioResults &baseline) override;

private:
    void scaleChanged(double scale) override;

    void showBands(const Eigen::ArrayXXd &bands);

    QAreaSeries *m_outerBand;  ///< 10th to 90th percentile
    QAreaSeries *m_innerBand;  ///< 25th to 75th
    QLineSeries *m_outerLower;
    QLineSeries *m_innerLower;
    Eigen::ArrayXd m_column;
    QLineSeries *m_baseline;
    QLineSeries *m_pledge;
    QLineSeries *m_exportSupported;
    QLineSeries *m_jobs;
    std::unique_ptr<PointCallout> m_pledgeMet;
};

} // namespace pledgecheck
