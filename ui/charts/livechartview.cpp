#include "livechartview.h"

#include "chartlegend.h"

#include <QChart>
#include <QGraphicsLineItem>

namespace pledgecheck {
namespace {

// Every straight line item of the axes under @p item: grid lines, ticks and axis lines are
// QGraphicsLineItems in Qt Charts; the series are items of their own. Not the legend's swatches:
// the legend moves them by fractions of a pixel as its texts change, and a pixmap moved is
// placed on whole pixels (under Xvfb a swatch's ends then differed from the one stroked).
void forEachLine(QGraphicsItem *item, const auto &visit)
{
    for (QGraphicsItem *child : item->childItems()) {
        if (dynamic_cast<ChartLegend *>(child))
            continue;
        if (child->type() == QGraphicsLineItem::Type)
            visit(child);
        forEachLine(child, visit);
    }
}

} // namespace

LiveChartView::LiveChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    // One rectangle around what changed, not the exact region: a slider step changes the lines
    // and the legend's figures, and clipping every grid line and label to a region of many
    // rectangles cost more than painting the whole rectangle once.
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    // The view paints the background (the chart theme's, set by the panel), not the chart: its
    // rounded, antialiased card cost nearly a millisecond a slider step. Exports keep the chart's
    // background.
    chart->setBackgroundVisible(false);
    // A layout that moves or resizes the chart moves its lines: their pixmaps are made again.
    const auto moved = [this] { m_chartMoved = true; };
    connect(chart, &QChart::geometryChanged, this, moved);
    connect(chart, &QChart::plotAreaChanged, this, moved);
}

void LiveChartView::setStillLinesCached(bool cached)
{
    m_cacheStillLines = cached;
    m_chartMoved = true;
    viewport()->update();
}

void LiveChartView::paintEvent(QPaintEvent *event)
{
    cacheStillLines();
    QChartView::paintEvent(event);
}

void LiveChartView::cacheStillLines()
{
    // Antialiased, a grid line costs more than a hundred thousand instructions a paint (Qt's
    // cosmetic stroker blends it a pixel at a time), and a chart has forty: on a slider step
    // they were a ninth of the whole. Drawn from a pixmap, a line is one blit.
    const QGraphicsItem::CacheMode mode =
        m_cacheStillLines ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache;
    const bool drop = m_chartMoved;
    m_chartMoved = false;
    forEachLine(chart(), [mode, drop](QGraphicsItem *line) {
        if (drop && line->cacheMode() != QGraphicsItem::NoCache)
            line->setCacheMode(QGraphicsItem::NoCache); // drops the pixmap
        if (line->cacheMode() != mode)
            line->setCacheMode(mode);
    });
}

} // namespace pledgecheck
