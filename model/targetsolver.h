#pragma once

#include "parameters.h"

#include <optional>

namespace pledgecheck {

/// The value of the Real parameter @p id at which jobs at the horizon, J(12·H), equal the pledge
/// (target_jobs), all other parameters as in @p parameters (which must be valid). Searches the
/// parameter's whole valid range (for initial_sellers under logistic growth, up to market_size):
/// scans it for the first change of sign of J(12·H) - target and refines that bracket with Brent's
/// method to within a few ulp. None where J(12·H) never crosses the pledge in the range, and for
/// a parameter that is not Real (a choice, a month, a whole number).
std::optional<double> requiredValue(const Parameters &parameters, ParameterId id);

} // namespace pledgecheck
