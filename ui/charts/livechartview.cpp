#include "livechartview.h"

#include <QChart>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>

namespace pledgecheck {
namespace {

/// Lines and texts that are not a series: a series changes on every step, and its own pixmap
/// would be made again each time, which costs more than drawing it.
bool drawnFromPixmap(const QGraphicsItem *item)
{
    return qgraphicsitem_cast<const QGraphicsLineItem *>(item)
           || qgraphicsitem_cast<const QGraphicsTextItem *>(item)
           || qgraphicsitem_cast<const QGraphicsSimpleTextItem *>(item);
}

void cacheUnderneath(QGraphicsItem *parent)
{
    for (QGraphicsItem *item : parent->childItems()) {
        // Setting the mode again would throw the pixmap away: only items new since the last paint.
        if (item->cacheMode() == QGraphicsItem::NoCache && drawnFromPixmap(item))
            item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
        cacheUnderneath(item);
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
    // The view paints the white, not the chart: its rounded, antialiased card cost nearly a
    // millisecond a slider step. Exports keep the chart's background.
    chart->setBackgroundVisible(false);
    setBackgroundBrush(Qt::white);
}

void LiveChartView::paintEvent(QPaintEvent *event)
{
    // Qt Charts makes axis items as the ticks need them, at any layout: look before each paint.
    cacheUnderneath(chart());
    QChartView::paintEvent(event);
}

} // namespace pledgecheck
