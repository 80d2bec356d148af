#pragma once

#include "parameterdescriptor.h"

#include <Eigen/Core>

#include <algorithm>
#include <type_traits>

/// The model's equations (docs/model.md, "Equations"), each written once for one value
/// (double) and for every Monte Carlo draw at once (Eigen arrays and expressions). The projection,
/// the draws, the tornado and the solver all call these, so an equation changes here and nowhere
/// else. Given the same inputs, one value and an array of them give the same bits. The projection
/// and the draws feed them differently in two places, each measured to differ by rounding only:
/// the growth (1 + n)^(t/12), by an exponential or by products (GrowthByExponential,
/// GrowthByProducts), and the order of J's products (jobs(), or jobsPerLaggedSeller() and its
/// two neighbours, which the draws work out once a draw).
namespace pledgecheck::equations {

/// max(x, 0), for one value or coefficient-wise.
inline double atLeastZero(double x)
{
    return std::max(x, 0.0);
}

template <typename Derived>
auto atLeastZero(const Eigen::ArrayBase<Derived> &x)
{
    return x.max(0.0);
}

/// 1 + n = (1 + g)(1 - c): the sellers' yearly growth factor after churn, from the yearly growth
/// g (fraction, -0.5 to 10) and churn c (fraction, 0 to 0.9). The net yearly growth n is this
/// less one; the equations need 1 + n > 0.
template <typename Growth, typename Churn>
auto yearlyGrowthFactor(const Growth &growth, const Churn &churn)
{
    return (1.0 + growth) * (1.0 - churn);
}

/// The sellers' growth since the start, (1 + n)^(t/12), as the projection works it out:
/// e^(ln(1 + n)·t/12) from the continuous yearly rate ln(1 + n) and the years t/12 (a scalar or
/// an Eigen expression over the months).
template <typename Years>
struct GrowthByExponential {
    double rate; ///< ln(1 + n), per year
    Years years;

    template <typename X>
    auto times(const X &x) const { return x * (rate * years).exp(); }
    template <typename X>
    auto over(const X &x) const { return x * (-rate * years).exp(); }
};

/// The same growth as the draws carry it: q^t by one product a month (q = (1 + n)^(1/12)), no
/// exponential per draw and month. Differs from GrowthByExponential by rounding only.
template <typename Power>
struct GrowthByProducts {
    const Power &power; ///< q^t, for one draw or every draw

