#pragma once

#include "modelmessage.h"
#include "parameterdescriptor.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace pledgecheck {

/// The table of all parameters, in ParameterId order.
const std::array<ParameterDescriptor, kParameterCount> &parameterTable();

/// The descriptor of one parameter.
const ParameterDescriptor &descriptor(ParameterId id);

/// The parameter whose key is @p key ("annual_growth_rate"), or none.
std::optional<ParameterId> findParameter(std::string_view key);

/// The value of a Choice parameter named @p name, or none.
std::optional<double> choiceValue(const ParameterDescriptor &d, std::string_view name);

/// A value as the analyst writes it: months as "YYYY-MM", choices by name, numbers shortest
/// round-trip ("0.36", "1000000").
std::string formatValue(const ParameterDescriptor &d, double value);

/// Reads a value written as formatValue() writes it; for Real and Integer kinds any decimal or
/// exponent form ("1e6"). None when the text is not of the parameter's form (range not checked).
std::optional<double> parseValue(const ParameterDescriptor &d, std::string_view text);

/// The valid range as the analyst reads it: "-0.5 to 10", "1990-01 to 2100-12",
/// "exponential, logistic or linear".
std::string describeRange(const ParameterDescriptor &d);

/// Empty when @p value is a valid value of the parameter; otherwise a one-line message naming the
/// parameter, the value and the valid range.
std::optional<ModelMessage> checkValue(const ParameterDescriptor &d, double value);

} // namespace pledgecheck
