#pragma once

#include "charttheme.h"
#include "scenarioevents.h"
#include "scenarioresults.h"
#include "uncertaintyresults.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPair>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QAreaSeries;
class QCategoryAxis;
class QChart;
class QGraphicsTextItem;
class QLineSeries;
class QXYSeries;
QT_END_NAMESPACE

namespace pledgecheck {

class ChartLegend;

/// One chart of a scenario over its months: a QChart with a time axis labelled in years and a
/// count axis with thousands separators and round ticks, and a legend below that wraps. Subclasses
/// add their series and fill them in show(), which runs on every slider step: series and axes are
/// made once and updated in place.
class ScenarioChart
{
public:
    virtual ~ScenarioChart();

    QChart *chart() const { return m_chart; }

    /// Draws @p current, with @p baseline (the scenario as last opened or saved) as a ghost.
    /// Both must hold a projection.
    virtual void show(const QString &scenarioName, const ScenarioResults &current,
                      const ScenarioResults &baseline) = 0;

    /// Scales fonts and line widths for drawing at a size other than the window's: 2 for a
    /// 2560-pixel-wide export, for instance.
    void setScale(double scale);

    /// Draws in @p theme's colours from now on: the window's palette's, or an export's.
    void setTheme(const ChartTheme &theme);
    const ChartTheme &theme() const { return m_theme; }

    /// The Monte Carlo run, tornado and correlations to draw with the next show(), or null when
    /// every input is fixed. Kept by pointer: the caller keeps them alive and unchanged.
    void setUncertainty(const UncertaintyResults *uncertainty) { m_uncertainty = uncertainty; }

    /// The scenario's events and reported figures to mark with the next show(), on the charts
    /// over time that mark them (sellers, jobs). Kept by pointer, as the uncertainty is.
    void setDatedEntries(const ScenarioEvents *events, const Observations *observations)
    {
        m_events = events;
        m_observations = observations;
    }

    /// The heading and sentence shown in place of the plot (every input fixed, say), on two
    /// lines, or empty when the plot is shown.
    QString message() const;
    /// Why the chart as drawn does not hold what it says (its sentence does not fit), or none.
    std::optional<QString> problem() const;

protected:
    ScenarioChart();

    /// @p scenarioName as a title may show it: cut to kLongestScenarioName characters, with "…".
    /// Qt Charts fits a title to its width by making every shorter prefix of it at once, so a
    /// title costs memory with the square of its length (4 GB for a name of 64 Ki characters);
    /// cut first, no name costs more than a long ordinary one.
    static QString titleName(const QString &scenarioName);

    /// Sets the chart's title, unless it already reads @p title: Qt Charts lays the whole chart
    /// out again on every setTitle(), even to the same text, which on a slider step cost more than
    /// drawing the new lines.
    void setTitle(const QString &title);

    /// One of the theme's colours: a series keeps its role when the theme changes.
    using ThemeColor = QColor ChartTheme::*;
    /// A line drawn in the theme's @p color, @p width (at scale 1) and @p style, with a legend entry.
    QLineSeries *addLine(const QString &name, ThemeColor color, double width,
                         Qt::PenStyle style = Qt::SolidLine);
    /// Gives @p series a dash pattern of @p dashesAndGaps, in line widths.
    static void setDashes(QLineSeries *series, const QList<qreal> &dashesAndGaps);
    /// A filled band from @p lower (the axis when null) up to its own upper line, with a legend
    /// entry. The band owns @p lower unless something else already does.
    QAreaSeries *addBand(const QString &name, ThemeColor color, QLineSeries *lower);
    /// The same with no legend entry: one of many bars of one colour.
    QAreaSeries *addUnlistedBand(ThemeColor color, QLineSeries *lower);
    /// Fills @p band with @p color (and edges it a little darker, unless it has no edge).
    static void setBandColor(QAreaSeries *band, const QColor &color);
    /// Adds @p series to the chart on its two axes, with no legend entry.
    void addUnlisted(QAbstractSeries *series);
    /// Lists @p series first in the legend, in that order (else the order they were added in).
    void putFirstInLegend(const QList<QAbstractSeries *> &series);
    /// Shows @p series in the legend as a diamond in its colour: a stand-in for marks drawn as
    /// diamonds beside the series, which have no series of their own.
    void showAsDiamondInLegend(QAbstractSeries *series);
    /// Sets the legend's text for @p series (its name by default).
    void setLegendText(QAbstractSeries *series, const QString &text);

