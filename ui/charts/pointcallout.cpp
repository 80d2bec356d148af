#include "pointcallout.h"

#include "charttheme.h"

#include <QChart>
#include <QGraphicsEllipseItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace pledgecheck {
namespace {

// Above the series (Qt Charts draws them at z 0 to about 10) and the plot's edge.
constexpr qreal kZ = 100;

} // namespace

PointCallout::PointCallout(QChart *chart, QAbstractSeries *series)
    : m_chart(chart)
    , m_series(series)
    , m_dot(new QGraphicsEllipseItem(chart))
    , m_label(new QGraphicsSimpleTextItem(chart))
{
    m_dot->setZValue(kZ);
    m_label->setZValue(kZ);
    m_dot->setVisible(false);
    m_label->setVisible(false);
}

void PointCallout::setColors(const QColor &color, const ChartTheme &theme)
{
    m_dot->setBrush(color);
    // Text needs more contrast than a dot: darker on white, lighter on a dark background.
    m_label->setBrush(theme.readable(color.darker(130), kTextContrast));
    m_rim = theme.background;
    m_dot->setPen(QPen(m_rim, m_diameter / 6));
}

void PointCallout::setPoint(std::optional<QPointF> value, const QString &text)
{
    m_value = value;
    if (m_label->text() != text)
        m_label->setText(text);
    updateGeometry();
}

void PointCallout::setSizes(const QFont &font, qreal dotDiameter)
{
    m_label->setFont(font);
    m_diameter = dotDiameter;
    m_dot->setRect(-dotDiameter / 2, -dotDiameter / 2, dotDiameter, dotDiameter);
    m_dot->setPen(QPen(m_rim, dotDiameter / 6));
    updateGeometry();
}

void PointCallout::updateGeometry()
{
    const QRectF plot = m_chart->plotArea();
    m_dot->setVisible(m_value.has_value() && plot.isValid());
    m_label->setVisible(m_dot->isVisible());
    if (!m_dot->isVisible())
        return;
    const QPointF centre = m_chart->mapToPosition(*m_value, m_series);
    m_dot->setPos(centre);

    // Above the dot, on the side towards the middle of the plot; below it near the top.
    const QRectF text = m_label->boundingRect();
    const qreal gap = m_diameter * 0.75;
    const qreal x = centre.x() > plot.center().x() ? centre.x() - gap - text.width()
                                                   : centre.x() + gap;
    qreal y = centre.y() - gap / 2 - text.height();
    if (y < plot.top())
        y = centre.y() + gap / 2;
    m_label->setPos(x, y);
}

} // namespace pledgecheck
