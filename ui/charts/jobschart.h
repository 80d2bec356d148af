#pragma once

#include "scenariochart.h"

#include <memory>

namespace pledgecheck {

class PointCallout;

/// Jobs against the pledge: the pledge as a level line, projected jobs J, export-supported jobs
/// as a second lens, the baseline's jobs as a faint ghost, and the month the pledge is met.
class JobsChart : public ScenarioChart
{
public:
    JobsChart();
    ~JobsChart() override;
    void show(const QString &scenarioName, const ScenarioResults &current,
              const ScenarioResults &baseline) override;

private:
    void scaleChanged(double scale) override;

    QLineSeries *m_baseline;
    QLineSeries *m_pledge;
    QLineSeries *m_exportSupported;
    QLineSeries *m_jobs;
    std::unique_ptr<PointCallout> m_pledgeMet;
};

} // namespace pledgecheck
