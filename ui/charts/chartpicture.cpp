#include "chartpicture.h"

#include "atomicfile.h"
#include "chartrenderer.h"
#include "messagetext.h"
#include "scenariochart.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QScreen>
#include <QSvgGenerator>
#include <QTextLayout>

#include <algorithm>

namespace pledgecheck {
namespace {

// Fonts and lines are sized for a chart of about 1280x720 and grow with the export.
constexpr double kReferenceWidth = 1280.0;
constexpr double kReferenceHeight = 720.0;
constexpr double kSmallestScale = 0.7;

// The source line, at scale 1, in pixels and points: the axes' label size, the charts' margin.
constexpr double kFooterPoints = 9;
constexpr double kFooterMargin = 8;
constexpr int kFooterMostLines = 2;
// The source line gives up a line, then itself, rather than take more of the picture than this:
// an icon-sized export keeps its chart (the file's provenance still says where it comes from).
constexpr double kFooterLargestShare = 0.15;

// Text is laid out at the screen's logical resolution (96 dpi offscreen). The picture must be
// drawn at the same one, or fonts given in points come out at another size than the layout made
// room for: QSvgGenerator writes font sizes for 72 dpi unless told.
int layoutDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 96;
}

// @p text in at most @p mostLines lines of @p width in @p font, broken between words (or inside a
// word too long for a line); what does not fit on the last line is cut with "…".
QStringList fitLines(const QString &text, const QFont &font, double width, int mostLines)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const QFontMetricsF metrics(font);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() + 1 == mostLines) { // the rest goes on the last line, cut to fit
            lines << metrics.elidedText(text.mid(line.textStart()).trimmed(), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
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

std::optional<QString> ChartPicture::checkSize(QSize size)
{
    if (size.width() < kSmallestChartSide || size.height() < kSmallestChartSide
        || size.width() > kLargestChartSide || size.height() > kLargestChartSide)
        return QCoreApplication::translate(
                   "ChartPicture",
                   "cannot export at %1x%2: width and height must be %3 to %4 pixels")
            .arg(size.width())
            .arg(size.height())
            .arg(kSmallestChartSide)
            .arg(kLargestChartSide);
    return std::nullopt;
}

double ChartPicture::scaleFor(QSize size)
{
    return std::max(kSmallestScale,
                    std::min(size.width() / kReferenceWidth, size.height() / kReferenceHeight));
}

ChartPicture::ChartPicture(ChartKind kind, const ChartInputs &inputs, QSize size,
                           const ExportOptions &options)
    : m_kind(kind)
    , m_size(size)
    , m_scene(std::make_unique<QGraphicsScene>())
    , m_charts(chartEntry(kind).make())
    , m_provenance(ChartProvenance::of(kind, inputs))
    , m_background(options.theme.background)
{
    // An SVG has no background of its own: the scene paints it under the source line.
    m_scene->setBackgroundBrush(m_background);
    const double scale = scaleFor(size);
    if (options.footer)
        addFooter(inputs, scale, options.theme.text);

    // The charts laid out side by side above the source line, drawn at full resolution rather
    // than scaled up.
    const double width = size.width() / static_cast<double>(m_charts.size());
    const double height = size.height() - m_footerHeight;
    for (std::size_t i = 0; i < m_charts.size(); ++i) {
        QChart *chart = m_charts[i]->chart();
        m_charts[i]->setScale(scale);
        m_charts[i]->setTheme(options.theme);
        chart->setBackgroundRoundness(0); // a picture's corners are square
        chart->setBackgroundVisible(true);
        m_scene->addItem(chart);
        chart->setGeometry(QRectF(static_cast<double>(i) * width, 0, width, height));
    }
    showCharts(m_charts, inputs);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

ChartPicture::~ChartPicture()
{
    m_charts.clear(); // the charts leave the scene before it goes
}

void ChartPicture::addFooter(const ChartInputs &inputs, double scale, const QColor &color)
{
    m_footerFont = QFont();
    m_footerFont.setPointSizeF(kFooterPoints * scale);
    const QFontMetricsF metrics(m_footerFont);
    const double margin = kFooterMargin * scale;
    m_footerWidth = std::max(1.0, m_size.width() - 2 * margin);
    const QString text = footerText(inputs);
    for (int lines = kFooterMostLines; lines > 0; --lines) {
        const double height = lines * metrics.lineSpacing() + margin;
        if (height <= kFooterLargestShare * m_size.height()) {
            m_footerLines = fitLines(text, m_footerFont, m_footerWidth, lines);
            m_footerHeight = m_footerLines.size() * metrics.lineSpacing() + margin;
            break;
        }
    }
    if (m_footerLines.isEmpty())
        return;
    auto *item = m_scene->addSimpleText(m_footerLines.join(QLatin1Char('\n')), m_footerFont);
    item->setBrush(color);
    item->setPos(margin, m_size.height() - m_footerHeight);
}

std::optional<QString> ChartPicture::problem() const
{
    for (const auto &chart : m_charts) {
        if (const auto problem = chart->problem())
            return QCoreApplication::translate("ChartPicture", "cannot export %1 at %2x%3: %4")
                .arg(chartName(m_kind))
                .arg(m_size.width())
                .arg(m_size.height())
                .arg(*problem);
    }
    return std::nullopt;
}

QByteArray ChartPicture::svg() const
{
    const QRectF area(QPointF(0, 0), m_size);
    QByteArray svgData;
    QBuffer buffer(&svgData);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(m_size);
    svg.setResolution(layoutDpi());
    svg.setViewBox(area);
    // QSvgGenerator (Qt 6.4) writes both as they are: a name with "&" or "<" would break the XML.
    svg.setTitle(m_provenance.title.toHtmlEscaped());
    svg.setDescription(m_provenance.svgDescription().toHtmlEscaped());
    QPainter painter(&svg);
    painter.setRenderHint(QPainter::Antialiasing);
    m_scene->render(&painter, area, area);
    painter.end();
    return svgData;
}

namespace {

// The write's message in the window's language; with no catalogue loaded (the command line), the
// model's English words.
bool writeWorded(const QString &path, const QByteArray &data, QString *error)
{
    std::optional<ModelMessage> problem;
    const bool written = writeFileAtomically(path, data, &problem);
    if (problem && error)
        *error = messageText(*problem);
    return written;
}

} // namespace

bool ChartPicture::write(const QString &path, QString *error) const
{
    if (QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0)
        return writeWorded(path, svg(), error);

    const QRectF area(QPointF(0, 0), m_size);
    QImage image(m_size, QImage::Format_RGB32); // no alpha: saves about a quarter faster
    const int dotsPerMeter = qRound(layoutDpi() / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(m_background);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&painter, area, area);
    painter.end();
    // PNG text chunks under the keywords the PNG specification gives them.
    image.setText(QStringLiteral("Title"), m_provenance.title);
    image.setText(QStringLiteral("Software"), m_provenance.software);
    image.setText(QStringLiteral("Description"), m_provenance.description);
    image.setText(QStringLiteral("Source"), m_provenance.source);
    QString problem;
    const QByteArray png = encodePng(image, &problem);
    if (png.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ChartPicture", "cannot write %1: %2")
                         .arg(path, problem);
        return false;
    }
    return writeWorded(path, png, error);
}

} // namespace pledgecheck
