#pragma once

#include "scenariochart.h"

QT_BEGIN_NAMESPACE
class QScatterSeries;
QT_END_NAMESPACE

namespace pledgecheck {

/// Jobs against the pledge: the pledge as a level line, projected jobs J, export-supported jobs
/// as a second lens, the baseline's jobs as a faint ghost, and the month the pledge is met.
class JobsChart : public ScenarioChart
{
public:
    JobsChart();
    void show(const QString &scenarioName, const ScenarioResults &current,
              const ScenarioResults &baseline) override;

private:
    void scaleChanged(double scale) override;

    QLineSeries *m_pledge;
    QLineSeries *m_baseline;
    QLineSeries *m_exportSupported;
    QLineSeries *m_jobs;
    QScatterSeries *m_metMarker;
};

} // namespace pledgecheck
