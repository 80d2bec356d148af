#include "scenariochecks.h"

#include "frontier.h"
#include "keyfigures.h"
#include "montecarlo.h"
#include "parametertable.h"
#include "projection.h"
#include "scenariofile.h"
#include "scenarioresults.h"
#include "sensitivity.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace pledgecheck::fuzz {
namespace {

// Enough draws to take every path of the engine's month step; the full sample count (up to a
// million) would make each input cost seconds and the fuzzer find little.
constexpr int kMostDraws = 64;

bool allFinite(const Eigen::ArrayXd &values)
{
    return values.isFinite().all();
}

bool allFinite(const Eigen::ArrayXXd &values)
{
    return values.isFinite().all();
}

void checkProjection(const Parameters &parameters)
{
    const ScenarioResults results = ScenarioResults::of(parameters);
    const Projection &p = results.projection;
    require(allFinite(p.sellers) && allFinite(p.jobs) && allFinite(p.exportSupportedJobs),
            "the projection of valid parameters is finite");
    require(std::isfinite(results.figures.jobsAtHorizon) && std::isfinite(results.figures.shareOfTarget),
            "the key figures of valid parameters are finite");
    // The solver's three-month shortcut gives the projection's last month, to rounding.
    const Eigen::Index last = p.lastMonth();
    const double scale = std::abs(p.linkedJobs(last)) + std::abs(p.linkedJobs(0));
    require(std::abs(projectJobsAtHorizon(parameters) - p.jobs(last)) <= 1e-9 * scale,
            "J at the horizon alone equals the projection's last month");
}

void checkFrontier(const Parameters &parameters)
{
    const ParameterDescriptor &growth = descriptor(ParameterId::AnnualGrowthRate);
    std::optional<double> previous;
    for (const FrontierPoint &point : frontier(parameters)) {
        const auto least = leastGrowthMeeting(point);
        require(!least || (*least >= growth.minimum && *least <= growth.maximum),
                "the frontier's growth lies inside the valid range");
        require(!previous || (least && *least <= *previous + 1e-9),
                "more hires never need more growth, nor leave the pledge out of reach");
        previous = least;
    }
}

void checkTornado(const Scenario &scenario)
{
    for (const SensitivityBar &bar : tornado(scenario.parameters, scenario.uncertainty)) {
        const ParameterDescriptor &d = descriptor(bar.id);
        require(std::isfinite(bar.lowValue) && std::isfinite(bar.highValue),
                "a tornado bar's ends are finite");
        require(bar.lowValue >= d.minimum && bar.highValue <= d.maximum && bar.lowValue <= bar.highValue,
                "a tornado bar's ends lie in order inside the parameter's range");
        require(std::isfinite(bar.jobsAtLow) && std::isfinite(bar.jobsAtHigh),
                "a tornado bar's jobs are finite");
    }
}

void checkDraws(const Scenario &scenario)
{
    if (scenario.uncertainty.isCertain())
        return;
    static MonteCarloEngine engine; // its buffers are kept from input to input, as in the app
    engine.setThreads(1);
    Uncertainty few = scenario.uncertainty;
    few.samples = std::min(few.samples, kMostDraws);
    for (const ParameterDescriptor &d : parameterTable()) {
        if (few[d.id].isFixed())
            continue;
        Eigen::ArrayXd draws;
        engine.drawsOf(scenario.parameters, few, d.id, draws);
        require(allFinite(draws), "every draw of an uncertain parameter is finite");
        require((draws >= d.minimum).all() && (draws <= d.maximum).all(),
                "every draw of an uncertain parameter lies inside its valid range");
    }
    const MonteCarloResult &result = engine.run(scenario.parameters, few);
    require(result.samples == few.samples, "the engine makes the draws it was asked for");
    require(allFinite(result.jobsAtHorizon) && allFinite(result.jobsPercentiles)
                && allFinite(result.sellersPercentiles),
            "the draws' jobs and percentiles are finite");
    require(result.probabilityTargetMet >= 0 && result.probabilityTargetMet <= 1,
            "the chance of meeting the pledge is from 0 to 1");
}

} // namespace

void require(bool holds, const char *what)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

void checkAcceptedScenario(const Scenario &scenario)
{
    require(!scenario.parameters.validate(), "an accepted scenario's parameters are valid");
    require(!scenario.uncertainty.validate(), "an accepted scenario's uncertainty is valid");

    QString error;
    const auto reread = scenariofile::parse(scenariofile::serialize(scenario), &error);
    if (!reread)
        std::fprintf(stderr, "re-reading the saved scenario: %s\n", qPrintable(error));
    require(reread.has_value(), "an accepted scenario's own file is read back");
    require(*reread == scenario, "an accepted scenario's own file reads back equal");

    checkProjection(scenario.parameters);
    checkFrontier(scenario.parameters);
    checkTornado(scenario);
    checkDraws(scenario);
}

} // namespace pledgecheck::fuzz
