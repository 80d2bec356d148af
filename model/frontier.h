#pragma once

#include "parameters.h"
#include "scenarioevents.h"
#include "targetsolver.h"
#include "uncertainty.h"

#include <optional>
#include <string>
#include <vector>

/// The frontier of what it would take (docs/model.md, "The frontier"): over yearly seller growth
/// g and hires per hiring seller h, where jobs at the horizon J(12·H) equal the pledge.
namespace pledgecheck {

/// One row of a frontier: at hires @c hires, the yearly growth at which the pledge is met.
struct FrontierPoint {
    double hires;
    /// Found: the growth at which J(12·H) equals the pledge (met at that growth and above);
    /// ExceededThroughout: met at every growth in the valid range, even the lowest;
    /// Unreachable: met at none, not even the highest.
    TargetSolution growth;
};

/// The least growth in the valid range at which the pledge is met at @p point's hires: the growth
/// found, the range's low end (-50 %) where it is met throughout, none where it is met at none.
/// The line the frontier chart draws and --frontier-csv writes.
std::optional<double> leastGrowthMeeting(const FrontierPoint &point);

/// The frontier as CSV (RFC 4180, '.' decimals, shortest exact form): the header
/// "hires_per_seller,annual_growth_rate", then one row per point, the growth a fraction a year
/// (leastGrowthMeeting()), empty where none meets the pledge.
std::string frontierCsv(const std::vector<FrontierPoint> &points);

/// The hires the frontier is worked out for: the hires slider's track (sliderMinimum to
/// sliderMaximum in the parameter table, 0 to 10 workers) in the parameter's own step (0.1), so
/// that every value a slider step can reach on the track is a row: 101 values, lowest first.
std::vector<double> frontierHires();

/// The frontier of valid @p parameters: for each of frontierHires(), the growth solveForTarget()
/// finds with hires at that value and every other input as set. At the scenario's own hires it
/// is the key figures' required growth.
std::vector<FrontierPoint> frontier(const Parameters &parameters);
/// The same under @p events: the starting growth and hires, the events as set.
std::vector<FrontierPoint> frontier(const Parameters &parameters, const ScenarioEvents &events);

/// The draws the half-draws line reads: the first this many of the scenario's Monte Carlo draws
/// (all of them when there are fewer). docs/model.md gives its sampling error.
inline constexpr int kHalfDrawsSamples = 1000;

/// Where half the draws meet the pledge, for valid @p parameters and @p uncertainty: for each of
/// frontierHires(), with growth and hires fixed at the point and every other input drawn as the
/// Monte Carlo run draws it (its first @p samples draws, at most uncertainty.samples), the least
/// growth at which at least half of the draws meet the pledge at the horizon. As J(12·H) never
/// falls as growth rises, draw i meets at (g, h) exactly when g >= g_i(h), its own frontier, so
/// that growth is the median of the g_i(h) (the ceil(N/2)-th smallest). Unreachable where fewer
/// than half meet even at the highest growth in range, ExceededThroughout where at least half
/// meet at every one.
std::vector<FrontierPoint> halfDrawsFrontier(const Parameters &parameters, const Uncertainty &uncertainty,
                                             int samples = kHalfDrawsSamples);
/// The same under @p events, each draw taking an event's value from its month (as the run's
/// draws do). J(12·H) still never falls as the starting growth rises: S(m) rises with it, and
/// every curve after m rises with S(m).
std::vector<FrontierPoint> halfDrawsFrontier(const Parameters &parameters, const ScenarioEvents &events,
                                             const Uncertainty &uncertainty, int samples = kHalfDrawsSamples);

} // namespace pledgecheck
