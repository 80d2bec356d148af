#pragma once

#include "eventspans.h"
#include "percentiles.h"
#include "scenarioevents.h"
#include "uncertainty.h"

#include <Eigen/Core>

namespace pledgecheck {

struct MonteCarloResult;

/// The Monte Carlo run of a scenario with events (docs/model.md, "Events", "The draws"): every
/// draw as MonteCarloDraws draws it, the inputs an event sets taking the event's value in every
/// draw from its month, the sellers continuing from where each draw stands. One vectorised step a
/// month over all the draws, on the calling thread; the sellers of the last L + 1 months are kept
/// for the hiring lag. Its buffers are kept between runs.
class EventMonteCarlo
{
public:
    /// Fills @p out for valid @p parameters, @p events (eventrules::eventsProblem()) and
    /// @p uncertainty, with the figures MonteCarloEngine::run() gives without events.
    void run(const Parameters &parameters, const ScenarioEvents &events, const Uncertainty &uncertainty,
             MonteCarloResult &out);

private:
    /// Per draw, the inputs of one span: from the draws, or an event's value.
    struct SpanInputs {
        Eigen::ArrayXd monthlyFactor, netGrowth, market, perLagged, perSeller;
    };
    void spanInputs(const EventSpan &span, GrowthModel startModel, SpanInputs &out);
    /// Sets @p out to S(t) of every draw, @p t months into the run, x months into span @p k.
    void sellersAt(std::size_t k, Eigen::Index t, Eigen::Index x, const SpanInputs &in, Eigen::ArrayXd &out) const;
    /// The draws of parameter @p id (its value in every draw when fixed).
    const Eigen::ArrayXd &drawn(ParameterId id) const { return m_drawn[static_cast<std::size_t>(id)]; }

    std::vector<EventSpan> m_spans;
    std::array<Eigen::ArrayXd, kParameterCount> m_drawn;
    Eigen::ArrayXd m_start, m_power, m_atChange, m_lineBase, m_jobs, m_jobsAtStart, m_firstMet;
    /// Entry t mod (L + 1): the sellers of month t, written in place and read L months on.
    std::vector<Eigen::ArrayXd> m_sellers;
    SpanInputs m_inputs;
    PercentileFinder m_percentiles;
};

} // namespace pledgecheck
