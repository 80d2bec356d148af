#pragma once

#include "charttheme.h"
#include "scenarioevents.h"

#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QChart;
class QGraphicsItem;
class QGraphicsLineItem;
class QGraphicsPathItem;
class QGraphicsPolygonItem;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace pledgecheck {

/// What each of a chart's dated marks is, under QGraphicsItem::data(kDatedMarkKey): "eventLine",
/// "eventLabel", "reportedMarker", "reportedRange". For tests and nothing else.
inline constexpr int kDatedMarkKey = 0x4D41524B;

/// The events and the reported figures on a chart over time: each month with events a dashed
/// vertical line across the plot, labelled along it where the label has room ("trade war" or
/// "Yearly seller growth: 5 % per year"), each reported figure a diamond at its month and value
/// with its range as an error bar, its source in the tooltip. Items of the chart over the plot, as PointCallout's: the
/// lines are QGraphicsLineItems, which LiveChartView draws from pixmaps while they hold still,
/// and a slider step only moves what the new axis moves.
class DatedMarks
{
public:
    /// Placed in @p series' coordinates of @p chart; the items belong to the chart.
    DatedMarks(QChart *chart, QAbstractSeries *series);

    void setColors(const ChartTheme &theme);
    void setSizes(const QFont &font, double scale);

    /// Maps a count to the value the count axis plots: itself, or its log10 on a log axis.
    using Plotted = std::function<double(double)>;
    /// Marks @p events, and those of @p observations that count @p metric, over months 0 ...
    /// @p lastMonth of a scenario starting in month index @p startMonth; entries outside them
    /// (left by a shorter horizon) are not drawn.
    void show(const ScenarioEvents &events, const Observations &observations, ObservedMetric metric,
              int startMonth, int lastMonth, Plotted plotted);
    /// Places the items again; call when the plot area or the axes move.
    void updateGeometry();

    /// The largest and smallest counts the reported figures of @p metric in the window reach
    /// (their ranges included), for the count axis; none when there are none.
    static std::optional<std::pair<double, double>> reportedSpan(const Observations &observations,
                                                                 ObservedMetric metric, int startMonth,
                                                                 int lastMonth);

    /// How many reported figures are drawn: the legend's "Reported" shows when there are any.
    int reportedCount() const { return static_cast<int>(m_reports.size()); }

    /// An event's label: its note cut short, or the parameter and its new value. A month with
    /// several events has one line, labelled by its first event and how many more it holds.
    static QString eventLabel(const ScenarioEvent &event);
    /// An event's line in the tooltip of its month's mark: the month, the parameter and its new
    /// value, and the note.
    static QString eventToolTip(const ScenarioEvent &event);
    /// A reported figure's tooltip: what, when, how many (and the range), and the source.
    static QString reportedToolTip(const Observation &observation);

private:
    struct EventMark {
        double month;
        QGraphicsLineItem *line;
        QGraphicsSimpleTextItem *label;
    };
    struct ReportMark {
        double month;
        double value, low, high; ///< as plotted
        QGraphicsPolygonItem *marker;
        QGraphicsPathItem *range;
    };
    void clear();
    EventMark &addEvent();
    ReportMark &addReport();
    void applyColors(const EventMark &mark) const;
    void applyColors(const ReportMark &mark) const;

    QChart *m_chart;
    QAbstractSeries *m_series;
    QList<EventMark> m_events, m_spareEvents;
    QList<ReportMark> m_reports, m_spareReports;
    ChartTheme m_theme = ChartTheme::light();
    QFont m_font;
    double m_scale = 1;
};

} // namespace pledgecheck
