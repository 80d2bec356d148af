#pragma once

#include "fit.h"
#include "observationreport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pledgecheck {

/// The --summary's "observations": one object per report, {"month" ("YYYY-MM"), "metric"
/// ("sellers" or "jobs"), "reported", "low" and "high" (only when reported), "within_range"
/// (only with a range: whether it holds the projection), "projected", "ratio" (projected /
/// reported), "pledge_path" (the metric on the pledge's own path, null when unknown), "source"}.
QJsonArray observationsToJson(const ObservationReport &report);

/// The --summary's "fit": {"parameters": {ID: value, ...} (every parameter asked for, fitted
/// or left), "rms_log_error", "observations_used", "converged", "warnings": [one line each]}.
QJsonObject fitToJson(const FitResult &fit, const std::vector<ParameterId> &asked);

} // namespace pledgecheck
