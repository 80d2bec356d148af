#include "projection.h"

#include "equations.h"
#include "eventspans.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace pledgecheck {
namespace {

// Sets @p sellers to S(t) at the months @p months (an array or an expression of month numbers).
template <typename Months>
void projectSellers(const Parameters &p, const Months &months, Eigen::ArrayXd &sellers)
{
    const double n = p.netGrowthRate();
    // (1 + n)^(t/12) = e^(rate·t/12), with the continuous yearly rate ln(1 + n).
    const double rate = std::log1p(n);
    // After the calls above, not before: the caller has just written @p months, and copying it at
    // once into the expression stalls on reading those stores back (about 2 % of BM_Projection/0).
    const auto years = months / 12.0;
    const equations::GrowthByExponential<decltype(years)> growth{rate, years};
    equations::assignSellers(sellers, p.growthModel(), p[ParameterId::InitialSellers],
                             p[ParameterId::MarketSize], n, years, growth);
}

// What the jobs equations read besides the sellers: one value each for the whole projection.
struct JobsRates {
    double side;             // side_business_share
    double hires;            // h, workers per hiring seller
    double servicePerSeller; // service_jobs_per_1000_sellers / 1000
    double displacement;     // the share of jobs that would exist anyway
    double exportValue;      // export_value_per_seller
    double perBillion;       // jobs_per_billion_exports
    bool created;            // job_count_basis is created
};

JobsRates jobsRatesOf(const Parameters &p)
{
    return {.side = p[ParameterId::SideBusinessShare],
            .hires = p[ParameterId::HiresPerSeller],
            .servicePerSeller = equations::serviceJobsPerSeller(p[ParameterId::ServiceJobsPer1000Sellers]),
            .displacement = p[ParameterId::DisplacementShare],
            .exportValue = p[ParameterId::ExportValuePerSeller],
            .perBillion = p[ParameterId::JobsPerBillionExports],
            .created = p.jobCountBasis() == JobCountBasis::Created};
}

// J_linked of one month, from its hiring sellers Hs and its sellers S.
double linkedJobsOf(const JobsRates &r, double hiringSellers, double sellers)
{
    return equations::jobs(equations::directJobs(r.hires, hiringSellers), r.servicePerSeller * sellers,
                           r.displacement);
}

// Writes the six jobs series of @p points months from the sellers and the hiring sellers, in one
// pass over the months: six Eigen assignments would walk the months six times, and a linear
// projection (no exp) is then mostly those walks (BM_Projection/2). __restrict says what
// Eigen::ArrayXd cannot, that the arrays are each their own, so the compiler takes two months at a
// time. @p linkedAtStart is J_linked(0), which the created basis deducts.
void jobsOverMonths(const JobsRates &r, double linkedAtStart, Eigen::Index points,
                    const double *__restrict sellers, const double *__restrict hiringSellers,
                    double *__restrict directJobs, double *__restrict serviceJobs,
                    double *__restrict linkedJobs, double *__restrict createdJobs,
                    double *__restrict jobs, double *__restrict exportSupportedJobs)
{
    for (Eigen::Index t = 0; t < points; ++t) {
        // linkedJobsOf()'s products, kept apart: each is a series of its own.
        const double direct = equations::directJobs(r.hires, hiringSellers[t]);
        const double service = r.servicePerSeller * sellers[t];
        const double linked = equations::jobs(direct, service, r.displacement);
        const double sinceStart = equations::jobsCreated(linked, linkedAtStart);
        directJobs[t] = direct;
        serviceJobs[t] = service;
        linkedJobs[t] = linked;
        createdJobs[t] = sinceStart;
        jobs[t] = r.created ? sinceStart : linked;
        exportSupportedJobs[t] = equations::exportSupportedJobs(r.exportValue, r.perBillion, sellers[t]);
    }
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

    // An expression, not an array: the month numbers cost no memory.
    projectSellers(p, Eigen::ArrayXd::LinSpaced(points, 0.0, static_cast<double>(points - 1)), out.sellers);

    // Hs(t) = (1 - side) S(max(0, t - lag)): a seller joining at t hires at t + lag.
    const JobsRates r = jobsRatesOf(p);
    const Eigen::Index lag
        = std::min<Eigen::Index>(std::lround(p[ParameterId::HiringLagMonths]), points);
    out.hiringSellers.head(lag).setConstant(equations::hiringSellers(r.side, out.sellers(0)));
    out.hiringSellers.tail(points - lag) = equations::hiringSellers(r.side, out.sellers.head(points - lag));

    jobsOverMonths(r, linkedJobsOf(r, out.hiringSellers(0), out.sellers(0)), points, out.sellers.data(),
                   out.hiringSellers.data(), out.directJobs.data(), out.serviceJobs.data(), out.linkedJobs.data(),
                   out.createdJobs.data(), out.jobs.data(), out.exportSupportedJobs.data());
}

double projectJobsAtHorizon(const Parameters &p)
{
    assert(!p.validate());
    // The three months J(12·H) reads: the start (J(0), which the created basis deducts, and the
    // sellers hiring before the lag has run out), the horizon less the lag, and the horizon.
    const int horizon = p.horizonMonths();
    const int lagged = std::max(0, horizon - static_cast<int>(std::lround(p[ParameterId::HiringLagMonths])));
    // Zeros first: GCC cannot see that every growth curve writes all three, and warns.
    Eigen::ArrayXd sellers = Eigen::ArrayXd::Zero(3);
    projectSellers(p, Eigen::Array3d(0.0, lagged, horizon), sellers);
    const JobsRates r = jobsRatesOf(p);
    const auto linked = [&r](double laggedSellers, double sellersNow) {
        return linkedJobsOf(r, equations::hiringSellers(r.side, laggedSellers), sellersNow);
    };
    const double linkedAtHorizon = linked(sellers(1), sellers(2));
    if (!r.created)
        return linkedAtHorizon;
    return equations::jobsCreated(linkedAtHorizon, linked(sellers(0), sellers(0)));
}

Projection project(const Parameters &parameters)
{
    Projection result;
    project(parameters, result);
    return result;
}

namespace {

// Sets out.sellers to S(t) under the spans of @p spans (docs/model.md, "Events"): the first span
// as project() makes it, each after it continuing from the sellers the one before reached.
void projectSellersOverSpans(const std::vector<EventSpan> &spans, Projection &out)
{
    const auto points = static_cast<int>(out.sellers.size());
    const int firstEnd = spanEnd(spans, 0, points);
    Eigen::ArrayXd head(firstEnd + 1 <= points ? firstEnd + 1 : points);
    projectSellers(spans[0].parameters, Eigen::ArrayXd::LinSpaced(head.size(), 0.0, static_cast<double>(head.size() - 1)), head);
    out.sellers.head(firstEnd) = head.head(firstEnd);
    double atChange = head(head.size() - 1); // S(m) of the next span, by the first span's curve
    double lineBase = spans[0].parameters[ParameterId::InitialSellers];
    for (std::size_t k = 1; k < spans.size(); ++k) {
        const Parameters &p = spans[k].parameters;
        const int first = spans[k].firstMonth;
        const int end = spanEnd(spans, k, points);
        // Through the next span's first month, whose S(m) this curve gives.
        const int count = std::min(end + 1, points) - first;
        if (spans[k].curveChanged)
            lineBase = atChange;
        const auto years = Eigen::ArrayXd::LinSpaced(count, 0.0, static_cast<double>(count - 1)) / 12.0;
        const double n = p.netGrowthRate();
        const equations::GrowthByExponential<decltype(years)> growth{std::log1p(n), years};
        Eigen::ArrayXd span(count);
        equations::assignSellersAfterChange(span, p.growthModel(), atChange, p[ParameterId::MarketSize], lineBase, n,
                                            years, growth);
        out.sellers.segment(first, end - first) = span.head(end - first);
        atChange = span(count - 1);
    }
}

} // namespace

void project(const Parameters &p, const ScenarioEvents &events, Projection &out)
{
    if (events.empty()) {
        project(p, out);
        return;
    }
    assert(!p.validate());
    const std::vector<EventSpan> spans = eventSpans(p, events);
    const Eigen::Index points = p.horizonMonths() + 1;
    for (Eigen::ArrayXd *series : {&out.sellers, &out.hiringSellers, &out.directJobs, &out.serviceJobs,
                                   &out.linkedJobs, &out.createdJobs, &out.jobs, &out.exportSupportedJobs})
        series->resize(points);
    projectSellersOverSpans(spans, out);

    // Each rate as it stands in each month: the equations of project(), month by month.
    Eigen::ArrayXd side, hires, service, displacement, exportValue, perBillion;
    valuesOverMonths(spans, ParameterId::SideBusinessShare, points, side);
    valuesOverMonths(spans, ParameterId::HiresPerSeller, points, hires);
    valuesOverMonths(spans, ParameterId::ServiceJobsPer1000Sellers, points, service);
    valuesOverMonths(spans, ParameterId::DisplacementShare, points, displacement);
    valuesOverMonths(spans, ParameterId::ExportValuePerSeller, points, exportValue);
    valuesOverMonths(spans, ParameterId::JobsPerBillionExports, points, perBillion);

    // Hs(t) = (1 - side(t)) S(max(0, t - lag)): the lag reads the sellers, the share its month.
    const Eigen::Index lag = std::min<Eigen::Index>(std::lround(p[ParameterId::HiringLagMonths]), points);
    out.hiringSellers.head(lag).setConstant(out.sellers(0));
    out.hiringSellers.tail(points - lag) = out.sellers.head(points - lag);
    out.hiringSellers = equations::hiringSellers(side, out.hiringSellers);
    out.directJobs = equations::directJobs(hires, out.hiringSellers);
    out.serviceJobs = equations::serviceJobsPerSeller(service) * out.sellers;
    out.linkedJobs = equations::jobs(out.directJobs, out.serviceJobs, displacement);
    out.createdJobs = equations::jobsCreated(out.linkedJobs, out.linkedJobs(0));
    out.jobs = out.jobsOn(p.jobCountBasis());
    out.exportSupportedJobs = equations::exportSupportedJobs(exportValue, perBillion, out.sellers);
}

Projection project(const Parameters &parameters, const ScenarioEvents &events)
{
    Projection result;
    project(parameters, events, result);
    return result;
}

double projectJobsAtHorizon(const Parameters &parameters, const ScenarioEvents &events)
{
    if (events.empty())
        return projectJobsAtHorizon(parameters);
    thread_local Projection buffer;
    project(parameters, events, buffer);
    return buffer.jobs(buffer.lastMonth());
}

} // namespace pledgecheck
