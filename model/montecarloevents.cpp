#include "montecarloevents.h"

#include "equations.h"
#include "keyfigures.h"
#include "montecarlo.h"
#include "montecarlodraws.h"
#include "reproduciblemath.h"

#include <cmath>
#include <span>
#include <stdexcept>

namespace pledgecheck {

void EventMonteCarlo::spanInputs(const EventSpan &span, GrowthModel startModel, SpanInputs &out)
{
    const Eigen::Index n = m_start.size();
    const auto value = [&](ParameterId id) -> Eigen::ArrayXd {
        return span.isSetByEvent(id) ? Eigen::ArrayXd::Constant(n, span.parameters[id]) : drawn(id);
    };
    // q = (1 + n)^(1/12) by the model's own log and exp, as the draws without events make it.
    out.netGrowth = equations::yearlyGrowthFactor(value(ParameterId::AnnualGrowthRate),
                                                  value(ParameterId::AnnualChurnRate));
    out.monthlyFactor = out.netGrowth;
    out.netGrowth -= 1.0;
    const std::span<double> factor(out.monthlyFactor.data(), static_cast<std::size_t>(n));
    reproducible::logInPlace(factor);
    out.monthlyFactor /= 12.0;
    reproducible::expInPlace(factor);
    // The market holds the starting sellers where the run starts logistic, as in the draws.
    out.market = value(ParameterId::MarketSize);
    if (startModel == GrowthModel::Logistic && !span.isSetByEvent(ParameterId::MarketSize))
        out.market = equations::marketHoldingStart(out.market, m_start);
    const Eigen::ArrayXd displacement = value(ParameterId::DisplacementShare);
    out.perLagged = equations::jobsPerLaggedSeller(value(ParameterId::HiresPerSeller),
                                                   value(ParameterId::SideBusinessShare), displacement);
    out.perSeller = equations::jobsPerSeller(value(ParameterId::ServiceJobsPer1000Sellers), displacement);
}

void EventMonteCarlo::sellersAt(std::size_t k, Eigen::Index t, Eigen::Index x, const SpanInputs &in,
                                Eigen::ArrayXd &out) const
{
    const GrowthModel model = m_spans[k].parameters.growthModel();
    const equations::GrowthByProducts<Eigen::ArrayXd> growth{m_power};
    if (k == 0)
        equations::assignSellers(out, model, m_start, in.market, in.netGrowth, static_cast<double>(t) / 12.0,
                                 growth);
    else
        equations::assignSellersAfterChange(out, model, m_atChange, in.market, m_lineBase, in.netGrowth,
                                            static_cast<double>(x) / 12.0, growth);
}

void EventMonteCarlo::run(const Parameters &parameters, const ScenarioEvents &events, const Uncertainty &uncertainty,
                          MonteCarloResult &out)
{
    const Eigen::Index n = uncertainty.samples;
    const Eigen::Index months = parameters.horizonMonths() + 1;
    const Eigen::Index lag = std::min<Eigen::Index>(std::lround(parameters[ParameterId::HiringLagMonths]), months);
    const double threshold = parameters[ParameterId::TargetJobs] * (1.0 - kTargetTolerance);
    const bool created = parameters.jobCountBasis() == JobCountBasis::Created;
    const GrowthModel startModel = parameters.growthModel();
    m_spans = eventSpans(parameters, events);
    // The inputs the sellers and J read, as MonteCarloDraws draws them (the export lens is no
    // figure of the draws).
    for (const ParameterId id : {ParameterId::InitialSellers, ParameterId::AnnualGrowthRate, ParameterId::AnnualChurnRate,
                                 ParameterId::MarketSize, ParameterId::HiresPerSeller, ParameterId::SideBusinessShare,
                                 ParameterId::ServiceJobsPer1000Sellers, ParameterId::DisplacementShare})
        MonteCarloDraws::drawsOf(parameters, uncertainty, id, m_drawn[static_cast<std::size_t>(id)]);
    m_start = drawn(ParameterId::InitialSellers);

    spanInputs(m_spans[0], startModel, m_inputs);
    // J(0) as the projection makes it: the lagged sellers and the sellers are both S0.
    m_jobsAtStart = equations::jobsFromSellers(m_inputs.perLagged, m_start, m_inputs.perSeller, m_start);
    m_lineBase = m_start;
    m_power.setOnes(n);
    m_sellers.resize(static_cast<std::size_t>(lag) + 1);
    for (Eigen::ArrayXd &month : m_sellers)
        month.resize(n);
    m_firstMet.setConstant(n, static_cast<double>(months));

    const auto levels = static_cast<Eigen::Index>(kPercentileLevels.size());
    out.samples = static_cast<int>(n);
    out.jobsPercentiles.resize(months, levels);
    out.sellersPercentiles.resize(months, levels);
    std::array<double, kPercentileLevels.size()> row{};
    const auto storeRow = [&](Eigen::ArrayXXd &percentiles, Eigen::Index t) {
        percentiles.row(t) = Eigen::Map<const Eigen::ArrayXd>(row.data(), levels).transpose();
    };
    std::size_t k = 0;
    for (Eigen::Index t = 0; t < months; ++t) {
        if (t > 0)
            m_power *= m_inputs.monthlyFactor; // q^x by products, as the draws without events
        Eigen::ArrayXd &sellers = m_sellers[static_cast<std::size_t>(t % (lag + 1))];
        if (k + 1 < m_spans.size() && m_spans[k + 1].firstMonth == t) {
            // S(m) by the span before's curve, then the new span's curve from it.
            sellersAt(k, t, t - m_spans[k].firstMonth, m_inputs, m_atChange);
            ++k;
            if (m_spans[k].curveChanged)
                m_lineBase = m_atChange;
            spanInputs(m_spans[k], startModel, m_inputs);
            m_power.setOnes();
        }
        sellersAt(k, t, t - m_spans[k].firstMonth, m_inputs, sellers);
        const Eigen::ArrayXd &lagged = t >= lag ? m_sellers[static_cast<std::size_t>((t - lag) % (lag + 1))] : m_start;
        m_jobs = equations::jobsFromSellers(m_inputs.perLagged, lagged, m_inputs.perSeller, sellers);
        if (created)
            m_jobs = equations::jobsCreated(m_jobs, m_jobsAtStart);
        const std::span<const double> jobs(m_jobs.data(), static_cast<std::size_t>(n));
        m_percentiles.find(jobs, kPercentileLevels, row);
        storeRow(out.jobsPercentiles, t);
        if (m_percentiles.greatest() >= threshold)
            m_firstMet = (m_jobs >= threshold).select(m_firstMet.min(static_cast<double>(t)), m_firstMet);
        m_percentiles.find({sellers.data(), static_cast<std::size_t>(n)}, kPercentileLevels, row);
        storeRow(out.sellersPercentiles, t);
    }
    out.jobsAtHorizon = m_jobs;
    out.firstMetShare.setZero(months);
    for (Eigen::Index i = 0; i < n; ++i)
        if (m_firstMet(i) < static_cast<double>(months))
            out.firstMetShare(static_cast<Eigen::Index>(m_firstMet(i))) += 1.0;
    out.probabilityTargetMet = out.firstMetShare.sum() / static_cast<double>(n);
    out.firstMetShare /= static_cast<double>(n);
    if (!std::isfinite(out.probabilityTargetMet) || !out.jobsPercentiles.allFinite()
        || !out.sellersPercentiles.allFinite() || !out.jobsAtHorizon.allFinite())
        throw std::domain_error("Monte Carlo: a draw gave a figure that is not a finite number");
}

} // namespace pledgecheck
