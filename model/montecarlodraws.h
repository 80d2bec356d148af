#pragma once

#include "uncertainty.h"

#include <Eigen/Core>

namespace pledgecheck {

/// The draws of a Monte Carlo run, as the monthly step reads them: per draw, its starting
/// sellers, its monthly growth factor and the jobs per seller (docs/model.md, "Draws"). Draw i
/// of parameter p is the i-th number of p's own SplitMix64 stream, so any block of draws is made
/// without those before it, on any thread, with the same bits.
class MonteCarloDraws
{
public:
    /// Sizes the inputs for @p samples draws under growth @p model (the market is kept under
    /// logistic growth only, the yearly net growth under linear growth only).
    void resize(Eigen::Index samples, GrowthModel model);

    /// Draws block @p block (draws block·WorkSchedule::kDrawBlock on) of every input around valid
    /// @p parameters; @p uncertainty must be valid and its sample count that of resize().
    /// @p scratch is the calling thread's own, and is resized to a block if smaller.
    void drawBlock(const Parameters &parameters, const Uncertainty &uncertainty, Eigen::Index block,
                   Eigen::ArrayXd &scratch);

    /// Fills @p out with the value of parameter @p id in each of uncertainty.samples draws (a
    /// fixed parameter repeats its value): for rank correlations and tests.
    static void drawsOf(const Parameters &parameters, const Uncertainty &uncertainty, ParameterId id,
                        Eigen::ArrayXd &out);

    /// S0, sellers.
    const Eigen::ArrayXd &initialSellers() const { return m_initialSellers; }
    /// q = (1 + n)^(1/12): the sellers' growth in a month.
    const Eigen::ArrayXd &monthlyFactor() const { return m_monthlyFactor; }
    /// n, the yearly net growth (linear growth only).
    const Eigen::ArrayXd &netGrowth() const { return m_netGrowth; }
    /// K, sellers, at least S0 (logistic growth only).
    const Eigen::ArrayXd &marketSize() const { return m_marketSize; }
    /// J's jobs per seller of L months before (equations::jobsPerLaggedSeller).
    const Eigen::ArrayXd &jobsPerLaggedSeller() const { return m_jobsPerLaggedSeller; }
    /// J's jobs per seller (equations::jobsPerSeller).
    const Eigen::ArrayXd &jobsPerSeller() const { return m_jobsPerSeller; }
    /// J(0), the jobs linked to the draw's sellers in the start month, as the monthly step works
    /// it out: what JobCountBasis::Created deducts. Drawn under that basis only.
    const Eigen::ArrayXd &jobsAtStart() const { return m_jobsAtStart; }

private:
    Eigen::ArrayXd m_initialSellers, m_monthlyFactor, m_netGrowth, m_marketSize, m_jobsPerLaggedSeller,
        m_jobsPerSeller;
    Eigen::ArrayXd m_jobsAtStart;
};

} // namespace pledgecheck
