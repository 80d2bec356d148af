#include "sensitivity.h"

#include "parametertable.h"
#include "projection.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace pledgecheck {
namespace {

// Ranks 1..n, ties sharing the average of the ranks they span.
Eigen::ArrayXd ranksOf(const Eigen::ArrayXd &values)
{
    const Eigen::Index n = values.size();
    std::vector<Eigen::Index> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](Eigen::Index a, Eigen::Index b) { return values(a) < values(b); });
    Eigen::ArrayXd ranks(n);
    for (Eigen::Index first = 0; first < n;) {
        Eigen::Index last = first;
        while (last + 1 < n && values(order[static_cast<std::size_t>(last + 1)]) == values(order[static_cast<std::size_t>(first)]))
            ++last;
        const double rank = (static_cast<double>(first + last) / 2.0) + 1.0;
        for (Eigen::Index i = first; i <= last; ++i)
            ranks(order[static_cast<std::size_t>(i)]) = rank;
        first = last + 1;
    }
    return ranks;
}

} // namespace

std::vector<SensitivityBar> tornado(const Parameters &parameters, const Uncertainty &uncertainty)
{
    std::vector<SensitivityBar> bars;
    for (const ParameterDescriptor &d : parameterTable()) {
        const Distribution &distribution = uncertainty[d.id];
        if (distribution.isFixed())
            continue;
        const auto jobsAtHorizonWith = [&](double value) {
            Parameters trial = parameters;
            trial.set(d.id, value);
            // Under logistic growth the market holds the starting sellers, as in the draws.
            if (trial.growthModel() == GrowthModel::Logistic)
                trial.set(ParameterId::MarketSize, std::max(trial[ParameterId::MarketSize],
                                                            trial[ParameterId::InitialSellers]));
            const Projection projection = project(trial);
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
    const Eigen::ArrayXd rx = ranksOf(x), ry = ranksOf(y);
    const Eigen::ArrayXd dx = rx - rx.mean(), dy = ry - ry.mean();
    const double denominator = std::sqrt(dx.square().sum() * dy.square().sum());
    return denominator > 0 ? (dx * dy).sum() / denominator : 0.0;
}

std::vector<RankCorrelation> rankCorrelations(const Parameters &parameters,
                                              const Uncertainty &uncertainty,
                                              const MonteCarloEngine &engine)
{
    std::vector<RankCorrelation> correlations;
    Eigen::ArrayXd draws;
    for (const ParameterDescriptor &d : parameterTable()) {
        if (uncertainty[d.id].isFixed())
            continue;
        engine.drawsOf(parameters, uncertainty, d.id, draws);
        correlations.push_back({d.id, spearman(draws, engine.result().jobsAtHorizon)});
    }
    std::stable_sort(correlations.begin(), correlations.end(),
                     [](const RankCorrelation &a, const RankCorrelation &b) {
                         return std::abs(a.correlation) > std::abs(b.correlation);
                     });
    return correlations;
}

} // namespace pledgecheck
