#include "livechartview.h"

#include <QChart>

namespace pledgecheck {

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
}

} // namespace pledgecheck
