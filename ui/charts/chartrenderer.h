#pragma once

#include "chartkind.h"
#include "chartpicture.h"
#include "comparison.h"
#include "jobsaxis.h"
#include "scenarioevents.h"
#include "scenarioresults.h"
#include "uncertaintyresults.h"

#include <QSize>
#include <QString>

#include <memory>

namespace pledgecheck {

/// What the charts draw: the same in the window and in a picture.
struct ChartInputs {
    QString scenarioName;
    ScenarioResults current;
    /// The scenario as last opened or saved: drawn as a ghost, and named in the legend, only
    /// where its values differ from the current ones.
    ScenarioResults baseline;
    /// How many reported figures the scenario as last opened or saved holds: the Compare tab's
    /// "as saved" column counts them (the baseline's results carry its events, not its reports).
    std::size_t baselineObservations = 0;
    std::shared_ptr<const UncertaintyResults> uncertainty; ///< null when every input is fixed
    JobsAxis jobsAxis = JobsAxis::Auto;
    ScenarioEvents events;      ///< drawn as labelled vertical lines on the charts over time
    Observations observations;  ///< drawn as markers with their ranges on the sellers and jobs charts
    /// The scenarios the Compare chart draws beside the current one; null or empty for none.
    std::shared_ptr<const ComparedScenarios> compared;
};

/// Draws @p inputs on @p charts (a tab's set, from its registry entry).
void showCharts(const ChartSet &charts, const ChartInputs &inputs);

/// The sides a rendered chart may have, in pixels: from an icon to beyond 8K.
inline constexpr int kSmallestChartSide = 16;
inline constexpr int kLargestChartSide = 8192;

/// Renders chart @p kind (a tab's charts side by side) of @p inputs at @p size pixels, with no
/// window, as a ChartPicture with @p options, and writes it to @p path: PNG, or SVG when the path
/// ends in ".svg". False with @p error set when the file could not be written, or when the
/// picture would not hold what it says (a sentence that does not fit at that size): no file is
/// written then.
bool renderChart(ChartKind kind, const ChartInputs &inputs, const QString &path, QSize size,
                 QString *error, const ExportOptions &options = {});

} // namespace pledgecheck
