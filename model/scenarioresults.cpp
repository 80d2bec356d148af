#include "scenarioresults.h"

namespace pledgecheck {

void ScenarioResults::recompute(const Parameters &newParameters)
{
    recompute(newParameters, ScenarioEvents{});
}

void ScenarioResults::recompute(const Parameters &newParameters, const ScenarioEvents &newEvents)
{
    parameters = newParameters;
    events = newEvents;
    project(parameters, events, projection);
    figures = computeKeyFigures(parameters, events, projection);
}

ScenarioResults ScenarioResults::of(const Parameters &parameters)
{
    return of(parameters, ScenarioEvents{});
}

ScenarioResults ScenarioResults::of(const Parameters &parameters, const ScenarioEvents &events)
{
    ScenarioResults results;
    results.recompute(parameters, events);
    return results;
}

} // namespace pledgecheck
