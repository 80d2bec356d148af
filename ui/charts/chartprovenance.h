#pragma once

#include "chartkind.h"

#include <QString>

namespace pledgecheck {

struct ChartInputs;

/// What an exported picture says of itself, so that a file passed on still tells where its
/// numbers come from: a PNG's text chunks of the same names, an SVG's <title> and <desc>.
struct ChartProvenance {
    QString title;       ///< "Central estimate: Jobs against the pledge"
    QString software;    ///< "PledgeCheck 0.1.0"
    /// The scenario's name, every parameter as id=value (as --set takes it) and, when some input
    /// is uncertain, the draws' number and seed: enough to draw the chart again.
    QString description;
    /// Each parameter's source: its default's short source, or that the scenario set it.
    QString source;

    static ChartProvenance of(ChartKind kind, const ChartInputs &inputs);

    /// The SVG's <desc>, which has no separate fields: the software, the description and the
    /// source, a line each, each under its name.
    QString svgDescription() const;
};

/// The source line under an exported chart: the scenario's name, PledgeCheck and its version,
/// and the short sources of the defaults in play (those of parameters left at their default),
/// with how many values the scenario set itself. A source's words are joined by no-break spaces.
QString footerText(const ChartInputs &inputs);

} // namespace pledgecheck
