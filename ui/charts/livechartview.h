#pragma once

#include <QChartView>

namespace pledgecheck {

/// A chart as the window shows it, made to follow a slider drag: antialiased on the chart theme's
/// background, repainting one rectangle around what changed, and drawing the straight lines that
/// hold still during a drag (grid lines, axis lines, ticks) from a pixmap of each. Exports do not
/// use it: they render their own charts.
///
/// (A pixmap of every static item, DeviceCoordinateCache on the axes' texts and the legend as
/// well, once lost every axis text when the window's layout moved the chart during a drag, seen
/// under Xvfb. Lines only, whose pixmaps Qt drops whenever they move (setLine), and all of them
/// dropped again whenever the chart's geometry or plot area changes: the picture after such a
/// move is tested against one drawn without pixmaps.)
class LiveChartView : public QChartView
{
public:
    explicit LiveChartView(QChart *chart, QWidget *parent = nullptr);

    /// Whether the still lines are drawn from pixmaps (the default), or stroked on every paint.
    void setStillLinesCached(bool cached);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// Gives every straight line of the chart a pixmap, afresh after a move of the chart.
    void cacheStillLines();

    bool m_cacheStillLines = true;
    bool m_chartMoved = true; ///< the pixmaps made so far are to be dropped
};

} // namespace pledgecheck
