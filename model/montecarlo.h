#pragma once

#include "percentiles.h"
#include "uncertainty.h"

#include <Eigen/Core>

#include <array>
#include <vector>

namespace pledgecheck {

/// The percentiles the engine reports for each month, as fractions.
inline constexpr std::array<double, 7> kPercentileLevels{0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

/// What a Monte Carlo run found.
struct MonteCarloResult {
    int samples = 0;
    /// Row t, column i: the kPercentileLevels[i] percentile of J(t) (of S(t)) over the draws.
    Eigen::ArrayXXd jobsPercentiles;
    Eigen::ArrayXXd sellersPercentiles;
    /// J(12·H) of every draw, for the histogram.
    Eigen::ArrayXd jobsAtHorizon;
    /// Entry t: the share of draws whose jobs first meet the pledge in month t.
    Eigen::ArrayXd firstMetShare;
    /// The share of draws that meet the pledge at some month up to the horizon.
    double probabilityTargetMet = 0;
};

/// Draws scenarios around a set of parameters and projects them all at once: each month is one
/// vectorised Eigen step over every draw, and the buffers are kept between runs, so a run
/// allocates nothing once warm. Draws come from std::mt19937_64 in fixed blocks of samples, each
/// seeded from the seed and its block number, so the same seed gives the same figures bit for bit.
class MonteCarloEngine
{
public:
    /// Runs uncertainty.samples draws around valid @p parameters; @p uncertainty must be valid.
    const MonteCarloResult &run(const Parameters &parameters, const Uncertainty &uncertainty);

    const MonteCarloResult &result() const { return m_result; }

    /// Fills @p out with the value of parameter @p id in each draw (fixed parameters repeat
    /// their value): the engine's own draws, for rank correlations and tests.
    void drawsOf(const Parameters &parameters, const Uncertainty &uncertainty, ParameterId id,
                 Eigen::ArrayXd &out) const;

private:
    /// Month @p t of exponential growth: advances q^t (and q^(t−lag)) and sets m_jobs.
    void stepExponential(Eigen::Index t, Eigen::Index lag);
    /// Sets m_sellersDraws to the draws at the ranks of the sellers' percentiles by @p growth.
    void findDrawsAtSellersRanks(const Eigen::ArrayXd &growth);

    MonteCarloResult m_result;
    // Per draw: the inputs the monthly step needs.
    Eigen::ArrayXd m_initialSellers, m_monthlyFactor, m_netGrowth, m_marketSize, m_directPerSeller,
        m_servicePerSeller, m_directStart, m_serviceStart;
    // Per draw, advanced month by month.
    Eigen::ArrayXd m_sellers, m_lagged, m_power, m_laggedPower, m_jobs;
    Eigen::ArrayXd m_met, m_newlyMet; ///< per draw: 1 once it has met the pledge, and this month
    Eigen::ArrayXd m_draw; // one parameter's draws
    PercentileFinder m_percentiles;
    /// The draws whose sellers are the order statistics below and above each percentile, when
    /// the sellers keep the order of the growth (see run()).
    std::array<Eigen::Index, 2 * kPercentileLevels.size()> m_sellersDraws{};
};

} // namespace pledgecheck
