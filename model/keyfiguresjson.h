#pragma once

#include "keyfigures.h"
#include "montecarlo.h"

#include <QJsonObject>

namespace pledgecheck {

/// The key figures as the command line's --summary prints them: jobs_at_horizon,
/// sellers_at_horizon, export_supported_jobs_at_horizon, share_of_target, target_met_month,
/// target_met_date ("YYYY-MM"), required_annual_growth_rate, required_hires_per_seller,
/// required_initial_sellers (null where there is none), each with a <key>_status saying why:
/// "found", "exceeded_throughout" (the pledge is exceeded at every value of the range, so none
/// equals it) or "unreachable" (not met at any), target_jobs, horizon_months, and plausibility:
/// one object per check, always all of them, {"id", "value" (at the horizon), "bound",
/// "exceeded" (in any month), "first_month" ("YYYY-MM", null when never crossed), "source"}.
QJsonObject keyFiguresToJson(const KeyFigures &figures, const Parameters &parameters);

/// Adds what a Monte Carlo run @p result around @p uncertainty says of the horizon:
/// probability_target_met (the share of draws meeting the pledge by the horizon),
/// jobs_at_horizon_p10/_p50/_p90, sellers_at_horizon_p10/_p50/_p90,
/// jobs_at_horizon_percentile_rank (where @p projectedJobsAtHorizon, the projection with the
/// values as set, stands among the draws: percentileRank(); null when every input is fixed) and held_in_draws (the ids of the
/// parameters the draws hold at their value though they have a distribution: Uncertainty::isHeld).
void addUncertaintyToJson(QJsonObject &json, const MonteCarloResult &result, const Uncertainty &uncertainty,
                          double projectedJobsAtHorizon);

/// The share of @p values below @p x, those equal to it counting half (the mid-rank): 0.5 when
/// @p x is the median of distinct values, 0 below them all and 1 above them all.
double percentileRank(const Eigen::ArrayXd &values, double x);

} // namespace pledgecheck
