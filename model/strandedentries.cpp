#include "strandedentries.h"

#include "parametertable.h"
#include "scenarioeventrules.h"

#include <algorithm>
#include <cmath>

namespace pledgecheck::eventrules {
namespace {

// The months the entries span, as month indexes: the earliest event, the earliest report and
// the latest of either. An event may not fall in the start month, a report may.
struct EntrySpan {
    std::optional<int> firstEvent;
    std::optional<int> firstReport;
    std::optional<int> last;
};

EntrySpan spanOf(const ScenarioEvents &events, const Observations &observations)
{
    EntrySpan span;
    const auto later = [](std::optional<int> a, int b) { return a ? std::max(*a, b) : b; };
    const auto earlier = [](std::optional<int> a, int b) { return a ? std::min(*a, b) : b; };
    for (const ScenarioEvent &event : events) {
        span.firstEvent = earlier(span.firstEvent, event.month.toIndex());
        span.last = later(span.last, event.month.toIndex());
    }
    for (const Observation &observation : observations) {
        span.firstReport = earlier(span.firstReport, observation.month.toIndex());
        span.last = later(span.last, observation.month.toIndex());
    }
    return span;
}

int startIndex(const Parameters &parameters)
{
    return static_cast<int>(std::lround(parameters[ParameterId::Start]));
}

} // namespace

std::optional<std::pair<double, double>> rangeKeepingEntries(ParameterId id, const ScenarioEvents &events,
                                                             const Observations &observations,
                                                             const Parameters &parameters)
{
    const EntrySpan span = spanOf(events, observations);
    if (!span.last)
        return std::nullopt;
    const ParameterDescriptor &d = descriptor(id);
    double lowest = d.minimum;
    double highest = d.maximum;
    const int start = startIndex(parameters);
    if (id == ParameterId::HorizonYears) {
        // The horizon only moves the last month: it must reach the latest entry, and no horizon
        // brings back one before the start.
        if ((span.firstEvent && *span.firstEvent <= start) || (span.firstReport && *span.firstReport < start))
            return std::nullopt;
        lowest = std::max(lowest, std::ceil((*span.last - start) / 12.0));
    } else if (id == ParameterId::Start) {
        // Early enough that every event falls after it and every report in it or after; late
        // enough that the horizon still reaches the latest entry.
        if (span.firstEvent)
            highest = std::min<double>(highest, *span.firstEvent - 1);
        if (span.firstReport)
            highest = std::min<double>(highest, *span.firstReport);
        lowest = std::max<double>(lowest, *span.last - parameters.horizonMonths());
    } else {
        return std::nullopt;
    }
    if (lowest > highest)
        return std::nullopt;
    return std::pair{lowest, highest};
}

std::optional<ModelMessage> strandingProblem(const ScenarioEvents &events, const Observations &observations,
                                            const Parameters &before, const Parameters &after)
{
    const bool startMoves = before[ParameterId::Start] != after[ParameterId::Start];
    const bool horizonMoves = before[ParameterId::HorizonYears] != after[ParameterId::HorizonYears];
    if (!startMoves && !horizonMoves)
        return std::nullopt;
    const auto problem = entriesProblem(events, observations, after);
    if (!problem)
        return std::nullopt;
    // Named as the parameter table names a value out of range (checkValue), with the range the
    // entries leave: the start when it moved, else the horizon, the other as it would be.
    const ParameterId id = startMoves ? ParameterId::Start : ParameterId::HorizonYears;
    using namespace messagearg;
    if (const auto range = rangeKeepingEntries(id, events, observations, after))
        return ModelMessage(MessageId::StrandsEntryWithRange,
                            {Parameter{id}, Value{id, after[id]}, nested(*problem), Value{id, range->first},
                             Value{id, range->second}});
    return ModelMessage(MessageId::StrandsEntry, {Parameter{id}, Value{id, after[id]}, nested(*problem)});
}

} // namespace pledgecheck::eventrules
