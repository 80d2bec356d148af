#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace pledgecheck {

/// Short texts pinned to points of a chart (in a series' units): a bar's input value at its end,
/// "median 4,100" beside a line's end. Items of the chart over the plot, placed again when the
/// plot moves, and kept inside the plot so that none runs off its edge.
class AnchoredLabels
{
public:
    /// Placed in @p series' coordinates of @p chart; the items belong to the chart.
    AnchoredLabels(QChart *chart, QAbstractSeries *series);

    /// Where a label lies from its point: to the left or right of it (ending or starting there),
    /// above or below it (centred on it), and how far, in pixels at scale 1.
    enum class Side { Left, Right, Above, Below };

    void clear();
    void add(const QString &text, QPointF value, Side side, const QColor &color);
    void setFont(const QFont &font, double scale);
    /// Places the labels again; call when the plot area moves.
    void updateGeometry();

    /// The labels' texts, in the order added: for tests.
    QStringList texts() const;

private:
    /// Where @p rect's corner goes so that it overlaps none of @p placed: moved down past a label it
    /// would hide (two presets side by side on the frontier), up past it at @p plot's foot.
    static QPointF clearOf(const QList<QRectF> &placed, QRectF rect, const QRectF &plot, qreal gap);

    struct Label {
        QGraphicsSimpleTextItem *item;
        QPointF value;
        Side side;
    };
    QChart *m_chart;
    QAbstractSeries *m_series;
    QList<Label> m_labels;
    QList<QGraphicsSimpleTextItem *> m_spare;
    QFont m_font;
    double m_scale = 1;
};

} // namespace pledgecheck
