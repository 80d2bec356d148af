#pragma once

#include "frontier.h"
#include "montecarlo.h"
#include "sensitivity.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace pledgecheck {

/// Everything the window and the charts show of a scenario's uncertainty: the Monte Carlo run,
/// the tornado and the rank correlations, worked out together for one set of values.
struct UncertaintyResults {
    MonteCarloResult monteCarlo;
    std::uint64_t seed = 0; ///< the seed the draws were made with, as an export names it
    std::vector<SensitivityBar> tornado;             ///< largest swing first
    std::vector<RankCorrelation> correlations;       ///< strongest first; empty when skipped
    /// Where half the draws meet the pledge, over growth and hires (halfDrawsFrontier()); empty
    /// when skipped with the correlations.
    std::vector<FrontierPoint> halfDrawsFrontier;

    /// Rank: the full run, with the rank correlations and the frontier's half-draws line. Skip:
    /// the quick run of a slider step, without them.
    enum class Correlations { Rank, Skip };

    /// Runs @p engine over valid @p parameters and @p uncertainty (at least one parameter
    /// uncertain), then the tornado and, unless skipped, the correlations with that run's draws
    /// (their sorting costs more than the run itself on a small sample) and the half-draws line
    /// (kHalfDrawsSamples draws, each solved for growth at every hires of the frontier).
    static UncertaintyResults of(const Parameters &parameters, const Uncertainty &uncertainty,
                                 MonteCarloEngine &engine,
                                 Correlations correlations = Correlations::Rank);
    /// The same under @p events (docs/model.md, "Events"): the run, the tornado and the half-draws
    /// line all honour them. The rank correlations hold each parameter's starting draws against the
    /// jobs.
    static UncertaintyResults of(const Parameters &parameters, const ScenarioEvents &events,
                                 const Uncertainty &uncertainty, MonteCarloEngine &engine,
                                 Correlations correlations = Correlations::Rank);

    /// The rank correlation of @p id with jobs at the horizon; none when skipped or fixed.
    std::optional<double> correlationOf(ParameterId id) const;
};

} // namespace pledgecheck
