#pragma once

#include "montecarlo.h"
#include "parameters.h"
#include "uncertainty.h"

#include <cmath>
#include <vector>

namespace pledgecheck {

/// One bar of a tornado chart: jobs at the horizon with one uncertain parameter at the low and
/// the high end of its distribution (its 10th and 90th percentiles), all others at their values.
struct SensitivityBar {
    ParameterId id;
    double lowValue, highValue;
    double jobsAtLow, jobsAtHigh;
    double swing() const { return std::abs(jobsAtHigh - jobsAtLow); }
};

/// The tornado of valid @p parameters: a bar per uncertain parameter, largest swing first.
std::vector<SensitivityBar> tornado(const Parameters &parameters, const Uncertainty &uncertainty);
/// The same under @p events: each bar moves the parameter's value from the start, the events as
/// set (docs/model.md, "Events").
std::vector<SensitivityBar> tornado(const Parameters &parameters, const ScenarioEvents &events,
                                    const Uncertainty &uncertainty);

/// Spearman's rank correlation between an uncertain parameter's draws and jobs at the horizon.
struct RankCorrelation {
    ParameterId id;
    double correlation; ///< -1 to 1
};

/// The rank correlation of each uncertain parameter with jobs at the horizon in the run that
/// @p engine last made for @p parameters and @p uncertainty, strongest first.
std::vector<RankCorrelation> rankCorrelations(const Parameters &parameters,
                                              const Uncertainty &uncertainty,
                                              const MonteCarloEngine &engine);

/// Spearman's rank correlation of @p x and @p y (equal sizes), ties given their average rank.
double spearman(const Eigen::ArrayXd &x, const Eigen::ArrayXd &y);

} // namespace pledgecheck
