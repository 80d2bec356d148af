#pragma once

#include "scenariochart.h"

#include <memory>

namespace pledgecheck {

class AnchoredLabels;

/// How the Monte Carlo draws spread at the horizon: a histogram of jobs at the horizon (the share
/// of draws per bin), with the draws' 10th, 50th and 90th percentiles, the pledge and the
/// projection of the values as set marked on it. With every input fixed, a sentence says so.
class HorizonHistogramChart : public ScenarioChart
{
public:
    /// Bins across the axis: fine enough to show a shape, coarse enough for 2,000 draws.
    static constexpr int kBins = 40;

    HorizonHistogramChart();
    ~HorizonHistogramChart() override;
    void show(const QString &scenarioName, const ScenarioResults &current,
              const ScenarioResults &baseline) override;

    /// The percentage of @p values in each of @p shares.size() equal bins over [@p bottom, @p top);
    /// values at or beyond top (or below bottom) fall in no bin. Returns the percentage outside.
    static double binShares(const Eigen::ArrayXd &values, double top, Eigen::ArrayXd &shares,
                            double bottom = 0);

    /// The top the axis must reach: the pledge when it is near the draws, else the draws' upper
    /// tail (their 95th percentile and a quarter more), so that a far pledge does not squash them.
    static double axisTop(double percentile95, double pledge);

private:
    void scaleChanged(double scale) override;
    void themeChanged() override;

    QAreaSeries *m_histogram;
    QLineSeries *m_median;
    QLineSeries *m_p10;
    QLineSeries *m_p90;
    std::unique_ptr<AnchoredLabels> m_labels;
    QLineSeries *m_pledge;
    QLineSeries *m_asSet;
    Eigen::ArrayXd m_shares;
    QList<QPointF> m_steps;
};

} // namespace pledgecheck
