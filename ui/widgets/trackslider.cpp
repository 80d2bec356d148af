#include "trackslider.h"

#include "palettecolors.h"
#include "trackslideraccessible.h"

#include <QAccessible>

#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionSlider>

namespace pledgecheck {

TrackSlider::TrackSlider(QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
{
    installTrackSliderAccessibility();
}

void TrackSlider::setShownValue(const QString &text, double shown)
{
    if (text == m_shownText && shown == m_shownValue)
        return;
    m_shownText = text;
    m_shownValue = shown;
    // QAbstractSlider told of the new position; a screen reader should hear the value itself.
    QAccessibleValueChangeEvent event(this, shown);
    QAccessible::updateAccessibility(&event);
}

void TrackSlider::setShownScale(double minimum, double maximum, double step, std::function<int(double)> positionOf)
{
    m_shownMinimum = minimum;
    m_shownMaximum = maximum;
    m_shownStep = step;
    m_positionOf = std::move(positionOf);
}

void TrackSlider::setBeyond(Beyond beyond)
{
    if (beyond == m_beyond)
        return;
    m_beyond = beyond;
    update();
}

void TrackSlider::paintEvent(QPaintEvent *event)
{
    QSlider::paintEvent(event);
    if (m_beyond == Beyond::No)
        return;
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRectF handle = style()->subControlRect(QStyle::CC_Slider, &option,
                                                  QStyle::SC_SliderHandle, this);
    // A filled arrowhead on the thumb, pointing out of the track: the value lies that way.
    const bool right = (m_beyond == Beyond::AboveTrack) != invertedAppearance();
    const double half = std::min(handle.width(), handle.height()) * 0.35;
    const QPointF centre = handle.center();
    const double tip = right ? half : -half;
    QPainterPath arrow;
    arrow.moveTo(centre + QPointF(tip, 0));
    arrow.lineTo(centre + QPointF(-tip, -half));
    arrow.lineTo(centre + QPointF(-tip, half));
    arrow.closeSubpath();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillPath(arrow, warningColor(palette()));
}

} // namespace pledgecheck
