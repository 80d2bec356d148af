#include "chartrenderer.h"

#include "atomicfile.h"
#include "jobschart.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QScreen>
#include <QSvgGenerator>

#include <algorithm>

namespace pledgecheck {
namespace {

// Fonts and lines are sized for a chart of about 1280x720 and grow with the export. The smaller
// of the two ratios rules, so a wide, short picture does not get text too tall for it; below
// kSmallestScale text would no longer be legible, whatever the room.
constexpr double kReferenceWidth = 1280.0;
constexpr double kReferenceHeight = 720.0;
constexpr double kSmallestScale = 0.7;

// Text is laid out at the screen's logical resolution (96 dpi offscreen). The picture must be
// drawn at the same one, or fonts given in points come out at another size than the layout made
// room for: QSvgGenerator writes font sizes for 72 dpi unless told.
int layoutDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 96;
}

double exportScale(QSize size)
{
    return std::max(kSmallestScale, std::min(size.width() / kReferenceWidth,
                                             size.height() / kReferenceHeight));
}

// Encoded in memory, then written by the one writer: the file is whole or untouched, and a full
// disk is one line from us rather than libpng's "Write Error" on stderr as well.
QByteArray encodePng(const QImage &image, QString *error)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        *error = writer.errorString();
        return {};
    }
    return png;
}

} // namespace

void showCharts(const ChartSet &charts, const ChartInputs &inputs)
{
    for (const auto &chart : charts) {
        chart->setUncertainty(inputs.uncertainty.get());
        if (auto *jobs = dynamic_cast<JobsChart *>(chart.get()))
            jobs->setAxis(inputs.jobsAxis);
        chart->show(inputs.scenarioName, inputs.current, inputs.baseline);
    }
}

bool renderChart(ChartKind kind, const ChartInputs &inputs, const QString &path, QSize size,
                 QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (size.width() < kSmallestChartSide || size.height() < kSmallestChartSide
        || size.width() > kLargestChartSide || size.height() > kLargestChartSide)
        return fail(QObject::tr("cannot export at %1x%2: width and height must be %3 to %4 pixels")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(kSmallestChartSide)
                        .arg(kLargestChartSide));

    // The charts laid out at the picture's size side by side, drawn at full resolution rather
    // than scaled up. Made after the scene, so they are destroyed (and leave the scene) first.
    QGraphicsScene scene;
    const ChartSet charts = chartEntry(kind).make();
    const QRectF area(QPointF(0, 0), size);
    const double width = area.width() / static_cast<double>(charts.size());
    for (std::size_t i = 0; i < charts.size(); ++i) {
        QChart *chart = charts[i]->chart();
        charts[i]->setScale(exportScale(QSize(qRound(width), size.height())));
        chart->setBackgroundRoundness(0); // a picture's corners are square
        chart->setBackgroundVisible(true); // an SVG has no other background
        scene.addItem(chart);
        chart->setGeometry(QRectF(static_cast<double>(i) * width, 0, width, area.height()));
    }
    showCharts(charts, inputs);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // A picture that does not hold what it says is no picture: say why rather than write it.
    for (const auto &chart : charts) {
        if (const auto problem = chart->problem())
            return fail(QObject::tr("cannot export %1 at %2x%3: %4")
                            .arg(chartName(kind))
                            .arg(size.width())
                            .arg(size.height())
                            .arg(*problem));
    }

    if (QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0) {
        QByteArray svgData;
        QBuffer buffer(&svgData);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setResolution(layoutDpi());
        svg.setViewBox(area);
        svg.setTitle(charts.front()->chart()->title());
        QPainter painter(&svg);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, area, area);
        painter.end();
        return writeFileAtomically(path, svgData, error);
    }

    QImage image(size, QImage::Format_RGB32); // no alpha: saves about a quarter faster
    const int dotsPerMeter = qRound(layoutDpi() / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, area, area);
    painter.end();
    QString problem;
    const QByteArray png = encodePng(image, &problem);
    if (png.isEmpty())
        return fail(QObject::tr("cannot write %1: %2").arg(path, problem));
    return writeFileAtomically(path, png, error);
}

} // namespace pledgecheck
