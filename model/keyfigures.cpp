#include "keyfigures.h"

#include "equations.h"

namespace pledgecheck {

std::optional<int> firstMonthMeeting(const Eigen::ArrayXd &jobs, double target)
{
    for (Eigen::Index t = 0; t < jobs.size(); ++t) {
        if (meetsTarget(jobs(t), target))
            return static_cast<int>(t);
    }
    return std::nullopt;
}

KeyFigures computeKeyFigures(const Parameters &parameters, const Projection &projection)
{
    return computeKeyFigures(parameters, ScenarioEvents{}, projection);
}

KeyFigures computeKeyFigures(const Parameters &parameters, const ScenarioEvents &events, const Projection &projection)
{
    const Eigen::Index horizon = projection.lastMonth();
    KeyFigures figures;
    figures.basis = parameters.jobCountBasis();
    figures.jobsAtHorizon = projection.jobs(horizon);
    figures.jobsCreatedAtHorizon = projection.createdJobs(horizon);
    figures.jobsLinkedAtHorizon = projection.linkedJobs(horizon);
    figures.jobYearsToHorizon = equations::jobYears(projection.jobs);
    figures.sellersAtHorizon = projection.sellers(horizon);
    figures.exportSupportedJobsAtHorizon = projection.exportSupportedJobs(horizon);
    figures.targetJobs = parameters[ParameterId::TargetJobs];
    figures.shareOfTarget = figures.jobsAtHorizon / figures.targetJobs;
    figures.horizonMonths = static_cast<int>(horizon);
    figures.targetMetMonth = firstMonthMeeting(projection.jobs, figures.targetJobs);
    const TargetSolution growth = solveForTarget(parameters, events, ParameterId::AnnualGrowthRate);
    const TargetSolution hires = solveForTarget(parameters, events, ParameterId::HiresPerSeller);
    const TargetSolution sellers = solveForTarget(parameters, events, ParameterId::InitialSellers);
    figures.requiredAnnualGrowthRate = growth.value;
    figures.requiredAnnualGrowthRateStatus = growth.status;
    figures.requiredHiresPerSeller = hires.value;
    figures.requiredHiresPerSellerStatus = hires.status;
    figures.requiredInitialSellers = sellers.value;
    figures.requiredInitialSellersStatus = sellers.status;
    figures.plausibility = checkPlausibility(parameters, events, projection);
    return figures;
}

} // namespace pledgecheck