    /// Sets the time axis to months 0 ... @p lastMonth from the start month of @p parameters.
    void setTimeAxis(const Parameters &parameters, int lastMonth);
    /// A count axis's round range: from 0, or from a round number below @p smallest when that
    /// is negative (jobs created can be lost), to one above @p largest, in round steps.
    struct CountRange {
        double bottom, top, step;
    };
    static CountRange countRange(double smallest, double largest, int mostSteps);
    /// Sets the count axis to 0 (or a round number below @p smallest, when negative) ... a round
    /// number above @p largest.
    /// Returns the axis's top.
    double setCountAxis(double largest, const QString &title, double smallest = 0);
    /// Sets the count axis to decades for values plotted as their log10: from the decade at or
    /// below @p smallest (at least 1) to a little above @p largest, labelled "1,000", "10,000"...
    void setLogCountAxis(double smallest, double largest, const QString &title);
    /// The top of the logarithmic count axis, as a log10.
    double logCountAxisTop() const { return m_logTop; }
    /// The bottom of the linear count axis last set.
    double countAxisBottom() const { return m_countBottom; }
    /// Sets the count axis to 0 ... 100 in steps of 20, for percentages, with a little room above.
    void setPercentAxis(const QString &title);
    /// Makes the horizontal axis a count axis (as setCountAxis) instead of a time axis, for a
    /// chart across values rather than months; returns the axis's range.
    CountRange setHorizontalCountAxis(double largest, const QString &title, double smallest = 0);
    /// Labels the vertical axis with @p labels at their positions over @p low ... @p high,
    /// instead of counts.
    void setVerticalCategories(const QList<QPair<QString, double>> &labels, double low, double high);
    /// Lays the legend out again, after its texts or the visibility of a series changed.
    void updateLegend();
    /// Shows @p heading in bold over @p sentence, wrapped and centred, in place of the plot: no
    /// title, axes, series or legend, so that nothing stale or empty is left in view.
    void showMessage(const QString &heading, const QString &sentence);
    /// Shows the plot again (its axes and legend; the series are the subclass's to show).
    void hideMessage();

    /// Replaces the points of @p series with (t + @p shift, values(t)), reusing one buffer.
    void replacePoints(QXYSeries *series, const Eigen::ArrayXd &values, int shift = 0);
    /// Replaces the points of @p series with a horizontal line at @p y over months 0 ... @p lastMonth.
    void replaceWithLevel(QXYSeries *series, double y, int lastMonth);

    /// Whether @p baseline (the scenario as last opened or saved) is drawn beside @p current: only
    /// where their values differ, or the ghost would lie under the line and its legend entry say
    /// nothing. Shows or hides @p ghost, and with it its legend entry, to match.
    static bool showGhost(QLineSeries *ghost, const ScenarioResults &current, const ScenarioResults &baseline);

    /// Called when the scale changes, for what a subclass sizes itself (markers, labels).
    virtual void scaleChanged(double scale);
    /// Called when the theme changes, for what a subclass colours itself beyond its lines and
    /// bands (markers, callouts); labels added in show() are drawn again by the next show().
    virtual void themeChanged();
    /// The app font at @p points, scaled.
    QFont scaledFont(double points) const;
    double scale() const { return m_scale; }
    const UncertaintyResults *uncertainty() const { return m_uncertainty; }
    /// The events and reported figures to mark: empty lists when none were given.
    const ScenarioEvents &events() const;
    const Observations &observations() const;
    /// The start month of @p parameters as a month index (year*12 + month-1).
    static int startMonthIndex(const Parameters &parameters);
    /// Months from @p current's start month to @p other's: where @p other's month 0 lies.
    static int monthsBetweenStarts(const Parameters &current, const Parameters &other);
    /// The largest of @p values(t) for the months t + @p shift that lie in 0 ... @p lastMonth.
    static double largestShown(const Eigen::ArrayXd &values, int shift, int lastMonth);
    /// The calendar month @p month months after the start of @p parameters: "2022-01".
    static QString monthName(const Parameters &parameters, int month);
    /// Counts as the axes show them: "1,000,000", or "2.5" with one decimal.
    static QString formatCount(double value, int decimals = 0);

private:
    struct Line {
        QLineSeries *series;
        double width;
        ThemeColor color;
    };
    struct Band {
        QAreaSeries *series;
        ThemeColor color;
    };
    void applyFonts();
    void applyTheme();
    /// Labels the count axis @p bottom ... @p top every @p step; the axis runs on to @p end, if above.
    void setCountScale(double bottom, double top, double step, const QString &title, double end = 0);
    /// Sets @p axis to @p bottom ... @p top (multiples of @p step), labelled with the counts at
    /// every @p step, in @p unit (1, or a million).
    static void labelCounts(QCategoryAxis *axis, double bottom, double top, double step, double unit = 1.0);
    void placeLegend();
    /// Sets the title's font: the largest, 13 to 10 points, in which the title fits the chart's width.
    void fitTitle();
    void placeMessage();
    void setMessageShown(bool shown);

    QChart *m_chart;
    QCategoryAxis *m_timeAxis;
    QCategoryAxis *m_countAxis;
    ChartLegend *m_legend;
    QGraphicsTextItem *m_message;
    QString m_messageHtml;
    std::vector<Line> m_lines;
    std::vector<Band> m_bands;
    ChartTheme m_theme = ChartTheme::light();
    QList<QPointF> m_buffer;
    double m_scale = 1.0;
    const UncertaintyResults *m_uncertainty = nullptr;
    const ScenarioEvents *m_events = nullptr;
    const Observations *m_observations = nullptr;
    double m_horizontalTop = -1;
    double m_horizontalBottom = 0;
    double m_legendHeight = -1;
    int m_timeStart = -1;
    int m_timeLastMonth = -1;
    double m_countTop = -1;
    double m_countEnd = -1;
    double m_countBottom = 0;
    double m_logTop = 0;
    double m_logBottom = 0;
    bool m_logShown = false; ///< the count axis holds the decades m_logBottom ... m_logTop
};

} // namespace pledgecheck
