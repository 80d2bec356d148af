#pragma once

#include "parameterdescriptor.h"
#include "yearmonth.h"

#include <optional>
#include <string>
#include <vector>

namespace pledgecheck {

/// An input that changes on a date (docs/model.md, "Events"): from @p month on, @p parameter
/// takes @p value. Only real-valued parameters and the growth curve may change; the start, the
/// horizon and the pledge may not.
struct ScenarioEvent {
    YearMonth month;
    ParameterId parameter = ParameterId::AnnualGrowthRate;
    double value = 0.0;
    std::string note; ///< what happened, with its source

    friend bool operator==(const ScenarioEvent &, const ScenarioEvent &) = default;
};

/// What a report measured and the projection is held against.
enum class ObservedMetric : int {
    Sellers = 0, ///< S(t), US sellers on the platforms
    Jobs = 1,    ///< J(t), on the scenario's job_count_basis
};

/// A reported figure (docs/model.md, "Observations"): @p value of @p metric in @p month, with an
/// optional range [@p low, @p high] for a figure reported as one ("thousands").
struct Observation {
    YearMonth month;
    ObservedMetric metric = ObservedMetric::Sellers;
    double value = 0.0;
    std::optional<double> low;
    std::optional<double> high;
    std::string source; ///< who reported it, where, and what it counts

    friend bool operator==(const Observation &, const Observation &) = default;
};

using ScenarioEvents = std::vector<ScenarioEvent>;
using Observations = std::vector<Observation>;

} // namespace pledgecheck
