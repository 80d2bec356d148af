#include "frontier.h"

#include "equations.h"
#include "montecarlodraws.h"
#include "parametertable.h"
#include "projection.h"
#include "rootfinder.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace pledgecheck {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// A draw's own frontier is found to a millionth of growth (0.0001 percentage points): far below
// the sampling error of the half-draws line (docs/model.md), and a third of Brent's evaluations
// to the last ulp.
constexpr double kDrawTolerance = 1e-6;

// The growth at which valid @p trial (hires set) meets the pledge at the horizon: -infinity when
// it does at every growth in range, +infinity when at none. J(12·H) never falls as growth rises,
// so the ends decide whether there is a root and Brent's method needs no scan for it.
// @p fewerHires is the same draw's growth at the grid's hires before, or +infinity: with more
// hires the pledge needs no more growth (where J > 0, J = h·A(g) + B(g) with A >= 0), so a draw
// met throughout stays so and the root lies at or below it, which brackets it more tightly.
double growthMeeting(Parameters &trial, const ScenarioEvents &events, double low, double high, double target,
                     double fewerHires)
{
    if (fewerHires == -kInfinity)
        return -kInfinity;
    const auto shortfall = [&](double growth) {
        trial.set(ParameterId::AnnualGrowthRate, growth);
        return projectJobsAtHorizon(trial, events) - target;
    };
    const double atLow = shortfall(low);
    if (atLow >= 0)
        return -kInfinity;
    if (fewerHires < kInfinity) {
        const double atFewer = shortfall(fewerHires);
        if (atFewer >= 0) // else rounding left it a hair short: search above it
            return findRootInBracket(shortfall, low, fewerHires, atLow, atFewer, kDrawTolerance);
    }
    const double atHigh = shortfall(high);
    if (atHigh < 0)
        return kInfinity;
    return findRootInBracket(shortfall, low, high, atLow, atHigh, kDrawTolerance);
}

TargetSolution asSolution(double growth)
{
    if (growth == -kInfinity)
        return {SolveStatus::ExceededThroughout, std::nullopt};
    if (growth == kInfinity)
        return {SolveStatus::Unreachable, std::nullopt};
    return {SolveStatus::Found, growth};
}

} // namespace

std::optional<double> leastGrowthMeeting(const FrontierPoint &point)
{
    switch (point.growth.status) {
    case SolveStatus::Found:
        return point.growth.value;
    case SolveStatus::ExceededThroughout:
        return descriptor(ParameterId::AnnualGrowthRate).minimum;
    case SolveStatus::Unreachable:
        break;
    }
    return std::nullopt;
}

std::string frontierCsv(const std::vector<FrontierPoint> &points)
{
    std::string csv = "hires_per_seller,annual_growth_rate\n";
    char number[32];
    for (const FrontierPoint &point : points) {
        csv.append(number, std::to_chars(number, number + sizeof number, point.hires).ptr);
        csv += ',';
        if (const auto growth = leastGrowthMeeting(point))
            csv.append(number, std::to_chars(number, number + sizeof number, *growth).ptr);
        csv += '\n';
    }
    return csv;
}

std::vector<double> frontierHires()
{
    const ParameterDescriptor &d = descriptor(ParameterId::HiresPerSeller);
    const double low = d.sliderMinimum.value_or(d.minimum);
    const double high = d.sliderMaximum.value_or(d.maximum);
    const auto steps = static_cast<int>(std::lround((high - low) / d.step));
    std::vector<double> hires;
    hires.reserve(static_cast<std::size_t>(steps) + 1);
    // Each value from the ends, not by adding steps up: 0.1 · 3 is 0.30000000000000004.
    for (int i = 0; i <= steps; ++i)
        hires.push_back(i == steps ? high : low + (high - low) * i / steps);
    return hires;
}

std::vector<FrontierPoint> frontier(const Parameters &parameters)
{
    return frontier(parameters, ScenarioEvents{});
}

std::vector<FrontierPoint> frontier(const Parameters &parameters, const ScenarioEvents &events)
{
    std::vector<FrontierPoint> points;
    Parameters trial = parameters;
    for (const double hires : frontierHires()) {
        trial.set(ParameterId::HiresPerSeller, hires);
        points.push_back({hires, solveForTarget(trial, events, ParameterId::AnnualGrowthRate)});
    }
    return points;
}

std::vector<FrontierPoint> halfDrawsFrontier(const Parameters &parameters, const Uncertainty &uncertainty,
                                             int samples)
{
    return halfDrawsFrontier(parameters, ScenarioEvents{}, uncertainty, samples);
}

std::vector<FrontierPoint> halfDrawsFrontier(const Parameters &parameters, const ScenarioEvents &events,
                                             const Uncertainty &uncertainty, int samples)
{
    Uncertainty first = uncertainty;
    first.samples = std::clamp(samples, 1, uncertainty.samples);
    const auto draws = static_cast<std::size_t>(first.samples);

    // The other inputs of each draw, as the Monte Carlo run draws them: growth and hires are the
    // point's. Fixed and held inputs keep their values.
    struct Drawn {
        ParameterId id;
        Eigen::ArrayXd values;
    };
    std::vector<Drawn> drawn;
    for (const ParameterDescriptor &d : parameterTable()) {
        if (d.kind != ParameterKind::Real || d.id == ParameterId::AnnualGrowthRate
            || d.id == ParameterId::HiresPerSeller || first.drawn(d.id).isFixed())
            continue;
        drawn.push_back({d.id, {}});
        MonteCarloDraws::drawsOf(parameters, first, d.id, drawn.back().values);
    }

    const std::vector<double> hires = frontierHires();
    // growths[k][i]: draw i's own frontier at hires k.
    std::vector<std::vector<double>> growths(hires.size(), std::vector<double>(draws));
    const double target = parameters[ParameterId::TargetJobs];
    Parameters trial = parameters;
    for (std::size_t i = 0; i < draws; ++i) {
        for (const Drawn &input : drawn)
            trial.set(input.id, input.values(static_cast<Eigen::Index>(i)));
        if (trial.growthModel() == GrowthModel::Logistic) // as the run's draws: K >= S0
            trial.set(ParameterId::MarketSize,
                      equations::marketHoldingStart(trial[ParameterId::MarketSize],
                                                    trial[ParameterId::InitialSellers]));
        const auto [low, high] = solverRange(trial, ParameterId::AnnualGrowthRate);
        double fewerHires = kInfinity;
        for (std::size_t k = 0; k < hires.size(); ++k) {
            trial.set(ParameterId::HiresPerSeller, hires[k]);
            fewerHires = growths[k][i] = growthMeeting(trial, events, low, high, target, fewerHires);
        }
    }

    // At least half of N draws meet where g reaches the ceil(N/2)-th smallest of their frontiers.
    const std::size_t half = (draws + 1) / 2 - 1;
    std::vector<FrontierPoint> points;
    for (std::size_t k = 0; k < hires.size(); ++k) {
        std::vector<double> &g = growths[k];
        std::nth_element(g.begin(), g.begin() + static_cast<std::ptrdiff_t>(half), g.end());
        points.push_back({hires[k], asSolution(g[half])});
    }
    return points;
}

} // namespace pledgecheck
