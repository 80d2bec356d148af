#pragma once

#include "parameters.h"
#include "uncertainty.h"

#include "parametertable.h"
#include "scenarioevents.h"

#include <string>

namespace pledgecheck {

/// What a scenario file holds: a name, the analyst's note (sources, reasoning), the values, and
/// how uncertain they are, the inputs that change on a date and the figures reported since.
struct Scenario {
    std::string name;
    std::string note;
    Parameters parameters;
    Uncertainty uncertainty;
    ScenarioEvents events;      ///< in the order the analyst entered them
    Observations observations;  ///< in the order the analyst entered them

    /// Sets a parameter and moves its distribution with it, keeping the value its centre.
    void setParameter(ParameterId id, double value);

    friend bool operator==(const Scenario &, const Scenario &) = default;
};

inline void Scenario::setParameter(ParameterId id, double value)
{
    parameters.set(id, value);
    const ParameterDescriptor &d = descriptor(id);
    uncertainty.set(id, uncertainty[id].centredOn(value, d.minimum, d.maximum));
}

} // namespace pledgecheck
