#include "anchoredlabels.h"

#include <QBrush>
#include <QChart>
#include <QGraphicsSimpleTextItem>

#include <algorithm>

namespace pledgecheck {
namespace {

// Above the series (Qt Charts draws them at z 0 to about 10) and the plot's edge.
constexpr qreal kZ = 90;
// Between a label and its point, at scale 1.
constexpr qreal kGap = 5;

} // namespace

AnchoredLabels::AnchoredLabels(QChart *chart, QAbstractSeries *series)
    : m_chart(chart)
    , m_series(series)
{
}

void AnchoredLabels::clear()
{
    for (const Label &label : std::as_const(m_labels)) {
        label.item->setVisible(false);
        m_spare.append(label.item);
    }
    m_labels.clear();
}

void AnchoredLabels::add(const QString &text, QPointF value, Side side, const QColor &color)
{
    QGraphicsSimpleTextItem *item = m_spare.isEmpty() ? new QGraphicsSimpleTextItem(m_chart)
                                                      : m_spare.takeLast();
    item->setZValue(kZ);
    if (item->font() != m_font)
        item->setFont(m_font); // even the same font lays the text out and redraws it
    item->setBrush(color);
    if (item->text() != text)
        item->setText(text);
    m_labels.append({item, value, side});
    updateGeometry();
}

void AnchoredLabels::setFont(const QFont &font, double scale)
{
    m_font = font;
    m_scale = scale;
    for (const Label &label : std::as_const(m_labels))
        label.item->setFont(font);
    updateGeometry();
}

void AnchoredLabels::updateGeometry()
{
    const QRectF plot = m_chart->plotArea();
    const qreal gap = kGap * m_scale;
    QList<QRectF> placed;
    for (const Label &label : std::as_const(m_labels)) {
        label.item->setVisible(plot.isValid() && m_series->isVisible());
        if (!label.item->isVisible())
            continue;
        const QPointF at = m_chart->mapToPosition(label.value, m_series);
        const QRectF text = label.item->boundingRect();
        QPointF pos;
        switch (label.side) {
        case Side::Left: pos = {at.x() - gap - text.width(), at.y() - text.height() / 2}; break;
        case Side::Right: pos = {at.x() + gap, at.y() - text.height() / 2}; break;
        case Side::Above: pos = {at.x() - text.width() / 2, at.y() - gap - text.height()}; break;
        case Side::Below: pos = {at.x() - text.width() / 2, at.y() + gap}; break;
        }
        // Inside the plot: a label at its edge turns inwards rather than run off.
        pos.setX(std::clamp(pos.x(), plot.left(), std::max(plot.left(), plot.right() - text.width())));
        pos.setY(std::clamp(pos.y(), plot.top(), std::max(plot.top(), plot.bottom() - text.height())));
        label.item->setPos(clearOf(placed, QRectF(pos, text.size()), plot, gap / 2));
        placed.append(QRectF(label.item->pos(), text.size()));
    }
}

QPointF AnchoredLabels::clearOf(const QList<QRectF> &placed, QRectF rect, const QRectF &plot, qreal gap)
{
    // Each move puts the label past one placed label, below it or, at the plot's foot, above it;
    // as many tries as there are labels, then it stays where the last try left it.
    for (qsizetype tries = 0; tries <= placed.size(); ++tries) {
        const auto hit = std::find_if(placed.cbegin(), placed.cend(),
                                      [&rect](const QRectF &other) { return other.intersects(rect); });
        if (hit == placed.cend())
            break;
        if (hit->bottom() + gap + rect.height() <= plot.bottom())
            rect.moveTop(hit->bottom() + gap);
        else
            rect.moveBottom(hit->top() - gap);
    }
    return rect.topLeft();
}

QStringList AnchoredLabels::texts() const
{
    QStringList texts;
    for (const Label &label : m_labels)
        texts << label.item->text();
    return texts;
}

} // namespace pledgecheck
