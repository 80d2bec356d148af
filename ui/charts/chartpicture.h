#pragma once

#include "chartkind.h"
#include "chartprovenance.h"
#include "charttheme.h"

#include <QFont>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QGraphicsScene;
QT_END_NAMESPACE

namespace pledgecheck {

struct ChartInputs;

/// What an exported picture carries besides its charts.
struct ExportOptions {
    /// The source line under the charts (footerText()): on unless asked off.
    bool footer = true;
    /// On white unless asked otherwise, whatever the window's palette: a picture goes into
    /// articles and slides, not back into the window.
    ChartTheme theme = ChartTheme::light();
};

/// One exported picture: a tab's charts side by side at the picture's size, every text at one
/// scale, the source line under them, and its provenance, ready to be written as PNG or SVG.
/// Charts of its own: the window's are left alone.
class ChartPicture
{
public:
    /// @p size must pass checkSize().
    ChartPicture(ChartKind kind, const ChartInputs &inputs, QSize size, const ExportOptions &options);
    ~ChartPicture();

    /// Why a picture cannot be @p size pixels (a side out of kSmallestChartSide ...
    /// kLargestChartSide), or none.
    static std::optional<QString> checkSize(QSize size);

    /// The scale of every text and line in a picture of @p size: 1 at 1280x720 and 3 at
    /// 3840x2160, the smaller of the width's and the height's ratio (a wide, short picture does
    /// not get text too tall for it), never below 0.7 (smaller is not legible). One scale for
    /// the whole picture, so that two charts side by side have the labels of one alone.
    static double scaleFor(QSize size);

    const ChartSet &charts() const { return m_charts; }
    /// The source line as drawn, a line an entry; empty when asked off or too tall to fit.
    QStringList footerLines() const { return m_footerLines; }
    QFont footerFont() const { return m_footerFont; }
    /// The width the source line's lines must fit, in pixels.
    double footerWidth() const { return m_footerWidth; }
    const ChartProvenance &provenance() const { return m_provenance; }

    /// Why the picture would not hold what it says (a chart's sentence that does not fit), or none.
    std::optional<QString> problem() const;

    /// Writes the picture to @p path: SVG when the path ends in ".svg" (any case), else PNG.
    /// Whole or not at all: false with @p error set, and an older file kept, when it cannot be.
    bool write(const QString &path, QString *error) const;

private:
    void addFooter(const ChartInputs &inputs, double scale, const QColor &color);
    QByteArray svg() const;

    ChartKind m_kind;
    QSize m_size;
    std::unique_ptr<QGraphicsScene> m_scene;
    ChartSet m_charts; ///< after the scene: destroyed first, leaving it
    ChartProvenance m_provenance;
    QStringList m_footerLines;
    QFont m_footerFont;
    double m_footerWidth = 0;
    double m_footerHeight = 0;
    QColor m_background;
};

} // namespace pledgecheck
