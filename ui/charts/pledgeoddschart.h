#pragma once

#include "scenariochart.h"

QT_BEGIN_NAMESPACE
class QScatterSeries;
QT_END_NAMESPACE

namespace pledgecheck {

/// The chance the pledge is met by each month: the share of Monte Carlo draws whose jobs have
/// reached the pledge by then, with the figure written at each year's end.
class PledgeOddsChart : public ScenarioChart
{
public:
    PledgeOddsChart();
    void show(const QString &scenarioName, const ScenarioResults &current,
              const ScenarioResults &baseline) override;

private:
    void scaleChanged(double scale) override;
    void themeChanged() override;

    QLineSeries *m_odds;
    QScatterSeries *m_yearly = nullptr;
    Eigen::ArrayXd m_percent;
};

} // namespace pledgecheck
