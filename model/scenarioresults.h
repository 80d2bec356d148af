#pragma once

#include "keyfigures.h"
#include "parameters.h"
#include "projection.h"
#include "scenarioevents.h"

namespace pledgecheck {

/// Everything computed from one set of parameters: what the charts, key figures and tables show.
struct ScenarioResults {
    Parameters parameters;
    ScenarioEvents events; ///< the inputs that change on a date (docs/model.md, "Events")
    Projection projection;
    KeyFigures figures;

    /// Recomputes for valid @p newParameters, reusing the projection's memory.
    void recompute(const Parameters &newParameters);
    static ScenarioResults of(const Parameters &parameters);
    /// The same under @p newEvents (valid by eventrules::eventsProblem()).
    void recompute(const Parameters &newParameters, const ScenarioEvents &newEvents);
    static ScenarioResults of(const Parameters &parameters, const ScenarioEvents &events);
};

} // namespace pledgecheck
