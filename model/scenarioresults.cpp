#include "scenarioresults.h"

namespace pledgecheck {

void ScenarioResults::recompute(const Parameters &newParameters)
{
    parameters = newParameters;
    project(parameters, projection);
    figures = computeKeyFigures(parameters, projection);
}

ScenarioResults ScenarioResults::of(const Parameters &parameters)
{
    ScenarioResults results;
    results.recompute(parameters);
    return results;
}

} // namespace pledgecheck
