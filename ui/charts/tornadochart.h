#pragma once

#include "scenariochart.h"

#include <memory>
#include <vector>

namespace pledgecheck {

class AnchoredLabels;

/// The tornado: for each uncertain parameter, jobs at the horizon with that parameter at the
/// 10th and at the 90th percentile of its distribution and all others as set, as two bars from
/// the projection as set; the widest swing on top. Each label carries the parameter's rank
/// correlation with jobs over the Monte Carlo draws, and each bar's end the input's value there.
/// With every input fixed, a sentence says so.
class TornadoChart : public ScenarioChart
{
public:
    TornadoChart();
    ~TornadoChart() override;
    void show(const QString &scenarioName, const ScenarioResults &current,
              const ScenarioResults &baseline) override;

    /// @p value rounded to @p figures significant figures: 0.10449 to 0.104, 226.49 to 226.
    static double toSignificantFigures(double value, int figures);

    /// Half the height of a bar, in rows: bars 0.6 of a row, with room between them.
    static constexpr double kHalfBar = 0.3;

private:
    /// One parameter's two bars: at its low end and at its high end.
    struct Bar {
        QAreaSeries *low;
        QAreaSeries *high;
    };
    static void setRectangle(QAreaSeries *series, double from, double to, double row);
    void scaleChanged(double scale) override;

    std::vector<Bar> m_bars; ///< one for every parameter that may be uncertain; unused ones hidden
    QLineSeries *m_asSet;
    std::unique_ptr<AnchoredLabels> m_ends; ///< the inputs' values at the bars' ends
};

} // namespace pledgecheck
