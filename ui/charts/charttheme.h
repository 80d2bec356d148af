#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QPalette;
QT_END_NAMESPACE

namespace pledgecheck {

/// The least WCAG 2 contrast ratios a chart keeps against its background: text (labels, titles,
/// legend) as WCAG's AA for body text, lines and marks as its 1.4.11 for graphical objects.
inline constexpr double kTextContrast = 4.5;
inline constexpr double kLineContrast = 3.0;

/// The WCAG 2 contrast ratio of two opaque colours: 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

/// The two themes an export can be drawn in: light (on white, the default) or dark.
enum class ChartThemeName { Light, Dark };
/// "light" or "dark", as --theme and the settings write it.
QString chartThemeKey(ChartThemeName name);
/// The theme called @p key, or none.
std::optional<ChartThemeName> chartThemeNamed(const QString &key);
/// "light", "dark".
QStringList chartThemeKeys();

/// Every colour a chart draws with, worked out once from a palette (when it changes, not while a
/// slider moves) and read by every chart. Everything is opaque: translucent drawing takes a slower
/// path that costs milliseconds a repaint, so the bands are mixed over the background here.
/// The series keep their Okabe-Ito hues; on a dark background a hue too dark to reach
/// kLineContrast is mixed towards the palette's text colour until it does (a black line becomes
/// the text colour itself).
struct ChartTheme {
    bool darkBackground = false; ///< light text on a dark background
    QColor background;   ///< the plot's and the picture's: the palette's Base
    QColor text;         ///< titles, axes' labels, legend, messages
    QColor grid;
    QColor axisLine;

    QColor jobs;       ///< blue: the projection, sellers, a tornado bar's 90th percentile
    QColor orange;     ///< a tornado bar's 10th percentile
    QColor pledge;     ///< vermillion
    QColor exportLens; ///< reddish purple: the export lens
    QColor service;    ///< bluish green
    QColor median;     ///< the draws' median: the palette's text colour (black on white)
    QColor baseline;   ///< the grey ghost of the scenario as opened or saved
    QColor displaced;  ///< a grey band
    QColor preset;     ///< the frontier's preset dots
    QColor event;      ///< an event's vertical line: a grey, an aside to the series it crosses
    QColor reported;   ///< a reported figure's marker and range: orange, free on the time charts

    QColor bandOuter; ///< 10-90 % of draws: the jobs blue, faint
    QColor bandInner; ///< 25-75 %: less faint

    /// Texts beside a series, in its hue but at kTextContrast.
    QColor jobsLabel;
    QColor exportLabel;
    QColor presetLabel;
    QColor eventLabel;

    /// The theme of a palette: its Base behind the plot, its Text for the text.
    static ChartTheme fromPalette(const QPalette &palette);
    /// On white, black text: the exports' theme unless asked otherwise, whatever the window's.
    static ChartTheme light();
    /// On the dark grey of darkPalette().
    static ChartTheme dark();
    static ChartTheme named(ChartThemeName name);
    /// A dark palette for the whole window (Fusion's roles), for exports asked dark and tests.
    static QPalette darkPalette();

    /// @p color as if drawn at @p opacity over the background, but opaque.
    QColor over(const QColor &color, double opacity) const;
    /// @p color, or mixed towards the text colour as little as gives @p ratio on the background.
    QColor readable(const QColor &color, double ratio) const;

    bool operator==(const ChartTheme &other) const = default;
};

} // namespace pledgecheck
