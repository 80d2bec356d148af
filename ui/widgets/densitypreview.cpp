#include "densitypreview.h"

#include "valuetext.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>

namespace pledgecheck {
namespace {

constexpr int kSteps = 200;
constexpr double kTail = 0.001; // the share of each tail left out, or a lognormal's runs off
constexpr int kMargin = 6;

} // namespace

DensityPreview::DensityPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("densityPreview"));
    setMinimumSize(240, 90);
    setAccessibleName(tr("Density of the distribution"));
}

QList<QPointF> DensityPreview::densityCurve(const Distribution &distribution, double low,
                                            double high, int steps)
{
    QList<QPointF> curve;
    double previousP = kTail;
    double previousX = distribution.quantile(previousP, low, high);
    for (int i = 1; i <= steps; ++i) {
        const double p = kTail + (1.0 - 2.0 * kTail) * i / steps;
        const double x = distribution.quantile(p, low, high);
        if (x > previousX)
            curve.append(QPointF((previousX + x) / 2.0, (p - previousP) / (x - previousX)));
        previousP = p;
        previousX = x;
    }
    return curve;
}

void DensityPreview::setDistribution(const ParameterDescriptor &descriptor,
                                     const Distribution &distribution, double value)
{
    m_descriptor = &descriptor;
    m_message.clear();
    m_value = value;
    m_curve = distribution.isFixed()
        ? QList<QPointF>()
        : densityCurve(distribution, descriptor.minimum, descriptor.maximum, kSteps);
    update();
}

void DensityPreview::setMessage(const QString &message)
{
    m_message = message;
    m_curve.clear();
    update();
}

void DensityPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QRectF area = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin,
                                                -kMargin - fontMetrics().height());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    if (!m_message.isEmpty() || !m_descriptor) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    if (m_curve.isEmpty()) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(rect(), Qt::AlignCenter,
                         tr("Fixed at %1").arg(valueText(*m_descriptor, m_value)));
        return;
    }
    const double left = m_curve.front().x(), right = m_curve.back().x();
    const double top = std::max_element(m_curve.begin(), m_curve.end(), [](QPointF a, QPointF b) {
                           return a.y() < b.y();
                       })->y();
    const auto at = [&](double x, double y) {
        return QPointF(area.left() + (x - left) / std::max(right - left, 1e-300) * area.width(),
                       area.bottom() - y / top * area.height());
    };
    QPainterPath path(at(left, 0));
    for (const QPointF &point : m_curve)
        path.lineTo(at(point.x(), point.y()));
    path.lineTo(at(right, 0));
    path.closeSubpath();
    const QColor blue(0x00, 0x72, 0xB2);
    painter.fillPath(path, QColor(blue.red(), blue.green(), blue.blue(), 70));
    painter.strokePath(path, QPen(blue, 1.5));
    // The parameter's value: the distribution's centre.
    painter.setPen(QPen(QColor(0xD5, 0x5E, 0x00), 2));
    painter.drawLine(at(m_value, 0), QPointF(at(m_value, 0).x(), area.top()));

    // Its value by the line's top, on the side with room; the ends of the curve below.
    painter.setPen(palette().color(QPalette::Text));
    const QString valueLabel = valueText(*m_descriptor, m_value);
    const double lineX = at(m_value, 0).x();
    const double labelWidth = fontMetrics().horizontalAdvance(valueLabel);
    const double labelX = lineX + 4 + labelWidth <= area.right() ? lineX + 4 : lineX - 4 - labelWidth;
    painter.drawText(QPointF(labelX, area.top() + fontMetrics().ascent()), valueLabel);
    const QRectF labels(area.left(), area.bottom() + 2, area.width(), fontMetrics().height());
    painter.drawText(labels, Qt::AlignLeft, valueText(*m_descriptor, left));
    painter.drawText(labels, Qt::AlignRight, valueText(*m_descriptor, right));
}

} // namespace pledgecheck
