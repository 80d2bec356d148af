#include "montecarlodraws.h"

#include "equations.h"
#include "parametertable.h"
#include "reproduciblemath.h"
#include "simdclones.h"
#include "splitmix64.h"
#include "workschedule.h"

#include <algorithm>
#include <span>

namespace pledgecheck {
namespace {

// A uniform number in (0, 1) from the top 53 bits of a 64-bit draw: never 0 or 1.
double uniformOpen(std::uint64_t bits)
{
    return (static_cast<double>(bits >> 11) + 0.5) * 0x1p-53;
}

// Sets out[i] to the uniform number of draw first + i of @p stream. Compiled wide: AVX-512 has
// the 64-bit products and conversions SplitMix64 and uniformOpen need.
PLEDGECHECK_SIMD_CLONES void uniformDraws(SplitMix64 stream, std::uint64_t first, std::span<double> out)
{
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = uniformOpen(stream.at(first + i));
}

// Fills @p out with parameter @p id's draws from draw @p first on. Each parameter has its own
// stream, seeded with the id-th number of the seed's stream.
void drawParameter(const Parameters &parameters, const Uncertainty &uncertainty, ParameterId id,
                   Eigen::Index first, Eigen::Ref<Eigen::ArrayXd> out)
{
    const Distribution distribution = uncertainty.drawn(id);
    if (distribution.isFixed()) {
        out.setConstant(parameters[id]);
        return;
    }
    const ParameterDescriptor &d = descriptor(id);
    const std::span<double> values(out.data(), static_cast<std::size_t>(out.size()));
    uniformDraws(SplitMix64(SplitMix64(uncertainty.seed).at(static_cast<std::uint64_t>(id))),
                 static_cast<std::uint64_t>(first), values);
    TruncatedDistribution(distribution, d.minimum, d.maximum).quantiles(values);
}

} // namespace

void MonteCarloDraws::resize(Eigen::Index samples, GrowthModel model)
{
    for (Eigen::ArrayXd *perDraw : {&m_initialSellers, &m_monthlyFactor, &m_jobsPerLaggedSeller, &m_jobsPerSeller})
        perDraw->resize(samples);
    if (model == GrowthModel::Logistic)
        m_marketSize.resize(samples);
    if (model == GrowthModel::Linear)
        m_netGrowth.resize(samples);
    // Sized always, written under the created basis only: untouched memory costs nothing.
    m_jobsAtStart.resize(samples);
}

void MonteCarloDraws::drawsOf(const Parameters &parameters, const Uncertainty &uncertainty, ParameterId id,
                              Eigen::ArrayXd &out)
{
    out.resize(uncertainty.samples);
    drawParameter(parameters, uncertainty, id, 0, out);
}

void MonteCarloDraws::drawBlock(const Parameters &parameters, const Uncertainty &uncertainty,
                                Eigen::Index block, Eigen::ArrayXd &scratch)
{
    const Eigen::Index begin = block * WorkSchedule::kDrawBlock;
    const Eigen::Index size = std::min(WorkSchedule::kDrawBlock, uncertainty.samples - begin);
    const auto part = [&](Eigen::ArrayXd &perDraw) { return perDraw.segment(begin, size); };
    const auto draw = [&](ParameterId id, Eigen::Ref<Eigen::ArrayXd> out) {
        drawParameter(parameters, uncertainty, id, begin, out);
    };
    if (scratch.size() < size)
        scratch.resize(size);
    auto other = scratch.head(size);
    const GrowthModel model = parameters.growthModel();

    // q = (1 + n)^(1/12), by the model's own log and exp (reproduciblemath.h).
    draw(ParameterId::InitialSellers, part(m_initialSellers));
    draw(ParameterId::AnnualGrowthRate, part(m_monthlyFactor));
    draw(ParameterId::AnnualChurnRate, other);
    part(m_monthlyFactor) = equations::yearlyGrowthFactor(part(m_monthlyFactor), other); // 1 + n
    if (model == GrowthModel::Linear) // the straight line reads n itself
        part(m_netGrowth) = part(m_monthlyFactor) - 1.0;
    const std::span<double> monthlyFactor(m_monthlyFactor.data() + begin, static_cast<std::size_t>(size));
    reproducible::logInPlace(monthlyFactor);
    part(m_monthlyFactor) /= 12.0;
    reproducible::expInPlace(monthlyFactor);
    if (model == GrowthModel::Logistic) {
        draw(ParameterId::MarketSize, part(m_marketSize));
        part(m_marketSize) = equations::marketHoldingStart(part(m_marketSize), part(m_initialSellers));
    }
    // The jobs per seller, each per-draw array first holding an input of its own equation.
    draw(ParameterId::DisplacementShare, part(m_jobsPerSeller));
    draw(ParameterId::HiresPerSeller, part(m_jobsPerLaggedSeller));
    draw(ParameterId::SideBusinessShare, other);
    part(m_jobsPerLaggedSeller) = equations::jobsPerLaggedSeller(part(m_jobsPerLaggedSeller), other,
                                                                 part(m_jobsPerSeller));
    draw(ParameterId::ServiceJobsPer1000Sellers, other);
    part(m_jobsPerSeller) = equations::jobsPerSeller(other, part(m_jobsPerSeller));

    if (parameters.jobCountBasis() == JobCountBasis::Created) {
        // J(0) as the monthly step makes it: the lagged sellers are S0 itself, the sellers S(0)
        // by the curve at q^0 = 1 (under logistic growth K / (1 + (K/S0 - 1)), S0 within
        // rounding), so that a draw's J(0) - J(0) is exactly 0. n·0 is 0 for the line.
        auto start = part(m_initialSellers);
        const auto market = model == GrowthModel::Logistic ? part(m_marketSize) : start;
        equations::assignSellers(other, model, start, market, 0.0, 0.0,
                                 equations::GrowthByProducts<double>{1.0});
        part(m_jobsAtStart) = equations::jobsFromSellers(part(m_jobsPerLaggedSeller), start,
                                                         part(m_jobsPerSeller), other);
    }
}

} // namespace pledgecheck
