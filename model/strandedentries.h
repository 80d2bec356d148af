#pragma once

#include "parameters.h"
#include "scenarioevents.h"

#include "modelmessage.h"

#include <optional>
#include <utility>

/// What a change of the start month or the horizon must keep: every event and reported figure
/// inside the scenario (docs/scenario-format.md, "Events"). The window refuses a change that
/// would leave one outside, rather than keep a scenario that no file could hold.
namespace pledgecheck::eventrules {

/// The values of @p id (ParameterId::Start or ParameterId::HorizonYears) that keep every one of
/// @p events and @p observations inside a scenario of @p parameters, the other parameters as they
/// are: {lowest, highest}, within the parameter's valid range. None when there are no entries
/// (any value keeps them), or when no value does.
std::optional<std::pair<double, double>> rangeKeepingEntries(ParameterId id, const ScenarioEvents &events,
                                                             const Observations &observations,
                                                             const Parameters &parameters);

/// Empty when going from @p before to @p after keeps @p events and @p observations inside the
/// scenario, or changes neither the start nor the horizon; otherwise one line naming the value,
/// the first entry it would leave outside (eventrules::entriesProblem) and the range of that
/// parameter which keeps them all.
std::optional<ModelMessage> strandingProblem(const ScenarioEvents &events, const Observations &observations,
                                            const Parameters &before, const Parameters &after);

} // namespace pledgecheck::eventrules
