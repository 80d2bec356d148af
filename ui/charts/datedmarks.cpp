#include "datedmarks.h"

#include "parametertable.h"
#include "valuetext.h"

#include <QBrush>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>

#include <algorithm>
#include <limits>
#include <vector>

namespace pledgecheck {
namespace {

// Above the series (Qt Charts draws them at z 0 to about 10), under the labels at the lines'
// ends (90) and the pledge-met callout (100): a date is background to the figures.
constexpr qreal kLineZ = 80;
constexpr qreal kLabelZ = 82;
constexpr qreal kRangeZ = 84;
constexpr qreal kMarkerZ = 86;
// At scale 1, in pixels.
constexpr qreal kGap = 4;
constexpr qreal kMarkerSize = 11;
constexpr qreal kLineWidth = 1.5;
// A label runs up the line: longer than this, it would cross most of a laptop's plot.
constexpr qsizetype kLongestLabel = 40;

void tag(QGraphicsItem *item, const char *what)
{
    item->setData(kDatedMarkKey, QString::fromLatin1(what));
}

} // namespace

DatedMarks::DatedMarks(QChart *chart, QAbstractSeries *series)
    : m_chart(chart)
    , m_series(series)
{
}

QString DatedMarks::eventLabel(const ScenarioEvent &event)
{
    QString note = QString::fromStdString(event.note).simplified();
    if (note.isEmpty()) {
        const ParameterDescriptor &d = descriptor(event.parameter);
        note = QCoreApplication::translate("DatedMarks", "%1: %2")
                   .arg(labelText(d), valueText(d, event.value));
    }
    if (note.size() > kLongestLabel)
        note = note.left(kLongestLabel - 1).trimmed() + QChar(0x2026);
    return QStringLiteral("%1 %2").arg(monthText(event.month.toIndex()), note);
}

QString DatedMarks::reportedToolTip(const Observation &observation)
{
    QString figure = countText(observation.value);
    if (observation.low || observation.high)
        figure = QCoreApplication::translate("DatedMarks", "%1 (%2 to %3)")
                     .arg(figure, countText(observation.low.value_or(observation.value)),
                          countText(observation.high.value_or(observation.value)));
    const QString what = observation.metric == ObservedMetric::Sellers
        ? QCoreApplication::translate("DatedMarks", "Reported sellers, %1: %2")
        : QCoreApplication::translate("DatedMarks", "Reported jobs, %1: %2");
    QString tip = what.arg(monthText(observation.month.toIndex()), figure);
    if (!observation.source.empty())
        tip += QLatin1Char('\n')
               + QCoreApplication::translate("DatedMarks", "Source: %1")
                     .arg(QString::fromStdString(observation.source));
    return tip;
}

std::optional<std::pair<double, double>> DatedMarks::reportedSpan(const Observations &observations,
                                                                  ObservedMetric metric, int startMonth,
                                                                  int lastMonth)
{
    std::optional<std::pair<double, double>> span;
    for (const Observation &o : observations) {
        const int month = o.month.toIndex() - startMonth;
        if (o.metric != metric || month < 0 || month > lastMonth)
            continue;
        const double low = o.low.value_or(o.value), high = o.high.value_or(o.value);
        span = span ? std::pair{std::min(span->first, low), std::max(span->second, high)}
                    : std::pair{low, high};
    }
    return span;
}

void DatedMarks::setColors(const ChartTheme &theme)
{
    m_theme = theme;
    for (const EventMark &mark : std::as_const(m_events))
        applyColors(mark);
    for (const ReportMark &mark : std::as_const(m_reports))
        applyColors(mark);
}

void DatedMarks::applyColors(const EventMark &mark) const
{
    QPen pen(m_theme.event, kLineWidth * m_scale, Qt::CustomDashLine, Qt::FlatCap);
    pen.setDashPattern({4, 3});
    mark.line->setPen(pen);
    mark.label->setBrush(m_theme.eventLabel);
}

void DatedMarks::applyColors(const ReportMark &mark) const
{
    mark.marker->setBrush(m_theme.reported);
    // Rimmed in the background, so that a marker on a line of another colour stands apart.
    mark.marker->setPen(QPen(m_theme.background, m_scale));
    mark.range->setPen(QPen(m_theme.reported, kLineWidth * m_scale, Qt::SolidLine, Qt::FlatCap));
}

void DatedMarks::setSizes(const QFont &font, double scale)
{
    m_font = font;
    m_scale = scale;
    for (const EventMark &mark : std::as_const(m_events))
        mark.label->setFont(font);
    setColors(m_theme); // the pens' widths
    const qreal half = kMarkerSize * scale / 2;
    const QPolygonF diamond{{0, -half}, {half, 0}, {0, half}, {-half, 0}};
    for (const QList<ReportMark> *marks : {&m_reports, &m_spareReports}) {
        for (const ReportMark &mark : *marks)
            mark.marker->setPolygon(diamond);
    }
    updateGeometry();
}

void DatedMarks::clear()
{
    for (const EventMark &mark : std::as_const(m_events)) {
        mark.line->setVisible(false);
        mark.label->setVisible(false);
    }
    for (const ReportMark &mark : std::as_const(m_reports)) {
        mark.marker->setVisible(false);
        mark.range->setVisible(false);
    }
    m_spareEvents += m_events;
    m_spareReports += m_reports;
    m_events.clear();
    m_reports.clear();
}

DatedMarks::EventMark &DatedMarks::addEvent()
{
    if (m_spareEvents.isEmpty()) {
        EventMark mark{0, new QGraphicsLineItem(m_chart), new QGraphicsSimpleTextItem(m_chart)};
        tag(mark.line, "eventLine");
        tag(mark.label, "eventLabel");
        mark.line->setZValue(kLineZ);
        mark.label->setZValue(kLabelZ);
        // Reads up the line, as a date on a time axis does, so that events a few months apart
        // keep their labels apart.
        mark.label->setRotation(-90);
        mark.label->setFont(m_font);
        applyColors(mark);
        m_spareEvents.append(mark);
    }
    m_events.append(m_spareEvents.takeLast());
    return m_events.last();
}

DatedMarks::ReportMark &DatedMarks::addReport()
{
    if (m_spareReports.isEmpty()) {
        ReportMark mark{0, 0, 0, 0, new QGraphicsPolygonItem(m_chart), new QGraphicsPathItem(m_chart)};
        tag(mark.marker, "reportedMarker");
        tag(mark.range, "reportedRange");
        mark.marker->setZValue(kMarkerZ);
        mark.range->setZValue(kRangeZ);
        const qreal half = kMarkerSize * m_scale / 2;
        mark.marker->setPolygon(QPolygonF{{0, -half}, {half, 0}, {0, half}, {-half, 0}});
        applyColors(mark);
        m_spareReports.append(mark);
    }
    m_reports.append(m_spareReports.takeLast());
    return m_reports.last();
}

QString DatedMarks::eventToolTip(const ScenarioEvent &event)
{
    const ParameterDescriptor &d = descriptor(event.parameter);
    QString tip = QStringLiteral("%1 %2").arg(
        monthText(event.month.toIndex()),
        QCoreApplication::translate("DatedMarks", "%1: %2").arg(labelText(d), valueText(d, event.value)));
    const QString note = QString::fromStdString(event.note).simplified();
    if (!note.isEmpty())
        tip += QStringLiteral(" (%1)").arg(note);
    return tip;
}

void DatedMarks::show(const ScenarioEvents &events, const Observations &observations, ObservedMetric metric,
                      int startMonth, int lastMonth, Plotted plotted)
{
    clear();
    // One line a month, whatever the number of events in it: lines drawn over each other would
    // print their labels over each other. In date order, so that updateGeometry() can keep the
    // labels apart from left to right; within a month, in the order they were entered.
    std::vector<const ScenarioEvent *> inWindow;
    for (const ScenarioEvent &event : events) {
        const int month = event.month.toIndex() - startMonth;
        if (month >= 0 && month <= lastMonth)
            inWindow.push_back(&event);
    }
    std::stable_sort(inWindow.begin(), inWindow.end(), [](const ScenarioEvent *a, const ScenarioEvent *b) {
        return a->month.toIndex() < b->month.toIndex();
    });
    for (auto first = inWindow.begin(); first != inWindow.end();) {
        const auto next = std::find_if(first, inWindow.end(), [&](const ScenarioEvent *e) {
            return e->month.toIndex() != (*first)->month.toIndex();
        });
        EventMark &mark = addEvent();
        mark.month = (*first)->month.toIndex() - startMonth;
        QString text = eventLabel(**first);
        const auto more = static_cast<int>(next - first) - 1;
        if (more > 0)
            text = QCoreApplication::translate("DatedMarks", "%1 and %2 more").arg(text).arg(more);
        if (mark.label->text() != text)
            mark.label->setText(text);
        QStringList tips;
        for (auto e = first; e != next; ++e)
            tips << eventToolTip(**e);
        const QString tip = tips.join(QLatin1Char('\n'));
        if (mark.label->toolTip() != tip) {
            mark.label->setToolTip(tip);
            mark.line->setToolTip(tip);
        }
        first = next;
    }
    for (const Observation &o : observations) {
        const int month = o.month.toIndex() - startMonth;
        if (o.metric != metric || month < 0 || month > lastMonth)
            continue;
        ReportMark &mark = addReport();
        mark.month = month;
        mark.value = plotted(o.value);
        mark.low = plotted(o.low.value_or(o.value));
        mark.high = plotted(o.high.value_or(o.value));
        const QString tip = reportedToolTip(o);
        if (mark.marker->toolTip() != tip) {
            mark.marker->setToolTip(tip);
            mark.range->setToolTip(tip);
        }
    }
    updateGeometry();
}

void DatedMarks::updateGeometry()
{
    const QRectF plot = m_chart->plotArea();
    const bool shown = plot.isValid() && m_series->isVisible();
    const qreal gap = kGap * m_scale;
    // The right edge of the last label drawn: a label that would overlap it is left out (its
    // line stays, with every event of its month in the tooltip), as months crowd a narrow plot.
    qreal lastLabelRight = -std::numeric_limits<qreal>::infinity();
    for (const EventMark &mark : std::as_const(m_events)) {
        mark.line->setVisible(shown);
        if (!shown) {
            mark.label->setVisible(false);
            continue;
        }
        const qreal x = m_chart->mapToPosition(QPointF(mark.month, 0), m_series).x();
        const QLineF line(x, plot.top(), x, plot.bottom());
        if (mark.line->line() != line)
            mark.line->setLine(line); // drops its pixmap: only when it moved
        // Turned up the line, the text's width runs upwards and its height to the right; by the
        // plot's right edge it goes to the line's left instead.
        const QRectF text = mark.label->boundingRect();
        const qreal left = x + gap + text.height() <= plot.right() ? x + gap : x - gap - text.height();
        const QPointF pos(left, plot.top() + gap + std::min(text.width(), plot.height() - 2 * gap));
        if (mark.label->pos() != pos)
            mark.label->setPos(pos);
        const bool apart = left >= lastLabelRight + gap;
        mark.label->setVisible(apart);
        if (apart)
            lastLabelRight = left + text.height();
    }
    const qreal cap = kMarkerSize * m_scale / 2;
    for (const ReportMark &mark : std::as_const(m_reports)) {
        mark.marker->setVisible(shown);
        mark.range->setVisible(shown && mark.low != mark.high);
        if (!shown)
            continue;
        const QPointF at = m_chart->mapToPosition(QPointF(mark.month, mark.value), m_series);
        mark.marker->setPos(at);
        if (!mark.range->isVisible())
            continue;
        // The bar with a cap at each end, clipped to the plot: a range beyond the axis runs to
        // its edge with no cap there.
        const auto y = [&](double value) {
            return m_chart->mapToPosition(QPointF(mark.month, value), m_series).y();
        };
        const qreal top = std::max(y(mark.high), plot.top());
        const qreal bottom = std::min(y(mark.low), plot.bottom());
        QPainterPath path;
        path.moveTo(at.x(), top);
        path.lineTo(at.x(), bottom);
        if (top > plot.top()) {
            path.moveTo(at.x() - cap, top);
            path.lineTo(at.x() + cap, top);
        }
        if (bottom < plot.bottom()) {
            path.moveTo(at.x() - cap, bottom);
            path.lineTo(at.x() + cap, bottom);
        }
        if (mark.range->path() != path)
            mark.range->setPath(path);
    }
}

} // namespace pledgecheck
