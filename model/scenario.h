#pragma once

#include "parameters.h"

#include <string>

namespace pledgecheck {

/// What a scenario file holds: a name, the analyst's note (sources, reasoning) and the values.
struct Scenario {
    std::string name;
    std::string note;
    Parameters parameters;

    friend bool operator==(const Scenario &, const Scenario &) = default;
};

} // namespace pledgecheck
