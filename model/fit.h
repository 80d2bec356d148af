#pragma once

#include "modelmessage.h"
#include "parameters.h"
#include "projection.h"
#include "scenario.h"
#include "scenarioevents.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pledgecheck {

/// Projects a scenario's parameters into @p out: project() itself, or a projection that also
/// applies the scenario's events. The fit calls it for every trial value.
using Projector = std::function<void(const Parameters &parameters, Projection &out)>;

/// A range's weight in the fit against a figure reported as one number (docs/model.md,
/// "Fitting to reported data"): a range counts by its geometric midpoint, at half the weight.
inline constexpr double kRangeWeight = 0.5;

/// The fitted values and how far to trust them.
struct FitResult {
    Parameters parameters;            ///< the starting parameters with the fitted values set
    std::vector<ParameterId> fitted;  ///< the parameters the fit moved, in the order asked
    /// sqrt(mean((ln projected - ln reported)^2)) over the observations used, at the fitted
    /// values, unweighted: e^rms is how many times off the projection typically stands.
    double rmsLogError = 0;
    int observationsUsed = 0;
    bool converged = false;
    /// One line each: fewer observations than parameters, a parameter that does not move the
    /// fitted figures (left at its value), a value at the edge of its valid range, no
    /// convergence, an observation left out.
    std::vector<ModelMessage> warnings;
};

/// Empty when @p ids may be fitted; otherwise one line: no parameters, one named twice or not
/// real-valued.
std::optional<ModelMessage> fitParametersProblem(const std::vector<ParameterId> &ids);

/// Empty when @p ids can be fitted to @p observations from valid @p parameters; otherwise one
/// line: fitParametersProblem(), or no usable observation.
std::optional<ModelMessage> fitProblem(const std::vector<ParameterId> &ids, const Observations &observations,
                                      const Parameters &parameters);

/// The values of @p ids, each inside its valid range, that bring @p projector's projection
/// closest to @p observations: least squares on the logarithms, by Eigen's Levenberg-Marquardt
/// with a numeric Jacobian. Starts from the values in @p parameters. fitProblem() must be empty.
FitResult fitToObservations(const Parameters &parameters, const std::vector<ParameterId> &ids,
                            const Observations &observations, const Projector &projector);

/// The projector of @p scenario, as the command line and the window fit it: project() of the
/// values tried with the scenario's events, so that a value an event sets from its month on
/// stays set there whatever value the fit tries before it.
Projector scenarioProjector(const Scenario &scenario);

/// The same with project() as the projector: a scenario with no events.
FitResult fitToObservations(const Parameters &parameters, const std::vector<ParameterId> &ids,
                            const Observations &observations);

} // namespace pledgecheck
