#include "uncertaintyresults.h"

#include <algorithm>

namespace pledgecheck {

UncertaintyResults UncertaintyResults::of(const Parameters &parameters,
                                          const Uncertainty &uncertainty, MonteCarloEngine &engine,
                                          Correlations correlations)
{
    return of(parameters, ScenarioEvents{}, uncertainty, engine, correlations);
}

UncertaintyResults UncertaintyResults::of(const Parameters &parameters, const ScenarioEvents &events,
                                          const Uncertainty &uncertainty, MonteCarloEngine &engine,
                                          Correlations correlations)
{
    UncertaintyResults results;
    results.monteCarlo = engine.run(parameters, events, uncertainty);
    results.seed = uncertainty.seed;
    results.tornado = pledgecheck::tornado(parameters, events, uncertainty);
    if (correlations == Correlations::Rank) {
        results.correlations = rankCorrelations(parameters, uncertainty, engine);
        results.halfDrawsFrontier = pledgecheck::halfDrawsFrontier(parameters, events, uncertainty);
    }
    return results;
}

std::optional<double> UncertaintyResults::correlationOf(ParameterId id) const
{
    const auto found = std::find_if(correlations.begin(), correlations.end(),
                                    [id](const RankCorrelation &c) { return c.id == id; });
    if (found == correlations.end())
        return std::nullopt;
    return found->correlation;
}

} // namespace pledgecheck
