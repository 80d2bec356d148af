#pragma once

#include "parameters.h"
#include "projection.h"
#include "scenario.h"
#include "scenarioevents.h"

#include <QString>

#include <optional>
#include <vector>

namespace pledgecheck {

/// How far a projection stands from one reported figure (docs/model.md, "Observations").
struct ObservationComparison {
    Observation observation;
    double projected = 0; ///< the metric in the report's month: S(t), or J(t) on the scenario's basis
    double ratio = 0;     ///< projected / reported value: 5.2 = the projection is 5.2 times the report
    /// Whether the report's range holds the projection (low <= projected <= high, either end may be
    /// missing); none for a figure reported as one number.
    std::optional<bool> withinRange;
    /// The metric in the same month on the pledge's own path, when one was given.
    std::optional<double> pledgePath;
};

using ObservationReport = std::vector<ObservationComparison>;

/// The month of @p month counted from the start of @p parameters (0 = the start month).
int monthsFromStart(const Parameters &parameters, YearMonth month);

/// The value of @p metric in month @p t (0 = the start) of @p projection: S(t), or J(t) on the
/// basis the projection was made on.
double metricAt(const Projection &projection, ObservedMetric metric, int t);

/// Each of @p observations held against @p projection, the projection of a scenario with
/// @p parameters (events and all: the caller projects), and against @p pledgePath, the pledge's
/// own path on the same start (pledgePathParameters()), when not null. An observation that
/// eventrules::observationProblem() refuses for @p parameters is left out.
ObservationReport compareObservations(const Observations &observations, const Parameters &parameters,
                                      const Projection &projection, const Projection *pledgePath);

/// The pledge's own path for a scenario of @p scenario: @p pledge (the pledge-as-stated preset's
/// inputs) with the scenario's start and horizon, so that it spans the same months.
Parameters pledgePathParameters(const Parameters &pledge, const Parameters &scenario);

/// Each of @p scenario's observations held against @p projection (the scenario's own, events
/// and all) and against the pledge's own path on the same start (left out if the preset cannot
/// be read).
ObservationReport reportObservations(const Scenario &scenario, const Projection &projection);

/// The inputs of the pledge-as-stated preset (resources/presets), read once; none, with @p error
/// set, when the preset cannot be read.
std::optional<Parameters> pledgeAsStated(QString *error);

} // namespace pledgecheck
