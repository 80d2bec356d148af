#include "figuretext.h"

#include "valuetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QObject>

#include <algorithm>
#include <cmath>

namespace pledgecheck {
namespace {

// The decimals that keep three significant figures of @p value: 2 for 4.7779, -1 for 4777.9
// (round to tens). Zero and non-finite values take none.
int significantDecimals(double value)
{
    if (value == 0 || !std::isfinite(value))
        return 0;
    return 2 - static_cast<int>(std::floor(std::log10(std::abs(value))));
}

double roundedToDecimals(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// @p value to three significant figures: 4777.9 -> "4,780", 0.0047779 -> "0.00478".
QString threeSignificant(double value)
{
    int decimals = significantDecimals(value);
    double rounded = roundedToDecimals(value, decimals);
    // 999.6 rounds up to 1,000: a digit more before the point, one decimal fewer.
    if (significantDecimals(rounded) != decimals) {
        decimals = significantDecimals(rounded);
        rounded = roundedToDecimals(value, decimals);
    }
    // -0.0001 rounds to -0: written 0.
    return numberText(rounded == 0 ? 0.0 : rounded, std::max(0, decimals));
}

} // namespace

QString roundedCountText(double value)
{
    // Tested after rounding, so that 999,999 reads "1 million" and not "1,000,000".
    const double rounded = roundedToDecimals(value, significantDecimals(value));
    if (std::abs(rounded) >= 1e9)
        return QCoreApplication::translate("FigureText", "%1 billion")
            .arg(threeSignificant(value / 1e9));
    if (std::abs(rounded) >= 1e6)
        return QCoreApplication::translate("FigureText", "%1 million")
            .arg(threeSignificant(value / 1e6));
    return threeSignificant(value);
}

QString roundedPercentText(double share)
{
    return QCoreApplication::translate("FigureText", "%1 %").arg(threeSignificant(100.0 * share));
}

QString roundedValueText(const ParameterDescriptor &d, double value)
{
    if (d.kind == ParameterKind::Month || d.kind == ParameterKind::Choice)
        return valueText(d, value);
    const QString number = d.percent ? threeSignificant(100.0 * value) : roundedCountText(value);
    return numberWithUnit(d, number);
}

QString exactCountText(double value)
{
    return numberText(roundedToDecimals(value, 2), 2);
}

} // namespace pledgecheck
