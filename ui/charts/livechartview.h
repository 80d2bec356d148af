#pragma once

#include <QChartView>

namespace pledgecheck {

/// A chart as the window shows it, made to follow a slider drag: antialiased on the palette's base colour, repainting
/// one rectangle around what changed. (Drawing the grid, ticks and labels from a pixmap of each
/// item, DeviceCoordinateCache, saved a tenth of the paint but lost every axis text and the title
/// once the window's layout moved the chart during a drag, seen under Xvfb: not done.) Exports do
/// not use it: they render their own charts.
class LiveChartView : public QChartView
{
public:
    explicit LiveChartView(QChart *chart, QWidget *parent = nullptr);
};

} // namespace pledgecheck
