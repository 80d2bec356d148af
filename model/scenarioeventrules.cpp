#include "scenarioeventrules.h"

#include "parametertable.h"

#include <QtGlobal>

#include <cmath>

namespace pledgecheck::eventrules {

namespace {

YearMonth startMonth(const Parameters &parameters)
{
    return YearMonth::fromIndex(static_cast<int>(std::lround(parameters[ParameterId::Start])));
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

std::optional<ModelMessage> eventProblem(const ScenarioEvent &event, const Parameters &parameters)
{
    using namespace messagearg;
    const ParameterDescriptor &d = descriptor(event.parameter);
    if (!d.changesByEvent)
        return ModelMessage(MessageId::EventParameterFixed, {Parameter{d.id}, ChangeableParameters{}});
    const YearMonth first = firstEventMonth(parameters);
    const YearMonth last = lastMonth(parameters);
    if (event.month.toIndex() < first.toIndex() || event.month.toIndex() > last.toIndex())
        return ModelMessage(MessageId::EventOutsideScenario,
                            {Parameter{d.id}, Month{event.month}, Month{first}, Month{last}});
    if (auto problem = checkValue(d, event.value))
        return ModelMessage(MessageId::EventSetsInvalidValue, {Month{event.month}, nested(std::move(*problem))});
    return std::nullopt;
}

std::optional<ModelMessage> eventsProblem(const ScenarioEvents &events, const Parameters &parameters)
{
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (auto problem = eventProblem(events[i], parameters))
            return problem;
        for (std::size_t j = 0; j < i; ++j) {
            if (events[j].parameter == events[i].parameter && events[j].month == events[i].month)
                return ModelMessage(MessageId::TwoEventsInOneMonth,
                                    {messagearg::Parameter{events[i].parameter}, messagearg::Month{events[i].month}});
        }
    }
    return std::nullopt;
}

std::optional<ModelMessage> observationProblem(const Observation &observation, const Parameters &parameters)
{
    using namespace messagearg;
    const Nested what
        = nested(ModelMessage(MessageId::ReportedFigure, {Metric{observation.metric}, Month{observation.month}}));
    const YearMonth first = startMonth(parameters);
    const YearMonth last = lastMonth(parameters);
    if (observation.month.toIndex() < first.toIndex() || observation.month.toIndex() > last.toIndex())
        return ModelMessage(MessageId::ObservationOutsideScenario, {what, Month{first}, Month{last}});
    const auto positive = [](double x) { return std::isfinite(x) && x > 0.0; };
    const Number value{observation.value};
    if (!positive(observation.value))
        return ModelMessage(MessageId::ObservationNotPositive, {what, value});
    if (observation.low && !(positive(*observation.low) && *observation.low <= observation.value))
        return ModelMessage(MessageId::ObservationBadLow, {what, Number{*observation.low}, value});
    if (observation.high && !(std::isfinite(*observation.high) && *observation.high >= observation.value))
        return ModelMessage(MessageId::ObservationBadHigh, {what, Number{*observation.high}, value});
    return std::nullopt;
}

std::optional<ModelMessage> entriesProblem(const ScenarioEvents &events,
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
    // The window names them in its language (ui/text/messagetext.cpp).
    return metric == ObservedMetric::Sellers ? QT_TRANSLATE_NOOP("ModelMessage", "sellers")
                                             : QT_TRANSLATE_NOOP("ModelMessage", "jobs");
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
