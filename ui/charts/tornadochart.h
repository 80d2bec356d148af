#pragma once

#include "scenariochart.h"

#include <vector>

namespace pledgecheck {

/// The tornado: for each uncertain parameter, jobs at the horizon with that parameter at the
/// 10th and at the 90th percentile of its distribution and all others as set, as two bars from
/// the projection as set; the widest swing on top. Each label carries the parameter's rank
/// correlation with jobs over the Monte Carlo draws.
class TornadoChart : public ScenarioChart
{
public:
    TornadoChart();
    void show(const QString &scenarioName, const ScenarioResults &current,
              const ScenarioResults &baseline) override;

    /// Half the height of a bar, in rows: bars 0.6 of a row, with room between them.
    static constexpr double kHalfBar = 0.3;

private:
    /// One parameter's two bars: at its low end and at its high end.
    struct Bar {
        QAreaSeries *low;
        QAreaSeries *high;
    };
    static void setRectangle(QAreaSeries *series, double from, double to, double row);

    std::vector<Bar> m_bars; ///< one for every parameter that may be uncertain; unused ones hidden
    QLineSeries *m_asSet;
};

} // namespace pledgecheck
