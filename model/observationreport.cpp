#include "observationreport.h"

#include "presetlibrary.h"
#include "scenarioeventrules.h"

#include <cmath>

namespace pledgecheck {

namespace {
constexpr char kPledgePreset[] = "pledge-as-stated";
} // namespace

int monthsFromStart(const Parameters &parameters, YearMonth month)
{
    return month.toIndex() - static_cast<int>(std::lround(parameters[ParameterId::Start]));
}

double metricAt(const Projection &projection, ObservedMetric metric, int t)
{
    return metric == ObservedMetric::Sellers ? projection.sellers(t) : projection.jobs(t);
}

ObservationReport compareObservations(const Observations &observations, const Parameters &parameters,
                                      const Projection &projection, const Projection *pledgePath)
{
    ObservationReport report;
    report.reserve(observations.size());
    for (const Observation &observation : observations) {
        if (eventrules::observationProblem(observation, parameters))
            continue;
        const int t = monthsFromStart(parameters, observation.month);
        ObservationComparison row;
        row.observation = observation;
        row.projected = metricAt(projection, observation.metric, t);
        row.ratio = row.projected / observation.value;
        if (observation.low || observation.high)
            row.withinRange = (!observation.low || row.projected >= *observation.low)
                              && (!observation.high || row.projected <= *observation.high);
        if (pledgePath && t <= pledgePath->lastMonth())
            row.pledgePath = metricAt(*pledgePath, observation.metric, t);
        report.push_back(row);
    }
    return report;
}

Parameters pledgePathParameters(const Parameters &pledge, const Parameters &scenario)
{
    Parameters path = pledge;
    path.set(ParameterId::Start, scenario[ParameterId::Start]);
    path.set(ParameterId::HorizonYears, scenario[ParameterId::HorizonYears]);
    return path;
}

ObservationReport reportObservations(const Scenario &scenario, const Projection &projection)
{
    if (scenario.observations.empty())
        return {};
    QString error;
    const auto pledge = pledgeAsStated(&error);
    if (!pledge)
        return compareObservations(scenario.observations, scenario.parameters, projection, nullptr);
    // The pledge's arithmetic has no events: its path is the preset's inputs as stated.
    const Projection path = project(pledgePathParameters(*pledge, scenario.parameters));
    return compareObservations(scenario.observations, scenario.parameters, projection, &path);
}

std::optional<Parameters> pledgeAsStated(QString *error)
{
    // Read once: the window asks on every recompute, and the preset is compiled in.
    static QString problem;
    static const std::optional<Scenario> preset
        = presetlibrary::load(QString::fromLatin1(kPledgePreset), &problem);
    if (!preset) {
        *error = problem;
        return std::nullopt;
    }
    return preset->parameters;
}

} // namespace pledgecheck
