#pragma once

#include <QChartView>

namespace pledgecheck {

/// A chart as the window shows it, made to follow a slider drag: antialiased on white, repainting
/// one rectangle around what changed, and drawing what a drag leaves unchanged (grid lines, ticks,
/// axis labels and titles, the legend's swatches and texts) from a pixmap of each item, made
/// again only when the item changes. Exports do not use it: they render their own charts.
class LiveChartView : public QChartView
{
public:
    explicit LiveChartView(QChart *chart, QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace pledgecheck
