#pragma once

#include "keyfigures.h"
#include "parameters.h"
#include "projection.h"

namespace pledgecheck {

/// Everything computed from one set of parameters: what the charts, key figures and tables show.
struct ScenarioResults {
    Parameters parameters;
    Projection projection;
    KeyFigures figures;

    /// Recomputes for valid @p newParameters, reusing the projection's memory.
    void recompute(const Parameters &newParameters);
    static ScenarioResults of(const Parameters &parameters);
};

} // namespace pledgecheck
