#pragma once

#include "parameters.h"

namespace pledgecheck::testing {

// A scenario whose jobs at the horizon have a closed form, for the solver's and the frontier's
// tests: 1000 sellers growing 20 % a year (no churn, exponential) for five years,
// S(60) = 1000 x 1.2^5 = 2488.32. Half are side businesses and a fifth of the jobs are displaced,
// no service jobs, no lag: J(60) = h x 0.5 x 1000 (1 + g)^5 x 0.8 = 400 h (1 + g)^5 linked
// (995.328 h at g = 0.2), of which 400 h at the start: 400 h ((1 + g)^5 - 1) created (595.328 h).
// One hire each; target 10,000 jobs. Linked unless @p basis says otherwise.
inline Parameters solvableScenario(JobCountBasis basis = JobCountBasis::Linked)
{
    Parameters p;
    p.set(ParameterId::JobCountBasis, static_cast<double>(basis));
    p.set(ParameterId::InitialSellers, 1000);
    p.set(ParameterId::AnnualGrowthRate, 0.2);
    p.set(ParameterId::AnnualChurnRate, 0.0);
    p.set(ParameterId::HiresPerSeller, 1);
    p.set(ParameterId::SideBusinessShare, 0.5);
    p.set(ParameterId::HiringLagMonths, 0);
    p.set(ParameterId::ServiceJobsPer1000Sellers, 0);
    p.set(ParameterId::DisplacementShare, 0.2);
    p.set(ParameterId::TargetJobs, 10000);
    return p;
}

} // namespace pledgecheck::testing
