#include "eventspans.h"

#include <algorithm>
#include <cmath>

namespace pledgecheck {

int eventMonth(const ScenarioEvent &event, const Parameters &parameters)
{
    return event.month.toIndex() - static_cast<int>(std::lround(parameters[ParameterId::Start]));
}

std::vector<EventSpan> eventSpans(const Parameters &parameters, const ScenarioEvents &events)
{
    std::vector<EventSpan> spans{EventSpan{0, parameters, false, {}}};
    // Date order, and within a month the order entered: a stable sort of pointers, so that the
    // events themselves are not copied.
    std::vector<const ScenarioEvent *> ordered;
    const int horizon = parameters.horizonMonths();
    for (const ScenarioEvent &event : events) {
        const int month = eventMonth(event, parameters);
        if (month >= 1 && month <= horizon)
            ordered.push_back(&event);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [&](const ScenarioEvent *a, const ScenarioEvent *b) {
        return eventMonth(*a, parameters) < eventMonth(*b, parameters);
    });
    for (const ScenarioEvent *event : ordered) {
        const int month = eventMonth(*event, parameters);
        if (spans.back().firstMonth != month) {
            EventSpan next = spans.back();
            next.firstMonth = month;
            next.curveChanged = false;
            spans.push_back(next);
        }
        EventSpan &span = spans.back();
        span.parameters.set(event->parameter, event->value);
        span.setByEvent[static_cast<std::size_t>(event->parameter)] = true;
        span.curveChanged = span.parameters.growthModel() != spans[spans.size() - 2].parameters.growthModel();
    }
    return spans;
}

int spanEnd(const std::vector<EventSpan> &spans, std::size_t index, int months)
{
    return index + 1 < spans.size() ? spans[index + 1].firstMonth : months;
}

void valuesOverMonths(const std::vector<EventSpan> &spans, ParameterId id, Eigen::Index months, Eigen::ArrayXd &out)
{
    out.resize(months);
    for (std::size_t k = 0; k < spans.size(); ++k) {
        const Eigen::Index first = spans[k].firstMonth;
        out.segment(first, spanEnd(spans, k, static_cast<int>(months)) - first).setConstant(spans[k].parameters[id]);
    }
}

} // namespace pledgecheck
