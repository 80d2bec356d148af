#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractGraphicsShapeItem;
class QAbstractSeries;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace pledgecheck {

/// A chart's legend, centred in rows that wrap, so that long labels are never cut short in a
/// narrow window. Qt Charts' own legend keeps one row and elides; this one is drawn as plain items
/// of the chart. Each entry shows its series' pen (lines, with their dashes) or brush (areas).
class ChartLegend : public QGraphicsItem
{
public:
    explicit ChartLegend(QGraphicsItem *parent);

    /// Adds an entry for @p series; entries show in the order they are added.
    void addEntry(QAbstractSeries *series, const QString &text);
    /// Shows the entries of @p series first, in that order.
    void putFirst(const QList<QAbstractSeries *> &series);
    void setText(QAbstractSeries *series, const QString &text);
    /// Shows @p series' entry as a diamond in its pen's colour, not a line: the entry of marks
    /// drawn as diamonds beside the series (DatedMarks' reported figures).
    void showAsDiamond(QAbstractSeries *series);

    void setFont(const QFont &font);
    void setTextColor(const QColor &color);

    /// Lays the entries out in rows at most @p width wide, and returns the height they take.
    qreal layOut(qreal width);

    QRectF boundingRect() const override;
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

private:
    struct Entry {
        QAbstractSeries *series;
        QGraphicsLineItem *line;             // for a line series
        QAbstractGraphicsShapeItem *patch;   // for an area series, or a diamond
        bool diamond = false;
        QGraphicsSimpleTextItem *label;
    };
    Entry &entryOf(QAbstractSeries *series);
    void updateSwatch(const Entry &entry, qreal size);

    QList<Entry> m_entries;
    QFont m_font;
    QColor m_textColor = Qt::black;
};

} // namespace pledgecheck
