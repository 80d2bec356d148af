#pragma once

#include "distribution.h"
#include "parameterdescriptor.h"

#include <QString>

#include <string_view>

namespace pledgecheck {

/// Words from the model's tables (labels, units, sources: UTF-8) as the window writes them.
QString modelText(std::string_view text);

/// The parameter's name as the window shows it: "Yearly seller growth".
QString labelText(const ParameterDescriptor &d);

/// How the window writes values: in the user's locale, with thousands separators, rates as
/// percent ("36 %"), months as "2017-01", choices by name.
QString valueText(const ParameterDescriptor &d, double value);

/// "10.4 to 17.1 % per year": both ends to three significant digits, the unit once.
QString rangeOfValuesText(const ParameterDescriptor &d, double low, double high);

/// A distribution in the window's terms: "triangular, 30 to 40 % per year, most likely 36 %
/// per year"; "fixed" for none.
QString distributionText(const ParameterDescriptor &d, const Distribution &distribution);

/// The unit as a spin-box suffix: " %", " % per year", " sellers", or empty.
QString unitSuffix(const ParameterDescriptor &d);

/// The valid range in the window's terms: "-50 to 1,000 % per year".
QString rangeText(const ParameterDescriptor &d);

/// @p value with up to @p maxDecimals decimals in the locale's way, trailing zeros dropped.
QString numberText(double value, int maxDecimals);

/// A count for display: "1,000,000"; fractions below 10 keep up to two decimals ("2.5").
QString countText(double value);

} // namespace pledgecheck
