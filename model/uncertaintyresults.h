#pragma once

#include "montecarlo.h"
#include "sensitivity.h"

#include <vector>

namespace pledgecheck {

/// Everything the window and the charts show of a scenario's uncertainty: the Monte Carlo run,
/// the tornado and the rank correlations, worked out together for one set of values.
struct UncertaintyResults {
    MonteCarloResult monteCarlo;
    std::vector<SensitivityBar> tornado;             ///< largest swing first
    std::vector<RankCorrelation> correlations;       ///< strongest first

    /// Runs @p engine over valid @p parameters and @p uncertainty (at least one parameter
    /// uncertain), then the tornado and the correlations with that run's draws.
    static UncertaintyResults of(const Parameters &parameters, const Uncertainty &uncertainty,
                                 MonteCarloEngine &engine);

    /// The rank correlation of @p id with jobs at the horizon; 0 for a fixed parameter.
    double correlationOf(ParameterId id) const;
};

} // namespace pledgecheck
