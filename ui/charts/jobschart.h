#pragma once

#include "scenariochart.h"

#include <memory>

namespace pledgecheck {

class PointCallout;

/// Jobs against the pledge on the scenario's basis (created since the start, which can fall below
/// zero, or every job linked): the pledge as a level line, projected jobs J, export-supported jobs
/// as a second lens, the baseline's jobs as a faint ghost, the month the pledge is met, and, under
/// the line, the 10-90 and 25-75 % bands of the Monte Carlo draws when there are any.
class JobsChart : public ScenarioChart
{
public:
    JobsChart();
    ~JobsChart() override;
    void show(const QString &scenarioName, const ScenarioResults &current,
              const ScenarioResults &baseline) override;

    /// Plots jobs on a logarithmic axis (a decade a step), so that a projection far below the
    /// pledge, and its bands, can be read with the pledge still in view.
    void setLogarithmic(bool logarithmic) { m_logarithmic = logarithmic; }

private:
    void scaleChanged(double scale) override;
    /// @p values as plotted: as they are, or their log10 on a logarithmic axis.
    const Eigen::ArrayXd &plotted(const Eigen::ArrayXd &values);
    double plotted(double value) const;

    void showBands(const Eigen::ArrayXXd &bands);

    QAreaSeries *m_outerBand;  ///< 10th to 90th percentile
    QAreaSeries *m_innerBand;  ///< 25th to 75th
    QLineSeries *m_outerLower;
    QLineSeries *m_innerLower;
    Eigen::ArrayXd m_column;
    Eigen::ArrayXd m_logValues;
    Eigen::ArrayXd m_exportShown; ///< X on the basis: its change since the start when jobs are created
    bool m_logarithmic = false;
    QLineSeries *m_baseline;
    QLineSeries *m_pledge;
    QLineSeries *m_exportSupported;
    QLineSeries *m_jobs;
    std::unique_ptr<PointCallout> m_pledgeMet;
};

} // namespace pledgecheck
