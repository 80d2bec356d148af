#include "targetsolver.h"

#include "equations.h"
#include "parametertable.h"
#include "projection.h"

#include <algorithm>
#include <cassert>

namespace pledgecheck {

std::pair<double, double> solverRange(const Parameters &parameters, ParameterId id)
{
    const ParameterDescriptor &d = descriptor(id);
    double low = d.minimum;
    double high = d.maximum;
    // Under logistic growth the market holds the starting sellers: no value past that is valid.
    if (id == ParameterId::InitialSellers && parameters.growthModel() == GrowthModel::Logistic)
        high = equations::startHeldByMarket(high, parameters[ParameterId::MarketSize]);
    if (id == ParameterId::MarketSize && parameters.growthModel() == GrowthModel::Logistic)
        low = equations::marketHoldingStart(low, parameters[ParameterId::InitialSellers]);
    return {low, high};
}

TargetSolution solveForTarget(const Parameters &parameters, ParameterId id)
{
    return solveForTarget(parameters, ScenarioEvents{}, id);
}

TargetSolution solveForTarget(const Parameters &parameters, const ScenarioEvents &events, ParameterId id)
{
    const ParameterDescriptor &d = descriptor(id);
    assert(d.kind == ParameterKind::Real);
    const auto [low, high] = solverRange(parameters, id);

    Parameters trial = parameters;
    const double target = parameters[ParameterId::TargetJobs];
    const auto shortfall = [&](double value) {
        trial.set(id, value);
        // Without events, the three-month evaluation itself: no call more per evaluation.
        return (events.empty() ? projectJobsAtHorizon(trial) : projectJobsAtHorizon(trial, events)) - target;
    };
    return findFirstCrossing(shortfall, low, high, d.logScale);
}

std::optional<double> requiredValue(const Parameters &parameters, ParameterId id)
{
    if (descriptor(id).kind != ParameterKind::Real)
        return std::nullopt;
    return solveForTarget(parameters, id).value;
}

} // namespace pledgecheck
