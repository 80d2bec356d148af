#pragma once

#include "parameterdescriptor.h"

#include <QString>

namespace pledgecheck {

/// How the key figures write their numbers: every rate and count to three significant figures,
/// so that one figure does not read 0.8333 and the next 253.74; the exact value goes in a tooltip.

/// A count to three significant figures: "4,780", "758", "2.54", "-1,230"; from a million on in
/// words, "2.61 million", "1 million", "1.23 billion". Trailing zeros are dropped.
QString roundedCountText(double value);

/// A share (1 = 100 %) as a percentage to three significant figures: "0.478 %", "261 %", "0 %".
QString roundedPercentText(double share);

/// A parameter's value to three significant figures with its unit: "254 % per year",
/// "758 workers", "1.47 million sellers"; months and choices as valueText() writes them.
QString roundedValueText(const ParameterDescriptor &d, double value);

/// A count as exactly as a tooltip gives it: whole numbers with separators, up to two decimals
/// ("4,777.94", "1,000,000").
QString exactCountText(double value);

} // namespace pledgecheck
