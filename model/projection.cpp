#include "projection.h"

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
    const double s0 = p[ParameterId::InitialSellers];
    const double n = p.netGrowthRate();
    const double rate = std::log1p(n); // continuous yearly rate: (1 + n)^y = e^(rate·y)

    switch (p.growthModel()) {
    case GrowthModel::Exponential:
        sellers = s0 * (rate * years).exp();
        break;
    case GrowthModel::Logistic: {
        const double k = p[ParameterId::MarketSize];
        sellers = k / (1.0 + (k / s0 - 1.0) * (-rate * years).exp());
        break;
    }
    case GrowthModel::Linear:
        sellers = (s0 * (1.0 + n * years)).max(0.0);
        break;
    }
}

} // namespace

void project(const Parameters &p, Projection &out)
{
    assert(!p.validate());
    const Eigen::Index points = p.horizonMonths() + 1;
    for (Eigen::ArrayXd *series : {&out.sellers, &out.hiringSellers, &out.directJobs,
                                   &out.serviceJobs, &out.jobs, &out.exportSupportedJobs})
        series->resize(points); // a no-op when the size is unchanged

    projectSellers(p, out.sellers);

    // Hs(t) = (1 - side) S(max(0, t - lag)): a seller joining at t hires at t + lag.
    const double hiringShare = 1.0 - p[ParameterId::SideBusinessShare];
    const Eigen::Index lag
        = std::min<Eigen::Index>(std::lround(p[ParameterId::HiringLagMonths]), points);
    out.hiringSellers.head(lag).setConstant(hiringShare * out.sellers(0));
    out.hiringSellers.tail(points - lag) = hiringShare * out.sellers.head(points - lag);

    out.directJobs = p[ParameterId::HiresPerSeller] * out.hiringSellers;
    out.serviceJobs = (p[ParameterId::ServiceJobsPer1000Sellers] / 1000.0) * out.sellers;
    out.jobs = (1.0 - p[ParameterId::DisplacementShare]) * (out.directJobs + out.serviceJobs);
    out.exportSupportedJobs = (p[ParameterId::ExportValuePerSeller]
                               * p[ParameterId::JobsPerBillionExports] / 1e9)
                              * out.sellers;
}

Projection project(const Parameters &parameters)
{
    Projection result;
    project(parameters, result);
    return result;
}

} // namespace pledgecheck
