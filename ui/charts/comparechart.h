#pragma once

#include "comparison.h"
#include "jobsaxis.h"
#include "scenariochart.h"

#include <QList>

#include <vector>

namespace pledgecheck {

/// Scenarios side by side (docs/model.md, "Comparing scenarios"): the current scenario's jobs and
/// those of every compared scenario on one jobs axis, against the current pledge, each line named
/// in the legend with its figure at its horizon, in a colour and a dash pattern of its own so
/// that the lines tell apart printed in grey. Every line counts on the current scenario's basis
/// and is placed by its own start month; the axis is the jobs chart's (auto, linear or log).
class CompareChart : public ScenarioChart
{
public:
    CompareChart();
    ~CompareChart() override;

    /// The scenarios drawn beside the current one by the next show(), or null for none. Kept by
    /// pointer: the caller keeps them alive and unchanged.
    void setCompared(const ComparedScenarios *compared) { m_compared = compared; }
    void setAxis(JobsAxis axis) { m_axis = axis; }
    bool isLogarithmic() const { return m_logarithmic; }

    void show(const QString &scenarioName, const ScenarioResults &current,
              const ScenarioResults &baseline) override;

    /// How the line of scenario @p index (0: the current one) is drawn: distinct colour and dash
    /// pattern for the first six, distinct pairs of them for the first 36.
    struct LineStyle {
        ThemeColor color;
        QList<qreal> dashes; ///< in line widths; empty for a solid line
        double width;
    };
    static LineStyle lineStyle(std::size_t index);

private:
    QLineSeries *lineFor(std::size_t index);
    const Eigen::ArrayXd &plotted(const Eigen::ArrayXd &values);

    const ComparedScenarios *m_compared = nullptr;
    JobsAxis m_axis = JobsAxis::Auto;
    bool m_logarithmic = false;
    QLineSeries *m_pledge;
    std::vector<QLineSeries *> m_lines; ///< made as needed, hidden when not
    Eigen::ArrayXd m_logValues;
};

} // namespace pledgecheck
