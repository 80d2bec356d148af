#include "charttheme.h"

#include "chartcolors.h"

#include <QPalette>

#include <array>
#include <cmath>
#include <utility>

namespace pledgecheck {
namespace {

// How strongly the text colour shows through the background for each grey, chosen so that black
// over white gives the greys the charts had before they followed the palette: #404040 text,
// #E4E4E4 grid, #A5A5A5 axis line, #D2D2D2 displaced band, #707070 preset dots.
constexpr double kTextShare = 0.75;
constexpr double kGridShare = 0.105;
constexpr double kAxisLineShare = 0.353;
constexpr double kDisplacedShare = 0.176;
constexpr double kPresetShare = 0.56;
// The ghost's grey, #A8A8A8 on white: faint on purpose (2.4:1), an aside to the lines drawn now.
constexpr double kBaselineShare = 0.341;
constexpr double kBandOuterOpacity = 0.14;
constexpr double kBandInnerOpacity = 0.30;
// On a dark background the same mixes were all but black under Xvfb (the outer band's swatch
// could not be told from the background): the bands take more of the blue there.
constexpr double kDarkBandOuterOpacity = 0.26;
constexpr double kDarkBandInnerOpacity = 0.46;

// WCAG 2's relative luminance of an sRGB colour.
double luminance(const QColor &color)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

QColor mixed(const QColor &color, const QColor &under, double share)
{
    const auto mix = [share](int top, int bottom) {
        return static_cast<int>(std::lround(top * share + bottom * (1 - share)));
    };
    return QColor(mix(color.red(), under.red()), mix(color.green(), under.green()), mix(color.blue(), under.blue()));
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString chartThemeKey(ChartThemeName name)
{
    return name == ChartThemeName::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

std::optional<ChartThemeName> chartThemeNamed(const QString &key)
{
    for (const ChartThemeName name : {ChartThemeName::Light, ChartThemeName::Dark}) {
        if (key == chartThemeKey(name))
            return name;
    }
    return std::nullopt;
}

QStringList chartThemeKeys()
{
    return {chartThemeKey(ChartThemeName::Light), chartThemeKey(ChartThemeName::Dark)};
}

QColor ChartTheme::over(const QColor &color, double opacity) const
{
    return mixed(color, background, opacity);
}

QColor ChartTheme::readable(const QColor &color, double ratio) const
{
    // Worked out once per theme, never while a slider moves: forty steps are plenty.
    constexpr int kSteps = 40;
    for (int step = 0; step <= kSteps; ++step) {
        const QColor candidate = mixed(median, color, static_cast<double>(step) / kSteps);
        if (contrastRatio(candidate, background) >= ratio)
            return candidate;
    }
    return median;
}

ChartTheme ChartTheme::fromPalette(const QPalette &palette)
{
    ChartTheme theme;
    theme.background = palette.color(QPalette::Active, QPalette::Base);
    const QColor ink = palette.color(QPalette::Active, QPalette::Text);
    theme.darkBackground = luminance(ink) > luminance(theme.background);
    // The median, drawn black beside the blue projection, is the palette's own text colour: the
    // colour that most stands out from its background. readable() mixes towards it.
    theme.median = ink;
    theme.text = theme.readable(theme.over(ink, kTextShare), kTextContrast);
    theme.grid = theme.over(ink, kGridShare);
    theme.axisLine = theme.over(ink, kAxisLineShare);

    theme.jobs = theme.readable(chartcolors::kJobs, kLineContrast);
    // A bar's fill, edged darker and named in the legend, not a line: 2.25:1 on white, left as
    // it was (docs/model.md, Light and dark).
    theme.orange = chartcolors::kOrange;
    theme.pledge = theme.readable(chartcolors::kPledge, kLineContrast);
    theme.exportLens = theme.readable(chartcolors::kExport, kLineContrast);
    theme.service = theme.readable(chartcolors::kService, kLineContrast);
    // On a dark background the same share is fainter to the eye (2.8:1 on #232527) and is raised
    // to the line contrast; on white the ghost keeps its grey.
    theme.baseline = theme.readable(theme.over(ink, kBaselineShare), theme.darkBackground ? kLineContrast : 1.0);
    theme.displaced = theme.over(ink, kDisplacedShare);
    theme.preset = theme.readable(theme.over(ink, kPresetShare), kLineContrast);
    // An event's line shares the preset dots' grey: dashed, it reads as a date, not a series.
    theme.event = theme.preset;
    // Reported figures take the orange no series on the sellers and jobs charts uses, darkened
    // (on white) or lightened (on dark) to a line's contrast: 2.25:1 as it is on white.
    theme.reported = theme.readable(chartcolors::kOrange, kLineContrast);

    theme.bandOuter = theme.over(theme.jobs, theme.darkBackground ? kDarkBandOuterOpacity : kBandOuterOpacity);
    theme.bandInner = theme.over(theme.jobs, theme.darkBackground ? kDarkBandInnerOpacity : kBandInnerOpacity);

    // On white these are the series' colours a little darker, as before; on a dark background the
    // mixing towards the text lightens them instead.
    theme.jobsLabel = theme.readable(theme.jobs.darker(120), kTextContrast);
    theme.exportLabel = theme.readable(theme.exportLens.darker(140), kTextContrast);
    theme.presetLabel = theme.readable(theme.preset.darker(130), kTextContrast);
    theme.eventLabel = theme.readable(theme.event.darker(130), kTextContrast);
    return theme;
}

ChartTheme ChartTheme::light()
{
    QPalette paper;
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    static const ChartTheme theme = fromPalette(paper);
    return theme;
}

ChartTheme ChartTheme::dark()
{
    static const ChartTheme theme = fromPalette(darkPalette());
    return theme;
}

ChartTheme ChartTheme::named(ChartThemeName name)
{
    return name == ChartThemeName::Dark ? dark() : light();
}

QPalette ChartTheme::darkPalette()
{
    // Greys as dark desktop themes use them (Breeze Dark, Adwaita dark): the window a little
    // lighter than the fields and plots, text not quite white.
    const QColor window(0x31, 0x33, 0x35);
    const QColor base(0x23, 0x25, 0x27);
    const QColor text(0xEC, 0xEC, 0xEC);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette palette;
    const std::array<std::pair<QPalette::ColorRole, QColor>, 19> roles{{
        {QPalette::Window, window},
        {QPalette::WindowText, text},
        {QPalette::Base, base},
        {QPalette::AlternateBase, QColor(0x2B, 0x2D, 0x2F)},
        {QPalette::ToolTipBase, window},
        {QPalette::ToolTipText, text},
        {QPalette::PlaceholderText, QColor(0xA0, 0xA0, 0xA0)},
        {QPalette::Text, text},
        {QPalette::Button, QColor(0x3B, 0x3E, 0x41)},
        {QPalette::ButtonText, text},
        {QPalette::BrightText, QColor(0xFF, 0x6E, 0x6E)},
        {QPalette::Light, QColor(0x4E, 0x52, 0x56)},
        {QPalette::Midlight, QColor(0x43, 0x46, 0x49)},
        {QPalette::Mid, QColor(0x28, 0x2A, 0x2C)},
        {QPalette::Dark, QColor(0x1C, 0x1D, 0x1F)},
        {QPalette::Shadow, QColor(0x10, 0x10, 0x10)},
        {QPalette::Highlight, QColor(0x3D, 0xAE, 0xE9)},
        {QPalette::HighlightedText, QColor(0x10, 0x10, 0x10)},
        {QPalette::Link, QColor(0x6C, 0xB8, 0xF0)},
    }};
    for (const auto &[role, color] : roles)
        palette.setColor(role, color);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

} // namespace pledgecheck
