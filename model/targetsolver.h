#pragma once

#include "parameters.h"
#include "scenarioevents.h"

#include <optional>
#include <utility>

namespace pledgecheck {

/// What the solver found for one parameter.
enum class SolveStatus {
    Found,              ///< a value in the range at which J(12·H) equals the pledge
    ExceededThroughout, ///< J(12·H) is above the pledge at every value scanned: none equals it
    Unreachable,        ///< J(12·H) is below the pledge at every value scanned
};

/// The solver's answer: its status, and the value where one was found.
struct TargetSolution {
    SolveStatus status = SolveStatus::Unreachable;
    std::optional<double> value; ///< set exactly when status is Found
};

/// Scan intervals across a parameter's range: enough to separate the crossings of any curve an
/// analyst would set up, few enough that a solve stays far below a slider step's budget.
inline constexpr int kSolverScanIntervals = 48;

/// The range the solver searches for the Real parameter @p id of valid @p parameters: its valid
/// range, narrowed where other parameters narrow it (under logistic growth, initial_sellers up to
/// market_size and market_size from initial_sellers).
std::pair<double, double> solverRange(const Parameters &parameters, ParameterId id);

/// The first root of @p difference in [@p low, @p high], which it need not be monotonic on.
/// Evaluates it at kSolverScanIntervals + 1 points (spaced geometrically when @p geometric and
/// low > 0, evenly otherwise), takes the first interval from the low end in which its sign changes
/// or it is exactly zero, and refines that with Brent's method to within a few ulp (or 1e-15 of
/// the range's width for a root near zero). Where no interval changes sign, the status says on
/// which side it stayed: above zero at every point (ExceededThroughout) or below (Unreachable).
/// A dip to the other side and back between two neighbouring points is not seen.
template<typename Difference>
TargetSolution findFirstCrossing(Difference &&difference, double low, double high, bool geometric);

/// The value of the Real parameter @p id at which jobs at the horizon, J(12·H), equal the pledge
/// (target_jobs), all other parameters as in @p parameters (which must be valid), searched over
/// solverRange() by findFirstCrossing(). @p id must be a Real parameter.
TargetSolution solveForTarget(const Parameters &parameters, ParameterId id);
/// The same under @p events (docs/model.md, "Events"): the value from the start, with the events
/// as set. Without events, solveForTarget(parameters, id).
TargetSolution solveForTarget(const Parameters &parameters, const ScenarioEvents &events, ParameterId id);

/// solveForTarget()'s value: none where J(12·H) never crosses the pledge in the range, and for a
/// parameter that is not Real (a choice, a month, a whole number).
std::optional<double> requiredValue(const Parameters &parameters, ParameterId id);

} // namespace pledgecheck

#include "rootfinder.h"

#include <cmath>

namespace pledgecheck {

template<typename Difference>
TargetSolution findFirstCrossing(Difference &&difference, double low, double high, bool geometric)
{
    const auto scanPoint = [&](int i) {
        if (i == kSolverScanIntervals)
            return high;
        const double fraction = static_cast<double>(i) / kSolverScanIntervals;
        if (geometric && low > 0.0)
            return low * std::pow(high / low, fraction);
        return low + (high - low) * fraction;
    };
    double previousValue = scanPoint(0);
    double previousDifference = difference(previousValue);
    if (previousDifference == 0.0)
        return {SolveStatus::Found, previousValue};
    for (int i = 1; i <= kSolverScanIntervals; ++i) {
        const double value = scanPoint(i);
        const double valueDifference = difference(value);
        if ((previousDifference < 0.0) != (valueDifference < 0.0) || valueDifference == 0.0) {
            const double absoluteTolerance = 1e-15 * (high - low);
            return {SolveStatus::Found,
                    findRootInBracket(difference, previousValue, value, previousDifference,
                                      valueDifference, absoluteTolerance)};
        }
        previousValue = value;
        previousDifference = valueDifference;
    }
    // No change of sign: every point lies on the side of the last one.
    return {previousDifference > 0.0 ? SolveStatus::ExceededThroughout : SolveStatus::Unreachable,
            std::nullopt};
}

} // namespace pledgecheck
