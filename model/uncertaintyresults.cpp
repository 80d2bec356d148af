#include "uncertaintyresults.h"

#include <algorithm>

namespace pledgecheck {

UncertaintyResults UncertaintyResults::of(const Parameters &parameters,
                                          const Uncertainty &uncertainty, MonteCarloEngine &engine)
{
    UncertaintyResults results;
    results.monteCarlo = engine.run(parameters, uncertainty);
    results.tornado = pledgecheck::tornado(parameters, uncertainty);
    results.correlations = rankCorrelations(parameters, uncertainty, engine);
    return results;
}

double UncertaintyResults::correlationOf(ParameterId id) const
{
    const auto found = std::find_if(correlations.begin(), correlations.end(),
                                    [id](const RankCorrelation &c) { return c.id == id; });
    return found != correlations.end() ? found->correlation : 0.0;
}

} // namespace pledgecheck
