#pragma once

#include "parameters.h"
#include "scenarioevents.h"

#include <Eigen/Core>

#include <array>
#include <vector>

namespace pledgecheck {

/// A stretch of months over which every input is constant (docs/model.md, "Events"): the values
/// as set from month 0, then the values in force from each month that holds an event.
struct EventSpan {
    int firstMonth = 0;    ///< t of the span's first month, 0 for the first span
    Parameters parameters; ///< the values in force over the span
    /// The growth curve differs from the span before's: the new curve restarts from S(m), and a
    /// straight line takes S(m) as its base.
    bool curveChanged = false;
    /// Per parameter: its value comes from an event (at or before firstMonth), so every Monte
    /// Carlo draw takes that value rather than its own.
    std::array<bool, kParameterCount> setByEvent{};

    bool isSetByEvent(ParameterId id) const { return setByEvent[static_cast<std::size_t>(id)]; }
};

/// The month t (counted from the start, 0) that @p event falls in, for a scenario of @p parameters.
int eventMonth(const ScenarioEvent &event, const Parameters &parameters);

/// The spans of valid @p parameters under @p events, first month first: one span, the values as
/// set, without events. Events apply in date order whatever order they were entered in; several
/// in one month apply together. @p events should pass eventrules::eventsProblem(); an event
/// outside months 1 to 12·H is passed over, as it could change nothing the projection shows.
std::vector<EventSpan> eventSpans(const Parameters &parameters, const ScenarioEvents &events);

/// The first month after span @p index of @p spans: the next span's first, or @p months (one past
/// the horizon) for the last.
int spanEnd(const std::vector<EventSpan> &spans, std::size_t index, int months);

/// Fills @p out with parameter @p id's value in force in each of @p months months (t = 0 ...).
void valuesOverMonths(const std::vector<EventSpan> &spans, ParameterId id, Eigen::Index months,
                      Eigen::ArrayXd &out);

} // namespace pledgecheck
