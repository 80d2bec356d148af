#pragma once

#include "parameters.h"
#include "scenarioevents.h"

#include <Eigen/Core>

namespace pledgecheck {

/// The monthly series of one scenario, months t = 0 ... 12·H from the start month. Every array
/// has 12·H + 1 entries. Equations: docs/model.md.
struct Projection {
    Eigen::ArrayXd sellers;             ///< S(t), US sellers on the platforms
    Eigen::ArrayXd hiringSellers;       ///< Hs(t) = (1 - side_business_share) S(max(0, t - lag))
    Eigen::ArrayXd directJobs;          ///< D(t) = hires_per_seller Hs(t)
    Eigen::ArrayXd serviceJobs;         ///< V(t) = service_jobs_per_1000_sellers S(t) / 1000
    Eigen::ArrayXd linkedJobs;          ///< (D + V)(1 - displacement_share): every job linked to the sellers
    Eigen::ArrayXd createdJobs;         ///< linkedJobs(t) - linkedJobs(0): the jobs added since the start
    /// J(t), the headline held against the pledge: createdJobs or linkedJobs, as job_count_basis says.
    Eigen::ArrayXd jobs;
    Eigen::ArrayXd exportSupportedJobs; ///< X(t): a second lens, never added to J

    Eigen::Index lastMonth() const { return sellers.size() - 1; }
    /// The jobs on @p basis: createdJobs or linkedJobs.
    const Eigen::ArrayXd &jobsOn(JobCountBasis basis) const
    {
        return basis == JobCountBasis::Created ? createdJobs : linkedJobs;
    }
};

/// Fills @p out with the projection of @p parameters, which must be valid
/// (Parameters::validate()). Reuses the arrays' memory when the horizon is unchanged, so a slider
/// drag allocates nothing.
void project(const Parameters &parameters, Projection &out);

/// J(12·H), the jobs at the horizon on the scenario's basis, of valid @p parameters: the figure
/// project() gives in its last month (to rounding), worked out from the sellers of three months
/// alone. What the solver evaluates dozens of times a solve, and the frontier thousands.
double projectJobsAtHorizon(const Parameters &parameters);

/// The projection of @p parameters, which must be valid.
Projection project(const Parameters &parameters);

/// The same under @p events (docs/model.md, "Events"; valid by eventrules::eventsProblem()):
/// from each event's month its parameter takes the new value, the sellers continuing from where
/// they stand. Without events, the very bits of project(parameters, out).
void project(const Parameters &parameters, const ScenarioEvents &events, Projection &out);
Projection project(const Parameters &parameters, const ScenarioEvents &events);

/// J(12·H) under @p events: projectJobsAtHorizon(parameters) without events, else the last month
/// of the whole projection (into a buffer of the calling thread's, so that a solve allocates
/// nothing after its first call).
double projectJobsAtHorizon(const Parameters &parameters, const ScenarioEvents &events);

} // namespace pledgecheck
