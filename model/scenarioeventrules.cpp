#include "scenarioeventrules.h"

#include "parametertable.h"

#include <cmath>

namespace pledgecheck::eventrules {

namespace {

YearMonth startMonth(const Parameters &parameters)
{
    return YearMonth::fromIndex(static_cast<int>(std::lround(parameters[ParameterId::Start])));
}

/// A number as the parameter table writes a real value (shortest form that reads back exactly).
std::string shown(double value)
{
    return formatValue(descriptor(ParameterId::InitialSellers), value);
}

} // namespace

std::string changeableParameterKeys()
{
    std::string keys;
    for (const ParameterDescriptor &d : parameterTable()) {
        if (!d.changesByEvent)
            continue;
        keys += keys.empty() ? "" : ", ";
        keys += d.key;
    }
    return keys;
}

YearMonth firstEventMonth(const Parameters &parameters)
{
    return startMonth(parameters).plusMonths(1);
}

YearMonth lastMonth(const Parameters &parameters)
{
    return startMonth(parameters).plusMonths(parameters.horizonMonths());
}

std::optional<std::string> eventProblem(const ScenarioEvent &event, const Parameters &parameters)
{
    const ParameterDescriptor &d = descriptor(event.parameter);
    if (!d.changesByEvent)
        return "an event may not change " + std::string(d.key) + "; it may change "
            + changeableParameterKeys();
    const YearMonth first = firstEventMonth(parameters);
    const YearMonth last = lastMonth(parameters);
    if (event.month.toIndex() < first.toIndex() || event.month.toIndex() > last.toIndex())
        return "an event on " + std::string(d.key) + " in " + event.month.toString()
               + " falls outside the scenario: events fall from " + first.toString() + " to "
               + last.toString();
    if (auto problem = checkValue(d, event.value))
        return "an event in " + event.month.toString() + " sets " + *problem;
    return std::nullopt;
}

std::optional<std::string> eventsProblem(const ScenarioEvents &events, const Parameters &parameters)
{
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (auto problem = eventProblem(events[i], parameters))
            return problem;
        for (std::size_t j = 0; j < i; ++j) {
            if (events[j].parameter == events[i].parameter && events[j].month == events[i].month)
                return "two events change " + std::string(descriptor(events[i].parameter).key) + " in "
                       + events[i].month.toString() + "; keep one";
        }
    }
    return std::nullopt;
}

std::optional<std::string> observationProblem(const Observation &observation, const Parameters &parameters)
{
    const std::string what = "a reported " + std::string(metricKey(observation.metric)) + " figure in "
                             + observation.month.toString();
    const YearMonth first = startMonth(parameters);
    const YearMonth last = lastMonth(parameters);
    if (observation.month.toIndex() < first.toIndex() || observation.month.toIndex() > last.toIndex())
        return what + " falls outside the scenario: reports fall from " + first.toString() + " to "
               + last.toString();
    const auto positive = [](double x) { return std::isfinite(x) && x > 0.0; };
    if (!positive(observation.value))
        return what + " is " + shown(observation.value) + ": a reported count must be above 0";
    if (observation.low && !(positive(*observation.low) && *observation.low <= observation.value))
        return what + " has low " + shown(*observation.low) + ": low must be above 0 and at most the value "
               + shown(observation.value);
    if (observation.high && !(std::isfinite(*observation.high) && *observation.high >= observation.value))
        return what + " has high " + shown(*observation.high) + ": high must be at least the value "
               + shown(observation.value);
    return std::nullopt;
}

std::optional<std::string> entriesProblem(const ScenarioEvents &events,
                                          const Observations &observations,
                                          const Parameters &parameters)
{
    if (auto problem = eventsProblem(events, parameters))
        return problem;
    for (const Observation &observation : observations) {
        if (auto problem = observationProblem(observation, parameters))
            return problem;
    }
    return std::nullopt;
}

std::string_view metricKey(ObservedMetric metric)
{
    return metric == ObservedMetric::Sellers ? "sellers" : "jobs";
}

std::optional<ObservedMetric> findMetric(std::string_view key)
{
    if (key == "sellers")
        return ObservedMetric::Sellers;
    if (key == "jobs")
        return ObservedMetric::Jobs;
    return std::nullopt;
}

} // namespace pledgecheck::eventrules
