#include "valuetext.h"

#include "distributionkinds.h"
#include "parametertable.h"

#include <QLocale>
#include <QObject>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

namespace pledgecheck {
QString numberText(double value, int maxDecimals)
{
    QString text = QLocale().toString(value, 'f', maxDecimals);
    const QString point = QLocale().decimalPoint();
    if (maxDecimals > 0 && text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString countText(double value)
{
    return numberText(value, std::abs(value) < 10 ? 2 : 0);
}

QString unitSuffix(const ParameterDescriptor &d)
{
    const QString unit = QString::fromUtf8(d.unit.data(), static_cast<qsizetype>(d.unit.size()));
    if (d.percent)
        return unit.isEmpty() ? QStringLiteral(" %") : QStringLiteral(" % ") + unit;
    return unit.isEmpty() ? QString() : QLatin1Char(' ') + unit;
}

QString valueText(const ParameterDescriptor &d, double value)
{
    switch (d.kind) {
    case ParameterKind::Month:
    case ParameterKind::Choice:
        return QString::fromStdString(formatValue(d, value));
    case ParameterKind::Integer:
        return numberText(value, 0) + unitSuffix(d);
    case ParameterKind::Real:
        break;
    }
    const double shown = d.percent ? value * 100.0 : value;
    // Enough digits to tell values apart, not so many that a million reads 1,000,000.0000.
    const int decimals = std::abs(shown) >= 1000 ? 0 : std::abs(shown) >= 10 ? 2 : 4;
    return numberText(shown, decimals) + unitSuffix(d);
}

QString modelText(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString labelText(const ParameterDescriptor &d)
{
    return modelText(d.label);
}

QString rangeOfValuesText(const ParameterDescriptor &d, double low, double high)
{
    const double factor = d.percent ? 100.0 : 1.0;
    const auto rounded = [factor](double value) {
        const double shown = value * factor;
        if (shown == 0 || !std::isfinite(shown))
            return numberText(shown, 0);
        // Three significant digits: a chart label, not an exact value.
        const int decimals = std::max(0, 2 - static_cast<int>(std::floor(std::log10(std::abs(shown)))));
        return numberText(shown, decimals);
    };
    return QObject::tr("%1 to %2%3").arg(rounded(low), rounded(high), unitSuffix(d));
}

QString distributionText(const ParameterDescriptor &d, const Distribution &distribution)
{
    // The kind's name, then its numbers: a low and a high end as one range, the others each
    // after its name ("triangular, 30 to 40 %, most likely 36 %"; "normal, mean 35 %, sd 5 %").
    const DistributionKindInfo &kind = kindInfo(distribution.kind);
    const std::array<double, 3> values{distribution.a, distribution.b, distribution.c};
    const auto numbers = kind.numbers();
    const auto indexOf = [&numbers](std::string_view key) {
        for (std::size_t i = 0; i < numbers.size(); ++i) {
            if (numbers[i].key == key)
                return i;
        }
        return numbers.size();
    };
    const std::size_t low = indexOf("low"), high = indexOf("high");
    const bool range = low < numbers.size() && high < numbers.size();
    QStringList parts{modelText(kind.name)};
    if (range)
        parts << rangeOfValuesText(d, values[low], values[high]);
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        if (range && (i == low || i == high))
            continue;
        // The sd is a width, not a value: in the same units, with no range of its own.
        parts << QStringLiteral("%1 %2").arg(modelText(numbers[i].phrase), valueText(d, values[i]));
    }
    return parts.join(QStringLiteral(", "));
}

QString rangeText(const ParameterDescriptor &d)
{
    if (d.kind == ParameterKind::Choice)
        return QString::fromStdString(describeRange(d));
    // The unit once, at the end: "0 to 100 workers".
    const QString low = valueText(d, d.minimum);
    const QString suffix = unitSuffix(d);
    return QObject::tr("%1 to %2")
        .arg(low.endsWith(suffix) ? low.chopped(suffix.size()) : low, valueText(d, d.maximum));
}

} // namespace pledgecheck
