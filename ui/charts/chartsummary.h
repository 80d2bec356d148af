#pragma once

#include "chartkind.h"
#include "chartrenderer.h"

#include <QString>

#include <cstddef>

namespace pledgecheck {

/// What chart @p kind's view number @p view (0, or 1 for the Uncertainty tab's odds by year)
/// shows of @p inputs, in one sentence a screen reader reads as the chart's description: the
/// figures a sighted reader takes from it at a glance (where the line ends against the pledge,
/// the spread of the draws, the largest swing). A picture alone says nothing to a screen reader.
QString chartSummary(ChartKind kind, std::size_t view, const ChartInputs &inputs);

} // namespace pledgecheck
