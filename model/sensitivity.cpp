#include "sensitivity.h"

#include "equations.h"
#include "parallel.h"
#include "parametertable.h"
#include "projection.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace pledgecheck {
namespace {

// Ranks 1..n, ties sharing the average of the ranks they span. Sorting (value, draw) pairs
// rather than draw numbers by their values keeps the sort's reads in order.
Eigen::ArrayXd ranksOf(const Eigen::ArrayXd &values)
{
    const Eigen::Index n = values.size();
    std::vector<std::pair<double, Eigen::Index>> sorted(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i)
        sorted[static_cast<std::size_t>(i)] = {values(i), i};
    std::sort(sorted.begin(), sorted.end());
    Eigen::ArrayXd ranks(n);
    for (std::size_t first = 0; first < sorted.size();) {
        std::size_t last = first;
        while (last + 1 < sorted.size() && sorted[last + 1].first == sorted[first].first)
            ++last;
        const double rank = (static_cast<double>(first + last) / 2.0) + 1.0;
        for (std::size_t i = first; i <= last; ++i)
            ranks(sorted[i].second) = rank;
        first = last + 1;
    }
    return ranks;
}

// Pearson's correlation of two rankings: Spearman's of what they rank.
double correlationOfRanks(const Eigen::ArrayXd &rx, const Eigen::ArrayXd &ry)
{
    const Eigen::ArrayXd dx = rx - rx.mean(), dy = ry - ry.mean();
    const double denominator = std::sqrt(dx.square().sum() * dy.square().sum());
    return denominator > 0 ? (dx * dy).sum() / denominator : 0.0;
}

} // namespace

std::vector<SensitivityBar> tornado(const Parameters &parameters, const Uncertainty &uncertainty)
{
    return tornado(parameters, ScenarioEvents{}, uncertainty);
}

std::vector<SensitivityBar> tornado(const Parameters &parameters, const ScenarioEvents &events,
                                    const Uncertainty &uncertainty)
{
    std::vector<SensitivityBar> bars;
    for (const ParameterDescriptor &d : parameterTable()) {
        const Distribution distribution = uncertainty.drawn(d.id);
        if (distribution.isFixed())
            continue;
        const auto jobsAtHorizonWith = [&](double value) {
            Parameters trial = parameters;
            trial.set(d.id, value);
            // Under logistic growth the market holds the starting sellers, as in the draws.
            if (trial.growthModel() == GrowthModel::Logistic)
                trial.set(ParameterId::MarketSize,
                          equations::marketHoldingStart(trial[ParameterId::MarketSize],
                                                        trial[ParameterId::InitialSellers]));
            const Projection projection = project(trial, events);
            return projection.jobs(projection.lastMonth());
        };
        SensitivityBar bar{d.id, distribution.lowEnd(d.minimum, d.maximum),
                           distribution.highEnd(d.minimum, d.maximum), 0, 0};
        bar.jobsAtLow = jobsAtHorizonWith(bar.lowValue);
        bar.jobsAtHigh = jobsAtHorizonWith(bar.highValue);
        bars.push_back(bar);
    }
    std::stable_sort(bars.begin(), bars.end(),
                     [](const SensitivityBar &a, const SensitivityBar &b) { return a.swing() > b.swing(); });
    return bars;
}

double spearman(const Eigen::ArrayXd &x, const Eigen::ArrayXd &y)
{
    return correlationOfRanks(ranksOf(x), ranksOf(y));
}

std::vector<RankCorrelation> rankCorrelations(const Parameters &parameters,
                                              const Uncertainty &uncertainty,
                                              const MonteCarloEngine &engine)
{
    std::vector<RankCorrelation> correlations;
    for (const ParameterDescriptor &d : parameterTable())
        if (!uncertainty.drawn(d.id).isFixed())
            correlations.push_back({d.id, 0.0});
    // The jobs are ranked once; each parameter is drawn and ranked on its own, on the engine's
    // threads for a large sample (the figures do not depend on which thread works them out).
    const Eigen::ArrayXd jobsRanks = ranksOf(engine.result().jobsAtHorizon);
    const int threads = uncertainty.samples >= MonteCarloEngine::kParallelFrom ? engine.threads() : 1;
    runInParallel(threads, static_cast<int>(correlations.size()), [&](int i, int) {
        RankCorrelation &c = correlations[static_cast<std::size_t>(i)];
        Eigen::ArrayXd draws;
        engine.drawsOf(parameters, uncertainty, c.id, draws);
        c.correlation = correlationOfRanks(ranksOf(draws), jobsRanks);
    });
    std::stable_sort(correlations.begin(), correlations.end(),
                     [](const RankCorrelation &a, const RankCorrelation &b) {
                         return std::abs(a.correlation) > std::abs(b.correlation);
                     });
    return correlations;
}

} // namespace pledgecheck
