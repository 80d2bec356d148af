// One projection and one solve, as a slider step does them. Goal (issue 2): one projection of 61
// months well under a microsecond per month; see the "per_month" counter.
#include "keyfigures.h"
#include "projection.h"
#include "targetsolver.h"

#include <benchmark/benchmark.h>

using namespace pledgecheck;

namespace {

void setModel(Parameters &p, benchmark::State &state)
{
    p.set(ParameterId::GrowthModel, static_cast<double>(state.range(0)));
    state.SetLabel(state.range(0) == 0 ? "exponential" : state.range(0) == 1 ? "logistic" : "linear");
}

void BM_Projection(benchmark::State &state)
{
    Parameters p;
    setModel(p, state);
    Projection projection;
    project(p, projection); // warm: the arrays exist, as during a slider drag
    for (auto _ : state) {
        project(p, projection);
        benchmark::DoNotOptimize(projection.jobs.data());
        benchmark::ClobberMemory();
    }
    state.counters["per_month"] = benchmark::Counter(
        static_cast<double>(projection.sellers.size()),
        benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_Projection)->DenseRange(0, 2);

void BM_SolveRequiredGrowthRate(benchmark::State &state)
{
    Parameters p;
    setModel(p, state);
    for (auto _ : state)
        benchmark::DoNotOptimize(requiredValue(p, ParameterId::AnnualGrowthRate));
}
BENCHMARK(BM_SolveRequiredGrowthRate)->DenseRange(0, 2)->Unit(benchmark::kMicrosecond);

// Everything a slider step recomputes: the projection and every key figure (three solves).
void BM_ProjectionAndKeyFigures(benchmark::State &state)
{
    Parameters p;
    setModel(p, state);
    Projection projection;
    for (auto _ : state) {
        project(p, projection);
        benchmark::DoNotOptimize(computeKeyFigures(p, projection));
    }
}
BENCHMARK(BM_ProjectionAndKeyFigures)->DenseRange(0, 2)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
