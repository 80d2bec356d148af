#pragma once

#include "parameters.h"
#include "plausibility.h"
#include "projection.h"
#include "targetsolver.h"

#include <optional>

namespace pledgecheck {

/// Jobs count as meeting the pledge from target·(1 - kTargetTolerance) on, so that a scenario
/// built to meet it exactly is not denied by rounding.
inline constexpr double kTargetTolerance = 1e-9;

inline bool meetsTarget(double jobs, double target)
{
    return jobs >= target * (1.0 - kTargetTolerance);
}

/// The figures an analyst holds against the pledge. Counts are jobs or sellers; months count
/// from the start month (0 = the start).
struct KeyFigures {
    JobCountBasis basis = JobCountBasis::Created; ///< what jobsAtHorizon and the figures from it count
    double jobsAtHorizon = 0; ///< J(12·H) on the basis
    double jobsCreatedAtHorizon = 0; ///< J(12·H) - J(0), the jobs added since the start
    double jobsLinkedAtHorizon = 0;  ///< every job linked to the sellers at the horizon
    /// (J(0) + ... + J(12·H - 1)) / 12 on the basis: job-years from the start to the horizon.
    double jobYearsToHorizon = 0;
    double sellersAtHorizon = 0;
    double exportSupportedJobsAtHorizon = 0;
    double targetJobs = 0;
    double shareOfTarget = 0; ///< jobsAtHorizon / targetJobs, 1 = the pledge exactly
    int horizonMonths = 0;
    std::optional<int> targetMetMonth; ///< first month with meetsTarget(J(t)), if any
    std::optional<double> requiredAnnualGrowthRate; ///< g at which J(12·H) = target, if any
    std::optional<double> requiredHiresPerSeller;
    std::optional<double> requiredInitialSellers;
    /// Why a required value is there or not: found, or the pledge exceeded throughout the range
    /// (met even at its low end) or out of reach within it (not met even at its top).
    SolveStatus requiredAnnualGrowthRateStatus = SolveStatus::Unreachable;
    SolveStatus requiredHiresPerSellerStatus = SolveStatus::Unreachable;
    SolveStatus requiredInitialSellersStatus = SolveStatus::Unreachable;
    /// Every plausibility check, in the order of plausibilityChecks(), crossed or not.
    PlausibilityFindings plausibility;
};

/// The first month at which @p jobs meets @p target, or none.
std::optional<int> firstMonthMeeting(const Eigen::ArrayXd &jobs, double target);

/// The key figures of valid @p parameters whose projection is @p projection.
KeyFigures computeKeyFigures(const Parameters &parameters, const Projection &projection);
/// The same for @p projection made under @p events: the required values are those from the start,
/// the events as set (docs/model.md, "Events").
KeyFigures computeKeyFigures(const Parameters &parameters, const ScenarioEvents &events, const Projection &projection);

} // namespace pledgecheck
