#pragma once

#include "eventspans.h"
#include "percentiles.h"
#include "scenarioevents.h"
#include "uncertainty.h"

#include <Eigen/Core>

#include <array>
#include <optional>
#include <vector>

namespace pledgecheck {

struct MonteCarloResult;

/// The Monte Carlo run of a scenario with events (docs/model.md, "Events", "The draws"): every
/// draw as MonteCarloDraws draws it, the inputs an event sets taking the event's value in every
/// draw from its month, the sellers continuing from where each draw stands. One vectorised step a
/// month over all the draws; the sellers of the last L + 1 months are kept for the hiring lag. Its
/// buffers are kept between runs.
///
/// Large runs share out the months between threads as MonteCarloEngine does (scheduleWork()),
/// each thread catching up with the months before its own by the very products one thread makes:
/// the figures are the same, bit for bit, whatever the number of threads. Where every draw's
/// sellers keep the order of its growth through every span (sellersKeepGrowthOrder()), their
/// percentiles are read off the draws at the growth's order statistics, not searched each month.
class EventMonteCarlo
{
public:
    /// Fills @p out for valid @p parameters, @p events (eventrules::eventsProblem()) and
    /// @p uncertainty, with the figures MonteCarloEngine::run() gives without events, on up to
    /// @p threads threads.
    void run(const Parameters &parameters, const ScenarioEvents &events, const Uncertainty &uncertainty,
             int threads, MonteCarloResult &out);

    /// True when, for @p spans drawn by @p uncertainty, the sellers of every month are a
    /// non-decreasing function of one per-draw number, the growth of the first span (q, or n
    /// under linear growth): then IEEE arithmetic keeps that order, and the draws at the growth's
    /// order statistics hold the sellers' too. Needs the starting sellers and every market fixed
    /// over the draws, and each later span's growth either the first span's in every draw or the
    /// same in all; a logistic span after a change, or a straight line from a base that differs
    /// between draws, only with one growth of at least zero in all draws.
    static bool sellersKeepGrowthOrder(const std::vector<EventSpan> &spans, const Uncertainty &uncertainty);

private:
    /// Per draw, the inputs of one span: from the draws, or an event's value.
    struct SpanInputs {
        Eigen::ArrayXd monthlyFactor, netGrowth, market, perLagged, perSeller;
    };
    /// What every month of a run reads: fixed once the draws are made.
    struct RunSetup {
        Eigen::Index samples, months, lag;
        double threshold; ///< jobs that count as meeting the pledge
        bool created;     ///< jobs counted as created, J(t) - J(0)
        GrowthModel startModel;
        bool sellersFollowGrowth; ///< see sellersKeepGrowthOrder()
    };
    /// One thread's months, with its own buffers.
    struct Worker {
        Eigen::ArrayXd power, atChange, lineBase, jobs;
        /// Entry t mod (L + 1): the sellers of month t, written in place and read L months on.
        std::vector<Eigen::ArrayXd> sellers;
        SpanInputs inputs; ///< of the span the worker is in, from the second span on
        /// Per draw: the first month it meets the pledge, or `months`; filled once one does.
        Eigen::ArrayXd firstMet;
        bool anyMet = false;
        PercentileFinder percentiles;
    };

    void spanInputs(const EventSpan &span, GrowthModel startModel, SpanInputs &out) const;
    /// Sets @p out to S(t) of every draw, @p t months into the run, x months into span @p k.
    void sellersAt(std::size_t k, Eigen::Index t, Eigen::Index x, const SpanInputs &in, Worker &worker,
                   Eigen::ArrayXd &out) const;
    /// Projects months [@p begin, @p end) into @p out, after catching up with the months before.
    void runMonths(const RunSetup &setup, Eigen::Index begin, Eigen::Index end, Worker &worker,
                   MonteCarloResult &out) const;
    /// Sets m_drawsAtSellersRanks to a draw at each order statistic of the first span's growth
    /// that the sellers' percentiles lie between.
    void findDrawsAtSellersRanks(const RunSetup &setup);
    /// Fills the first months met and the chance of meeting the pledge from @p workers workers.
    void countFirstMet(const RunSetup &setup, int workers, MonteCarloResult &out);
    /// The draws of parameter @p id (its value in every draw when fixed).
    const Eigen::ArrayXd &drawn(ParameterId id) const { return m_drawn[static_cast<std::size_t>(id)]; }

    std::vector<EventSpan> m_spans;
    Uncertainty m_uncertainty; ///< the run's
    std::array<Eigen::ArrayXd, kParameterCount> m_drawn;
    Eigen::ArrayXd m_start, m_jobsAtStart;
    SpanInputs m_firstInputs; ///< the first span's, read by every worker
    std::vector<Worker> m_workers;
    std::vector<Eigen::Index> m_drawsAtSellersRanks;
    PercentileFinder m_growthPercentiles;
};

} // namespace pledgecheck
