#include "montecarlo.h"

#include "keyfigures.h"
#include "parametertable.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace pledgecheck {
namespace {

// Draws are made in blocks of this many samples, each block from its own generator seeded with
// (seed, parameter, block): the figures do not depend on how the work is split.
constexpr Eigen::Index kBlock = 1 << 16;

// A uniform number in (0, 1) from the top 53 bits of a 64-bit draw: never 0 or 1.
double uniformOpen(std::uint64_t bits)
{
    return (static_cast<double>(bits >> 11) + 0.5) * 0x1p-53;
}

} // namespace

void MonteCarloEngine::drawsOf(const Parameters &parameters, const Uncertainty &uncertainty,
                               ParameterId id, Eigen::ArrayXd &out) const
{
    const Eigen::Index n = uncertainty.samples;
    out.resize(n);
    const Distribution &distribution = uncertainty[id];
    if (distribution.isFixed()) {
        out.setConstant(parameters[id]);
        return;
    }
    const ParameterDescriptor &d = descriptor(id);
    const TruncatedDistribution truncated(distribution, d.minimum, d.maximum);
    for (Eigen::Index start = 0, block = 0; start < n; start += kBlock, ++block) {
        std::seed_seq sequence{static_cast<std::uint32_t>(uncertainty.seed),
                               static_cast<std::uint32_t>(uncertainty.seed >> 32),
                               static_cast<std::uint32_t>(id), static_cast<std::uint32_t>(block)};
        std::mt19937_64 generator(sequence);
        const Eigen::Index end = std::min(n, start + kBlock);
        for (Eigen::Index i = start; i < end; ++i)
            out(i) = truncated.quantile(uniformOpen(generator()));
    }
}

void MonteCarloEngine::findDrawsAtSellersRanks(const Eigen::ArrayXd &growth)
{
    const auto n = static_cast<std::size_t>(growth.size());
    std::array<std::size_t, 2 * kPercentileLevels.size()> ranks{};
    for (std::size_t i = 0; i < kPercentileLevels.size(); ++i) {
        const PercentileFinder::Position position = PercentileFinder::positionOf(kPercentileLevels[i], n);
        ranks[2 * i] = position.below;
        ranks[2 * i + 1] = position.above;
    }
    std::array<double, ranks.size()> values{};
    m_percentiles.orderStatistics({growth.data(), n}, ranks, values);
    // Any draw with that growth will do: draws of equal growth have equal sellers.
    for (std::size_t j = 0; j < ranks.size(); ++j)
        m_sellersDraws[j] = std::find(growth.begin(), growth.end(), values[j]) - growth.begin();
}

void MonteCarloEngine::stepExponential(Eigen::Index t, Eigen::Index lag)
{
    // One pass over the draws a month, rather than one per array: at 100,000 draws and more the
    // arrays live beyond the cache, and it is their traffic that costs.
    const Eigen::Index n = m_power.size();
    const double *q = m_monthlyFactor.data();
    const double *direct = m_directStart.data();
    const double *service = m_serviceStart.data();
    double *power = m_power.data();
    double *lagged = m_laggedPower.data();
    double *jobs = m_jobs.data();
    if (t == 0) { // nothing has grown yet: q^0 = 1
        m_jobs = lag == 0 ? m_directStart : m_directStart + m_serviceStart;
        return;
    }
    if (lag == 0) { // m_directStart holds both terms
        for (Eigen::Index i = 0; i < n; ++i) {
            power[i] *= q[i];
            jobs[i] = direct[i] * power[i];
        }
    } else if (t > lag) {
        for (Eigen::Index i = 0; i < n; ++i) {
            power[i] *= q[i];
            lagged[i] *= q[i];
            jobs[i] = direct[i] * lagged[i] + service[i] * power[i];
        }
    } else { // the first hires still hold the starting sellers
        for (Eigen::Index i = 0; i < n; ++i) {
            power[i] *= q[i];
            jobs[i] = direct[i] + service[i] * power[i];
        }
    }
}

