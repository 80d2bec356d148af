#include "chartlegend.h"

#include <QAreaSeries>
#include <QBrush>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QPen>

#include <algorithm>

namespace pledgecheck {
namespace {

// In units of the font's height: long enough for a line swatch to show two dashes.
constexpr qreal kLineSwatch = 2.2;
constexpr qreal kPatchSwatch = 0.8;
constexpr qreal kSwatchToText = 0.4;
constexpr qreal kBetweenEntries = 1.4;
constexpr qreal kBetweenRows = 0.25;

} // namespace

ChartLegend::ChartLegend(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setFlag(ItemHasNoContents);
}

void ChartLegend::addEntry(QAbstractSeries *series, const QString &text)
{
    Entry entry{series, nullptr, nullptr, false, new QGraphicsSimpleTextItem(text, this)};
    if (series->type() == QAbstractSeries::SeriesTypeArea)
        entry.patch = new QGraphicsRectItem(this);
    else
        entry.line = new QGraphicsLineItem(this);
    entry.label->setFont(m_font);
    entry.label->setBrush(m_textColor);
    m_entries.append(entry);
}

ChartLegend::Entry &ChartLegend::entryOf(QAbstractSeries *series)
{
    const auto found = std::find_if(m_entries.begin(), m_entries.end(),
                                    [series](const Entry &entry) { return entry.series == series; });
    Q_ASSERT(found != m_entries.end());
    return *found;
}

void ChartLegend::showAsDiamond(QAbstractSeries *series)
{
    Entry &entry = entryOf(series);
    if (entry.diamond)
        return;
    delete entry.line;
    delete entry.patch;
    entry.line = nullptr;
    entry.patch = new QGraphicsPolygonItem(this);
    entry.diamond = true;
}

void ChartLegend::putFirst(const QList<QAbstractSeries *> &series)
{
    std::stable_sort(m_entries.begin(), m_entries.end(), [&series](const Entry &a, const Entry &b) {
        const auto rank = [&series](const Entry &entry) {
            const qsizetype at = series.indexOf(entry.series);
            return at < 0 ? series.size() : at;
        };
        return rank(a) < rank(b);
    });
}

void ChartLegend::setText(QAbstractSeries *series, const QString &text)
{
    QGraphicsSimpleTextItem *label = entryOf(series).label;
    if (label->text() != text)
        label->setText(text);
}

void ChartLegend::setFont(const QFont &font)
{
    m_font = font;
    for (const Entry &entry : m_entries)
        entry.label->setFont(font);
}

void ChartLegend::setTextColor(const QColor &color)
{
    m_textColor = color;
    for (const Entry &entry : m_entries)
        entry.label->setBrush(color);
}

void ChartLegend::updateSwatch(const Entry &entry, qreal size)
{
    if (entry.line) {
        entry.line->setPen(static_cast<QLineSeries *>(entry.series)->pen());
        entry.line->setLine(0, 0, kLineSwatch * size, 0);
    } else if (entry.diamond) {
        // Filled in the series' colour, as the marks on the plot are; as wide as an area's patch.
        entry.patch->setBrush(static_cast<QLineSeries *>(entry.series)->pen().color());
        entry.patch->setPen(Qt::NoPen);
        const qreal half = kPatchSwatch * size / 2;
        static_cast<QGraphicsPolygonItem *>(entry.patch)
            ->setPolygon(QPolygonF{{half, 0}, {2 * half, half}, {half, 2 * half}, {0, half}});
    } else {
        const auto *area = static_cast<QAreaSeries *>(entry.series);
        entry.patch->setBrush(area->brush());
        entry.patch->setPen(area->pen());
        static_cast<QGraphicsRectItem *>(entry.patch)->setRect(0, 0, kPatchSwatch * size,
                                                                kPatchSwatch * size);
    }
}

qreal ChartLegend::layOut(qreal width)
{
    const QFontMetricsF metrics(m_font);
    const qreal size = metrics.height();
    struct Placed {
        const Entry *entry;
        qreal swatch;
        qreal width;
    };
    QList<QList<Placed>> rows(1);
    QList<qreal> rowWidths(1, 0);
    for (const Entry &entry : m_entries) {
        const bool shown = entry.series->isVisible();
        entry.label->setVisible(shown);
        (entry.line ? static_cast<QGraphicsItem *>(entry.line) : entry.patch)->setVisible(shown);
        if (!shown)
            continue;
        updateSwatch(entry, size);
        const qreal swatch = (entry.line ? kLineSwatch : kPatchSwatch) * size;
        const qreal itemWidth = swatch + kSwatchToText * size
                                + metrics.horizontalAdvance(entry.label->text());
        qreal &rowWidth = rowWidths.last();
        const qreal widthWith = rowWidth + (rows.last().isEmpty() ? 0 : kBetweenEntries * size)
                                + itemWidth;
        if (!rows.last().isEmpty() && widthWith > width) {
            rows.append(QList<Placed>());
            rowWidths.append(itemWidth);
        } else {
            rowWidth = widthWith;
        }
        rows.last().append({&entry, swatch, itemWidth});
    }

    const qreal rowHeight = size;
    qreal y = 0;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        qreal x = std::max<qreal>(0, (width - rowWidths[r]) / 2);
        for (const Placed &placed : rows[r]) {
            const Entry &entry = *placed.entry;
            if (entry.line) {
                entry.line->setPos(x, y + rowHeight / 2);
            } else {
                entry.patch->setPos(x + (placed.swatch - kPatchSwatch * size) / 2,
                                    y + (rowHeight - kPatchSwatch * size) / 2);
            }
            entry.label->setPos(x + placed.swatch + kSwatchToText * size, y);
            x += placed.width + kBetweenEntries * size;
        }
        y += rowHeight + (r + 1 < rows.size() ? kBetweenRows * size : 0);
    }
    return rows.first().isEmpty() ? 0 : y;
}

QRectF ChartLegend::boundingRect() const
{
    return {};
}

} // namespace pledgecheck