    template <typename X>
    auto times(const X &x) const { return x * power; }
    template <typename X>
    auto over(const X &x) const { return x / power; }
};

/// Sets @p out to the sellers S(t) under @p model (docs/model.md, "Sellers S(t)"), from the
/// starting sellers S0 (sellers, >= 1), the market K (sellers, read under logistic growth only,
/// >= S0: see marketHoldingStart()), the net yearly growth n (read under linear growth only;
/// > -1), the years t/12 since the start, and the growth (1 + n)^(t/12) (read under exponential
/// and logistic growth).
template <typename Out, typename Start, typename Market, typename NetGrowth, typename Years, typename Growth>
void assignSellers(Out &out, GrowthModel model, const Start &start, const Market &market,
                   const NetGrowth &netGrowth, const Years &years, const Growth &growth)
{
    switch (model) {
    case GrowthModel::Exponential: // S0 (1 + n)^(t/12)
        out = growth.times(start);
        break;
    case GrowthModel::Logistic: // K / (1 + (K/S0 - 1) (1 + n)^(-t/12))
        out = market / (1.0 + growth.over(market / start - 1.0));
        break;
    case GrowthModel::Linear: // max(0, S0 (1 + n t/12))
        out = atLeastZero(start * (1.0 + netGrowth * years));
        break;
    }
}

/// True where the sellers @p atChange stand above the market @p market while the net growth
/// @p netGrowth is below zero: there the logistic formula would run away, and the sellers
/// decline at the net rate instead (docs/model.md, "Events"). A bool, or an array of them.
template <typename NetGrowth, typename Market, typename AtChange>
auto decliningAboveMarket(const NetGrowth &netGrowth, const Market &market, const AtChange &atChange)
{
    if constexpr (std::is_arithmetic_v<NetGrowth> && std::is_arithmetic_v<Market> && std::is_arithmetic_v<AtChange>)
        return netGrowth < 0.0 && market < atChange;
    else
        return (netGrowth < 0.0) && (market < atChange);
}

/// Sets @p out to the sellers S(t) after a change at month m (docs/model.md, "Events"), from the
/// sellers S(m) it continues from (@p atChange), the market K' (logistic only), the base B of a
/// straight line (linear only: the sellers when the line began), the net yearly growth n', the
/// years x = (t - m)/12 since the change and the growth (1 + n')^x. Every curve gives S(m) at
/// x = 0, and with the same inputs as before the change, the same curve as before it:
///   exponential  S(m) (1 + n')^x
///   logistic     K' / (1 + (K'/S(m) - 1) (1 + n')^(-x)); S(m) (1 + n')^x where n' < 0 and K' < S(m)
///   linear       max(0, S(m) + B n' x)
template <typename Out, typename AtChange, typename Market, typename Base, typename NetGrowth, typename Years,
          typename Growth>
void assignSellersAfterChange(Out &out, GrowthModel model, const AtChange &atChange, const Market &market,
                              const Base &lineBase, const NetGrowth &netGrowth, const Years &years,
                              const Growth &growth)
{
    switch (model) {
    case GrowthModel::Exponential:
        out = growth.times(atChange);
        break;
    case GrowthModel::Logistic: {
        // Below the market the sellers rise toward it; above it (K' < S(m), n' > 0) they are drawn
        // down toward it.
        const auto declining = decliningAboveMarket(netGrowth, market, atChange);
        if constexpr (std::is_same_v<std::decay_t<decltype(declining)>, bool>) {
            if (declining)
                out = growth.times(atChange);
            else
                out = market / (1.0 + growth.over(market / atChange - 1.0));
        } else {
            out = declining.select(growth.times(atChange), market / (1.0 + growth.over(market / atChange - 1.0)));
        }
        break;
    }
    case GrowthModel::Linear:
        out = atLeastZero(atChange + lineBase * netGrowth * years);
        break;
    }
}

/// The market holds the starting sellers: under logistic growth K >= S0. A draw (or a tornado's
/// trial) whose market is below its starting sellers gets a market of its starting sellers.
template <typename Market, typename Start>
auto marketHoldingStart(const Market &market, const Start &start)
{
    if constexpr (std::is_arithmetic_v<Market>)
        return std::max(market, start);
    else
        return market.max(start);
}

/// The same rule, read the other way: the most starting sellers a market of @p market holds.
inline double startHeldByMarket(double start, double market)
{
    return std::min(start, market);
}

/// True when the rule holds: @p market (K, sellers) holds @p start (S0, sellers).
inline bool marketHoldsStart(double market, double start)
{
    return market >= start;
}

/// Hs = (1 - side_business_share) S(max(0, t - L)): side businesses (a fraction, 0 to 1) hire
/// no one; @p laggedSellers is S(max(0, t - L)).
template <typename Side, typename Sellers>
auto hiringSellers(const Side &sideBusinessShare, const Sellers &laggedSellers)
{
    return (1.0 - sideBusinessShare) * laggedSellers;
}

/// D = h Hs: each hiring seller adds h workers (0 to 100).
template <typename Hires, typename Hiring>
auto directJobs(const Hires &hiresPerSeller, const Hiring &hiringSellers)
{
    return hiresPerSeller * hiringSellers;
}

/// Service jobs per seller, service_jobs_per_1000_sellers / 1000 (jobs, 0 to 1): V = this · S(t),
/// every seller counted, side businesses too, with no lag.
template <typename Per1000>
auto serviceJobsPerSeller(const Per1000 &servicePer1000Sellers)
{
    return servicePer1000Sellers / 1000.0;
}

/// J = (D + V)(1 - displacement_share): the headline jobs, from the direct and the service jobs
/// and the share (0 to 1) that would exist anyway.
template <typename Direct, typename Service, typename Displacement>
auto jobs(const Direct &direct, const Service &service, const Displacement &displacementShare)
{
    return (1.0 - displacementShare) * (direct + service);
}

// The draws fold the same J into two numbers per draw, so that a month costs two products and a
// sum per draw: J(t) = directPerSeller · S(t - L) + servicePerSeller · S(t). The products are
// taken in another order than jobs() takes them, so the two differ by rounding only (about
// 1e-16; MonteCarlo.WithEverythingFixedCollapsesToTheDeterministicProjection holds them together).
// An equation of the jobs changes in jobs() and in these three alike.

/// J's jobs per hiring-lagged seller: (1 - displacement) h (1 - side_business_share).
template <typename Hires, typename Side, typename Displacement>
auto jobsPerLaggedSeller(const Hires &hiresPerSeller, const Side &sideBusinessShare,
                         const Displacement &displacementShare)
{
    return (1.0 - displacementShare) * hiresPerSeller * (1.0 - sideBusinessShare);
}

/// J's jobs per seller: (1 - displacement) service_jobs_per_1000_sellers / 1000.
template <typename Per1000, typename Displacement>
auto jobsPerSeller(const Per1000 &servicePer1000Sellers, const Displacement &displacementShare)
{
    return (1.0 - displacementShare) * serviceJobsPerSeller(servicePer1000Sellers);
}

/// J(t) from the jobs per seller: perLagged · S(t - L) + perSeller · S(t).
template <typename PerLagged, typename Lagged, typename PerSeller, typename Sellers>
auto jobsFromSellers(const PerLagged &perLaggedSeller, const Lagged &laggedSellers,
                     const PerSeller &perSeller, const Sellers &sellers)
{
    return perLaggedSeller * laggedSellers + perSeller * sellers;
}

/// The jobs created since the start month, J(t) - J(0), from the jobs linked to the sellers J(t)
/// (@p linked) and those of the start month J(0) (@p linkedAtStart): what the pledge's word
/// "create" counts under JobCountBasis::Created. Negative when the sellers shrink.
template <typename Linked, typename AtStart>
auto jobsCreated(const Linked &linked, const AtStart &linkedAtStart)
{
    return linked - linkedAtStart;
}

/// Job-years from month 0 to the horizon: (J(0) + J(1) + ... + J(12·H - 1)) / 12, each month's
/// jobs held for a twelfth of a year (Council of Economic Advisers, 2009: one job held two
/// years is two job-years). @p jobs holds J(0) ... J(12·H), on any basis.
template <typename Jobs>
double jobYears(const Jobs &jobs)
{
    return jobs.head(jobs.size() - 1).sum() / 12.0;
}

/// X = S · export_value_per_seller · jobs_per_billion_exports / 1e9: export-supported jobs, a
/// second lens, never added to J.
/// The two rates are each one value, or one per month where events change them.
template <typename Value, typename PerBillion, typename Sellers>
auto exportSupportedJobs(const Value &exportValuePerSeller, const PerBillion &jobsPerBillionExports,
                         const Sellers &sellers)
{
    return (exportValuePerSeller * jobsPerBillionExports / 1e9) * sellers;
}

} // namespace pledgecheck::equations
