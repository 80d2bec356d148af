#pragma once

#include "jobsaxis.h"
#include "scenariochart.h"

#include <memory>

namespace pledgecheck {

class AnchoredLabels;
class DatedMarks;
class PointCallout;

/// Jobs against the pledge on the scenario's basis (created since the start, which can fall below
/// zero, or every job linked): the pledge as a level line, projected jobs J, export-supported jobs
/// as a second lens, the baseline's jobs as a faint ghost, the month the pledge is met, and, with
/// Monte Carlo draws, their median beside the line and their 10-90 and 25-75 % bands under it.
/// The count axis is linear or logarithmic as chooseJobsScale() says; the projection, its bands
/// and the pledge set its range, never the second lens: a lens beyond the axis is marked at the
/// axis's edge with its figure. The scenario's events are labelled vertical lines, the reported
/// job counts markers with their ranges ("Reported" in the legend).
class JobsChart : public ScenarioChart
{
public:
    JobsChart();
    ~JobsChart() override;
    void show(const QString &scenarioName, const ScenarioResults &current,
              const ScenarioResults &baseline) override;

    /// The count axis: auto (as the data need), linear, or logarithmic (a decade a step, so that
    /// a projection far below the pledge, and its bands, can be read with the pledge in view).
    void setAxis(JobsAxis axis) { m_axis = axis; }
    /// Whether the last show() drew on a logarithmic axis.
    bool isLogarithmic() const { return m_logarithmic; }

private:
    void scaleChanged(double scale) override;
    void themeChanged() override;
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
    JobsAxis m_axis = JobsAxis::Auto;
    bool m_logarithmic = false;
    QLineSeries *m_baseline;
    QLineSeries *m_median;
    QLineSeries *m_pledge;
    QLineSeries *m_exportSupported;
    QLineSeries *m_jobs;
    QLineSeries *m_reported; ///< no points: the legend's entry for the markers
    std::unique_ptr<PointCallout> m_pledgeMet;
    std::unique_ptr<DatedMarks> m_marks;
    std::unique_ptr<AnchoredLabels> m_labels; ///< the lines' ends and the lens's off-scale mark
};

} // namespace pledgecheck
