#include "valuetext.h"

#include "distributionkinds.h"
#include "parametertable.h"
#include "yearmonth.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

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

QString unitSuffix(const ParameterDescriptor &d, double shown)
{
    // "1 worker", "1.5 workers", "0 workers": the singular only after exactly one.
    const QString unit = translatedModelText("Parameter", shown == 1 && !d.unitOne.empty() ? d.unitOne : d.unit);
    if (d.percent)
        return unit.isEmpty() ? QStringLiteral(" %") : QStringLiteral(" % ") + unit;
    return unit.isEmpty() ? QString() : QLatin1Char(' ') + unit;
}

QString valueNumberText(const ParameterDescriptor &d, double value)
{
    switch (d.kind) {
    case ParameterKind::Month:
        return monthText(static_cast<int>(std::lround(value)));
    case ParameterKind::Choice:
        return choiceText(d, static_cast<int>(std::lround(value)));
    case ParameterKind::Integer:
        return numberText(value, 0);
    case ParameterKind::Real:
        break;
    }
    const double shown = d.percent ? value * 100.0 : value;
    // Enough digits to tell values apart, not so many that a million reads 1,000,000.0000.
    const int decimals = std::abs(shown) >= 1000 ? 0 : std::abs(shown) >= 10 ? 2 : 4;
    return numberText(shown, decimals);
}

QString valueText(const ParameterDescriptor &d, double value)
{
    const QString number = valueNumberText(d, value);
    if (d.kind == ParameterKind::Month || d.kind == ParameterKind::Choice)
        return number;
    return numberWithUnit(d, number);
}

QString numberWithUnit(const ParameterDescriptor &d, const QString &number)
{
    return number + unitSuffix(d, number == QLocale().toString(1) ? 1.0 : 0.0);
}

QString modelText(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString translatedModelText(const char *context, std::string_view text)
{
    if (text.empty())
        return QString(); // the empty source text is not a catalogue entry
    // The tables' string_views are literals, but a view need not end in a NUL: copy it.
    return QCoreApplication::translate(context, std::string(text).c_str());
}

QString labelText(const ParameterDescriptor &d)
{
    return translatedModelText("Parameter", d.label);
}

QString sourceText(const ParameterDescriptor &d)
{
    return translatedModelText("Parameter", d.source);
}

QString choiceText(const ParameterDescriptor &d, int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= d.choices.size())
        return QString::fromStdString(
            formatValue(d, index)); // as the model writes one out of range
    return translatedModelText("Choice", d.choices[static_cast<std::size_t>(index)]);
}

QString monthFormat()
{
    return QCoreApplication::translate(
        "ValueText", "yyyy-MM",
        "a month as QDate::toString writes it: the language's usual short form");
}

QString monthText(int monthIndex)
{
    const YearMonth month = YearMonth::fromIndex(monthIndex);
    return QLocale().toString(QDate(month.year, month.month, 1), monthFormat());
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
    return QCoreApplication::translate("ValueText", "%1 to %2%3")
        .arg(rounded(low), rounded(high), unitSuffix(d));
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
    QStringList parts {translatedModelText("Distribution", kind.name)};
    if (range)
        parts << rangeOfValuesText(d, values[low], values[high]);
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        if (range && (i == low || i == high))
            continue;
        // The sd is a width, not a value: in the same units, with no range of its own.
        parts << QStringLiteral("%1 %2").arg(translatedModelText("Distribution", numbers[i].phrase),
                                             valueText(d, values[i]));
    }
    return parts.join(QStringLiteral(", "));
}

QString rangeText(const ParameterDescriptor &d)
{
    if (d.kind == ParameterKind::Choice) {
        // "exponential, logistic or linear", as describeRange() writes it for the command line.
        QStringList names;
        for (int i = 0; i < static_cast<int>(d.choices.size()); ++i)
            names << choiceText(d, i);
        const QString last = names.takeLast();
        return names.isEmpty() ? last
                               : QCoreApplication::translate("ValueText", "%1 or %2")
                                     .arg(names.join(QStringLiteral(", ")), last);
    }
    // The unit once, at the end: "0 to 100 workers".
    return QCoreApplication::translate("ValueText", "%1 to %2")
        .arg(valueNumberText(d, d.minimum), valueText(d, d.maximum));
}

} // namespace pledgecheck
