#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QChart;
class QGraphicsEllipseItem;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace pledgecheck {

struct ChartTheme;

/// A dot and a label at one point of a series: "Pledge met 2019-03". Drawn as items of the chart
/// over the plot rather than as a scatter series, so that a point on the plot's edge (a pledge
/// met in the last month) is drawn whole and its label turns inwards instead of running off.
class PointCallout
{
public:
    /// Placed in @p series' coordinates of @p chart; its items belong to the chart.
    PointCallout(QChart *chart, QAbstractSeries *series);

    /// A dot of @p color rimmed in @p theme's background, its label in the same hue at the
    /// theme's text contrast.
    void setColors(const QColor &color, const ChartTheme &theme);

    /// Shows the callout at @p value (x, y in the series' units) with @p text, or hides it.
    void setPoint(std::optional<QPointF> value, const QString &text = {});

    void setSizes(const QFont &font, qreal dotDiameter);
    /// Places the items again; call when the plot area moves.
    void updateGeometry();

private:
    QChart *m_chart;
    QAbstractSeries *m_series;
    QGraphicsEllipseItem *m_dot;
    QGraphicsSimpleTextItem *m_label;
    std::optional<QPointF> m_value;
    qreal m_diameter = 12;
    QColor m_rim = Qt::white;
};

} // namespace pledgecheck