const MonteCarloResult &MonteCarloEngine::run(const Parameters &parameters,
                                              const Uncertainty &uncertainty)
{
    const Eigen::Index n = uncertainty.samples;
    const Eigen::Index months = parameters.horizonMonths() + 1;
    const Eigen::Index lag = std::lround(parameters[ParameterId::HiringLagMonths]);
    const GrowthModel model = parameters.growthModel();
    const double threshold = parameters[ParameterId::TargetJobs] * (1.0 - kTargetTolerance);

    // Per draw, the inputs of the monthly step (docs/model.md):
    // q = (1 + n)^(1/12), direct = h (1 - side)(1 - displacement),
    // service = service_jobs_per_1000 / 1000 (1 - displacement).
    drawsOf(parameters, uncertainty, ParameterId::InitialSellers, m_initialSellers);
    drawsOf(parameters, uncertainty, ParameterId::AnnualGrowthRate, m_netGrowth);
    drawsOf(parameters, uncertainty, ParameterId::AnnualChurnRate, m_draw);
    m_netGrowth = (1.0 + m_netGrowth) * (1.0 - m_draw) - 1.0;
    m_monthlyFactor = (m_netGrowth.log1p() / 12.0).exp();
    if (model == GrowthModel::Logistic) {
        drawsOf(parameters, uncertainty, ParameterId::MarketSize, m_marketSize);
        m_marketSize = m_marketSize.max(m_initialSellers); // the market holds the starting sellers
    }
    drawsOf(parameters, uncertainty, ParameterId::DisplacementShare, m_draw);
    m_servicePerSeller = 1.0 - m_draw; // kept share, for now
    m_directPerSeller = m_servicePerSeller;
    drawsOf(parameters, uncertainty, ParameterId::HiresPerSeller, m_draw);
    m_directPerSeller *= m_draw;
    drawsOf(parameters, uncertainty, ParameterId::SideBusinessShare, m_draw);
    m_directPerSeller *= 1.0 - m_draw;
    drawsOf(parameters, uncertainty, ParameterId::ServiceJobsPer1000Sellers, m_draw);
    m_servicePerSeller *= m_draw / 1000.0;

    m_result.samples = static_cast<int>(n);
    m_result.jobsPercentiles.resize(months, static_cast<Eigen::Index>(kPercentileLevels.size()));
    m_result.sellersPercentiles.resize(months, static_cast<Eigen::Index>(kPercentileLevels.size()));
    m_result.firstMetShare.setZero(months);
    m_met.setZero(n);
    m_power.setOnes(n);
    m_laggedPower.setOnes(n);
    m_jobs.resize(n);

    // Sellers at a month whose growth factor q^t is `power` (linear growth uses t itself).
    const auto sellersAt = [&](Eigen::Index t, const Eigen::ArrayXd &power, Eigen::ArrayXd &out) {
        switch (model) {
        case GrowthModel::Exponential:
            out = m_initialSellers * power;
            break;
        case GrowthModel::Logistic:
            out = m_marketSize / (1.0 + (m_marketSize / m_initialSellers - 1.0) / power);
            break;
        case GrowthModel::Linear:
            out = (m_initialSellers * (1.0 + m_netGrowth * (static_cast<double>(t) / 12.0))).max(0.0);
            break;
        }
    };

    // When every draw starts from the same sellers (and, under logistic growth, the same market),
    // a draw's sellers rise with its growth alone, in every month: q^t by repeated products, the
    // logistic curve and the straight line are all non-decreasing in q (or n), and IEEE arithmetic
    // keeps that order. So the draws at the sellers' order statistics are the same in every month,
    // those of the growth factor: found once here, read off each month, exactly.
    const bool sellersFollowGrowth =
        uncertainty[ParameterId::InitialSellers].isFixed()
        && (model != GrowthModel::Logistic || uncertainty[ParameterId::MarketSize].isFixed());
    if (sellersFollowGrowth)
        findDrawsAtSellersRanks(model == GrowthModel::Linear ? m_netGrowth : m_monthlyFactor);

    // Under exponential growth a draw's jobs are (direct·S0)·q^(t−lag) + (service·S0)·q^t: one
    // pass a month, and the sellers themselves worked out only where they are read.
    const bool exponential = model == GrowthModel::Exponential;
    if (exponential) {
        m_directStart = m_directPerSeller * m_initialSellers;
        m_serviceStart = m_servicePerSeller * m_initialSellers;
        if (lag == 0) // hiring at once: both terms grow alike, so one factor will do
            m_directStart += m_serviceStart;
    }
    const auto sellersOfDraw = [&](Eigen::Index draw) {
        return exponential ? m_initialSellers(draw) * m_power(draw) : m_sellers(draw);
    };

    std::array<double, kPercentileLevels.size()> row{};
    for (Eigen::Index t = 0; t < months; ++t) {
        if (exponential) {
            stepExponential(t, lag);
            if (!sellersFollowGrowth)
                m_sellers = m_initialSellers * m_power;
        } else {
            if (t > 0)
                m_power *= m_monthlyFactor; // q^t by products: no exp per draw and month
            if (t > lag)
                m_laggedPower *= m_monthlyFactor;
            sellersAt(t, m_power, m_sellers);
            if (t > lag)
                sellersAt(t - lag, m_laggedPower, m_lagged);
            else
                m_lagged = m_initialSellers;
            m_jobs = m_directPerSeller * m_lagged + m_servicePerSeller * m_sellers;
        }

        m_percentiles.find({m_jobs.data(), static_cast<std::size_t>(n)}, kPercentileLevels, row);
        m_result.jobsPercentiles.row(t) = Eigen::Map<const Eigen::ArrayXd>(row.data(), row.size()).transpose();
        if (sellersFollowGrowth) {
            for (std::size_t i = 0; i < row.size(); ++i)
                row[i] = PercentileFinder::interpolate(
                    PercentileFinder::positionOf(kPercentileLevels[i], static_cast<std::size_t>(n)),
                    sellersOfDraw(m_sellersDraws[2 * i]), sellersOfDraw(m_sellersDraws[2 * i + 1]));
        } else {
            m_percentiles.find({m_sellers.data(), static_cast<std::size_t>(n)}, kPercentileLevels, row);
        }
        m_result.sellersPercentiles.row(t) = Eigen::Map<const Eigen::ArrayXd>(row.data(), row.size()).transpose();

        // Draws meeting the pledge for the first time. Skipped while no draw reaches it (the
        // usual case), and kept in doubles (1 = met) so that Eigen vectorises it.
        if (m_jobs.maxCoeff() >= threshold) {
            m_newlyMet = (m_jobs >= threshold).select(1.0 - m_met, 0.0);
            m_result.firstMetShare(t) = m_newlyMet.sum() / static_cast<double>(n);
            m_met += m_newlyMet;
        }
    }
    m_result.jobsAtHorizon = m_jobs;
    m_result.probabilityTargetMet = m_result.firstMetShare.sum();
    return m_result;
}

} // namespace pledgecheck
