#pragma once

#include "distribution.h"
#include "parameterdescriptor.h"

#include <QString>

#include <limits>

#include <string_view>

namespace pledgecheck {

/// Words from the model's tables (UTF-8) as they are: keys and ids, never shown translated.
QString modelText(std::string_view text);

/// Words from the model's tables in the window's language. The tables mark them for the
/// catalogue with QT_TRANSLATE_NOOP under @p context, one per table: "Parameter" (labels, units,
/// sources: model/parametertable.cpp), "Choice" (choice names, same file), "Distribution"
/// (model/distributionkinds.cpp), "PlausibilityCheck" (model/plausibility.cpp).
QString translatedModelText(const char *context, std::string_view text);

/// The parameter's name as the window shows it: "Yearly seller growth".
QString labelText(const ParameterDescriptor &d);

/// Where the parameter's default comes from, in the window's language.
QString sourceText(const ParameterDescriptor &d);

/// The name of a Choice parameter's value @p index in the window's language ("logistic").
QString choiceText(const ParameterDescriptor &d, int index);

/// How the window writes a month: a QDate format, "yyyy-MM" in English, translated per language.
QString monthFormat();

/// The month @p monthIndex (year*12 + month-1) as the window writes it: "2017-01", German
/// "01.2017".
QString monthText(int monthIndex);

/// How the window writes values: in the user's locale, with thousands separators, rates as
/// percent ("36 %"), months as "2017-01", choices by name.
QString valueText(const ParameterDescriptor &d, double value);

/// "10.4 to 17.1 % per year": both ends to three significant digits, the unit once.
QString rangeOfValuesText(const ParameterDescriptor &d, double low, double high);

/// A distribution in the window's terms: "triangular, 30 to 40 % per year, most likely 36 %
/// per year"; "fixed" for none.
QString distributionText(const ParameterDescriptor &d, const Distribution &distribution);

/// The unit as a spin-box suffix: " %", " % per year", " sellers", or empty; " seller" after a
/// @p shown value (in the window's units) of exactly 1.
QString unitSuffix(const ParameterDescriptor &d, double shown = std::numeric_limits<double>::quiet_NaN());

/// @p number, as shown, with the unit: "1 worker" after a shown 1, "2.5 workers" after others.
QString numberWithUnit(const ParameterDescriptor &d, const QString &number);

/// valueText() without its unit: "1,000,000", "36", "2017-01".
QString valueNumberText(const ParameterDescriptor &d, double value);

/// The valid range in the window's terms: "-50 to 1,000 % per year".
QString rangeText(const ParameterDescriptor &d);

/// @p value with up to @p maxDecimals decimals in the locale's way, trailing zeros dropped.
QString numberText(double value, int maxDecimals);

/// A count for display: "1,000,000"; fractions below 10 keep up to two decimals ("2.5").
QString countText(double value);

} // namespace pledgecheck
