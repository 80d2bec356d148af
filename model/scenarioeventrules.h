#pragma once

#include "modelmessage.h"
#include "parameters.h"
#include "scenarioevents.h"

#include <optional>
#include <string>

/// What makes an event or an observation valid for a scenario (docs/scenario-format.md,
/// "Events" and "Observations"). The file reader, the command line and the window's editors all
/// ask these, so that a refusal reads the same wherever the value was typed.
namespace pledgecheck::eventrules {

/// The first month an event may fall in: the month after the start (an event in the start month
/// is the parameter's own value).
YearMonth firstEventMonth(const Parameters &parameters);
/// The last month an event or an observation may fall in: the horizon, start + 12·H.
YearMonth lastMonth(const Parameters &parameters);

/// Empty when @p event may apply to a scenario of @p parameters; otherwise one line naming the
/// problem and what is valid: a parameter that may not change on a date, a month outside
/// firstEventMonth() to lastMonth(), a value outside the parameter's valid range.
std::optional<ModelMessage> eventProblem(const ScenarioEvent &event, const Parameters &parameters);

/// Empty when no two of @p events change the same parameter in the same month (which of the two
/// would hold is not said); otherwise one line naming them.
std::optional<ModelMessage> eventsProblem(const ScenarioEvents &events, const Parameters &parameters);

/// Empty when @p observation is a usable report for a scenario of @p parameters; otherwise one
/// line: a month outside the start to lastMonth(), a value that is not a positive finite count
/// (the fit compares logarithms), a low above the value or a high below it.
std::optional<ModelMessage> observationProblem(const Observation &observation, const Parameters &parameters);

/// Empty when every one of @p events and @p observations fits a scenario of @p parameters
/// (eventsProblem(), then observationProblem() of each); otherwise the first problem. What a
/// change of the start or the horizon must keep, and a file must hold to be read back.
std::optional<ModelMessage> entriesProblem(const ScenarioEvents &events,
                                          const Observations &observations,
                                          const Parameters &parameters);

/// The ids of the parameters an event may change, in the table's order, joined by ", ": what a
/// message naming a parameter that is not one of them lists as valid.
std::string changeableParameterKeys();

/// The metric's name in files and on the command line: "sellers" or "jobs".
std::string_view metricKey(ObservedMetric metric);
/// The metric named @p key, or none.
std::optional<ObservedMetric> findMetric(std::string_view key);

} // namespace pledgecheck::eventrules
