#include "projection.h"

#include "equations.h"

#include <cassert>
#include <cmath>

namespace pledgecheck {
namespace {

void projectSellers(const Parameters &p, Eigen::ArrayXd &sellers)
{
    const Eigen::Index points = sellers.size();
    // An expression, not an array: the month numbers cost no memory.
    const auto years = Eigen::ArrayXd::LinSpaced(points, 0.0, static_cast<double>(points - 1))
                       / 12.0;
    const double n = p.netGrowthRate();
    // (1 + n)^(t/12) = e^(rate·t/12), with the continuous yearly rate ln(1 + n).
    const equations::GrowthByExponential<decltype(years)> growth{std::log1p(n), years};
    equations::assignSellers(sellers, p.growthModel(), p[ParameterId::InitialSellers],
                             p[ParameterId::MarketSize], n, years, growth);
}

} // namespace

void project(const Parameters &p, Projection &out)
{
    assert(!p.validate());
    const Eigen::Index points = p.horizonMonths() + 1;
    for (Eigen::ArrayXd *series : {&out.sellers, &out.hiringSellers, &out.directJobs,
                                   &out.serviceJobs, &out.linkedJobs, &out.createdJobs, &out.jobs,
                                   &out.exportSupportedJobs})
        series->resize(points); // a no-op when the size is unchanged

    projectSellers(p, out.sellers);

    // Hs(t) = (1 - side) S(max(0, t - lag)): a seller joining at t hires at t + lag.
    const double side = p[ParameterId::SideBusinessShare];
    const Eigen::Index lag
        = std::min<Eigen::Index>(std::lround(p[ParameterId::HiringLagMonths]), points);
    out.hiringSellers.head(lag).setConstant(equations::hiringSellers(side, out.sellers(0)));
    out.hiringSellers.tail(points - lag) = equations::hiringSellers(side, out.sellers.head(points - lag));

    out.directJobs = equations::directJobs(p[ParameterId::HiresPerSeller], out.hiringSellers);
    out.serviceJobs = equations::serviceJobsPerSeller(p[ParameterId::ServiceJobsPer1000Sellers]) * out.sellers;
    out.linkedJobs = equations::jobs(out.directJobs, out.serviceJobs, p[ParameterId::DisplacementShare]);
    out.createdJobs = equations::jobsCreated(out.linkedJobs, out.linkedJobs(0));
    out.jobs = out.jobsOn(p.jobCountBasis());
    out.exportSupportedJobs = equations::exportSupportedJobs(
        p[ParameterId::ExportValuePerSeller], p[ParameterId::JobsPerBillionExports], out.sellers);
}

Projection project(const Parameters &parameters)
{
    Projection result;
    project(parameters, result);
    return result;
}

} // namespace pledgecheck
