#pragma once

// The small scenario the tests of reported data work their numbers by hand on.
#include "scenario.h"

namespace pledgecheck::testing {

/// From 2017-01 over five years: S0 = 1000 sellers doubling each year (g = 100 %, no churn,
/// exponential), half of them hiring 2 with no lag, no service jobs, nothing displaced, jobs
/// counted linked: S(t) = 1000 x 2^(t/12) and J(t) = 2 x 0.5 x S(t) = S(t).
inline Parameters doublingParameters()
{
    Parameters p;
    p.set(ParameterId::GrowthModel, static_cast<double>(GrowthModel::Exponential));
    p.set(ParameterId::InitialSellers, 1000);
    p.set(ParameterId::AnnualGrowthRate, 1.0);
    p.set(ParameterId::AnnualChurnRate, 0);
    p.set(ParameterId::HiresPerSeller, 2);
    p.set(ParameterId::SideBusinessShare, 0.5);
    p.set(ParameterId::HiringLagMonths, 0);
    p.set(ParameterId::ServiceJobsPer1000Sellers, 0);
    p.set(ParameterId::DisplacementShare, 0);
    p.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Linked));
    p.set(ParameterId::Start, YearMonth{2017, 1}.toIndex());
    p.set(ParameterId::HorizonYears, 5);
    return p;
}

/// The same as a scenario, every input fixed (Uncertainty's default), with no reports yet.
inline Scenario doublingScenario()
{
    Scenario scenario;
    scenario.name = "Doubling";
    scenario.parameters = doublingParameters();
    return scenario;
}

} // namespace pledgecheck::testing
