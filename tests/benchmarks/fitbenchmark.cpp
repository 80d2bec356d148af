// The fit to reported data (docs/model.md, "Fitting to reported data"). Goal (issue 13): two
// parameters fitted to five observations in under 10 ms.
#include "fit.h"
#include "observationreport.h"

#include <benchmark/benchmark.h>

using namespace pledgecheck;

namespace {

// The defaults (the central estimate) with every growth curve, fitted for growth and hires to
// five figures that another growth and hires made: two seller counts, three job counts, one
// seller count and one job count reported as ranges. The fit starts from the defaults.
void BM_FitTwoParametersToFiveObservations(benchmark::State &state)
{
    Parameters start;
    start.set(ParameterId::GrowthModel, static_cast<double>(state.range(0)));
    state.SetLabel(state.range(0) == 0 ? "exponential" : state.range(0) == 1 ? "logistic" : "linear");
    Parameters truth = start;
    truth.set(ParameterId::AnnualGrowthRate, start[ParameterId::AnnualGrowthRate] * 2 + 0.1);
    truth.set(ParameterId::HiresPerSeller, start[ParameterId::HiresPerSeller] * 1.5 + 0.5);
    const Projection made = project(truth);
    const YearMonth first = YearMonth::fromIndex(static_cast<int>(start[ParameterId::Start]));
    Observations observations;
    for (const auto &[t, metric, ranged] : {std::tuple{12, ObservedMetric::Sellers, false},
                                            std::tuple{36, ObservedMetric::Sellers, true},
                                            std::tuple{18, ObservedMetric::Jobs, false},
                                            std::tuple{40, ObservedMetric::Jobs, true},
                                            std::tuple{60, ObservedMetric::Jobs, false}}) {
        const double value = metricAt(made, metric, t);
        Observation o{first.plusMonths(t), metric, value, std::nullopt, std::nullopt, "benchmark"};
        if (ranged) {
            o.low = value / 2;
            o.high = value * 2;
        }
        observations.push_back(o);
    }
    const std::vector<ParameterId> ids{ParameterId::AnnualGrowthRate, ParameterId::HiresPerSeller};
    FitResult fit;
    for (auto _ : state) {
        fit = fitToObservations(start, ids, observations);
        benchmark::DoNotOptimize(fit.rmsLogError);
    }
    state.counters["converged"] = fit.converged ? 1 : 0;
}
BENCHMARK(BM_FitTwoParametersToFiveObservations)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
