#include "chartpanel.h"

#include "jobschart.h"
#include "sellerschart.h"
#include "sourceschart.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>

#include <algorithm>
#include <array>

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

constexpr std::array<ChartKind, 3> kKinds{ChartKind::Jobs, ChartKind::Sellers, ChartKind::Sources};

std::unique_ptr<ScenarioChart> makeChart(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Jobs: return std::make_unique<JobsChart>();
    case ChartKind::Sellers: return std::make_unique<SellersChart>();
    case ChartKind::Sources: return std::make_unique<SourcesChart>();
    }
    return nullptr;
}

QString tabTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Jobs: return QObject::tr("Jobs against the pledge");
    case ChartKind::Sellers: return QObject::tr("Sellers");
    case ChartKind::Sources: return QObject::tr("Job sources");
    }
    return {};
}

bool writeImage(const QImage &image, const QString &path, QString *error)
{
    QSaveFile file(path);
    QImageWriter writer(&file, "png");
    if (!file.open(QIODevice::WriteOnly) || !writer.write(image) || !file.commit()) {
        if (error)
            *error = QObject::tr("cannot write %1: %2")
                         .arg(path, file.error() != QFileDevice::NoError ? file.errorString()
                                                                         : writer.errorString());
        return false;
    }
    return true;
}

} // namespace

struct ChartPanel::Charts {
    std::array<std::unique_ptr<ScenarioChart>, kKinds.size()> charts;
    bool shown = false;
    QString scenarioName;
    ScenarioResults current;
    ScenarioResults baseline;
    Eigen::ArrayXXd jobsPercentiles; ///< the bands; empty for none
    std::array<bool, kKinds.size()> stale{true, true, true}; ///< not yet showing these results
};

ChartPanel::ChartPanel(QWidget *parent)
    : QTabWidget(parent)
    , m_charts(std::make_unique<Charts>())
{
    setObjectName(QStringLiteral("chartPanel"));
    setDocumentMode(true);
    for (ChartKind kind : kKinds) {
        auto &chart = m_charts->charts[static_cast<std::size_t>(kind)];
        chart = makeChart(kind);
        auto *view = new QChartView(chart->chart(), this);
        view->setRenderHint(QPainter::Antialiasing);
        // The view paints the white, not the chart: its rounded, antialiased card cost nearly a
        // millisecond a slider step. Exports keep the chart's background (see exportChart).
        chart->chart()->setBackgroundVisible(false);
        view->setBackgroundBrush(Qt::white);
        view->setObjectName(chartName(kind) + QStringLiteral("Chart"));
        addTab(view, tabTitle(kind));
    }
    // Charts out of sight are brought up to date when their tab is opened.
    connect(this, &QTabWidget::currentChanged, this, [this] { showCurrentChart(); });
}

// The charts go before the views, while the views' scenes still hold them.
ChartPanel::~ChartPanel() = default;

void ChartPanel::showResults(const QString &scenarioName, const ScenarioResults &current,
                             const ScenarioResults &baseline)
{
    m_charts->shown = true;
    m_charts->scenarioName = scenarioName;
    m_charts->current = current;
    m_charts->baseline = baseline;
    m_charts->stale.fill(true);
    showCurrentChart();
}

void ChartPanel::setUncertainty(const MonteCarloResult &result)
{
    m_charts->jobsPercentiles = result.samples > 0 ? result.jobsPercentiles : Eigen::ArrayXXd();
    m_charts->stale[static_cast<std::size_t>(ChartKind::Jobs)] = true;
}

void ChartPanel::showUncertainty(const MonteCarloResult &result)
{
    setUncertainty(result);
    showCurrentChart();
}

void ChartPanel::showCurrentChart()
{
    const auto index = static_cast<std::size_t>(currentChart());
    if (!m_charts->shown || !m_charts->stale[index])
        return; // nothing to show yet (a tab opened before the first results), or up to date
    ScenarioChart &chart = *m_charts->charts[index];
    chart.setUncertainty(m_charts->jobsPercentiles.size() > 0 ? &m_charts->jobsPercentiles : nullptr);
    chart.show(m_charts->scenarioName, m_charts->current, m_charts->baseline);
    m_charts->stale[index] = false;
}

ChartKind ChartPanel::currentChart() const
{
    return kKinds[static_cast<std::size_t>(std::max(0, currentIndex()))];
}

void ChartPanel::setCurrentChart(ChartKind kind)
{
    setCurrentIndex(static_cast<int>(kind));
}

bool ChartPanel::exportChart(ChartKind kind, const QString &path, QSize size, QString *error) const
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (size.width() < kSmallestExportSide || size.height() < kSmallestExportSide
        || size.width() > kLargestExportSide || size.height() > kLargestExportSide)
        return fail(tr("cannot export at %1x%2: width and height must be %3 to %4 pixels")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(kSmallestExportSide)
                        .arg(kLargestExportSide));
    if (!m_charts->shown)
        return fail(tr("cannot export %1: no scenario is shown yet").arg(path));

    // A chart of its own, laid out at the export size, so the window's chart is left alone and
    // the picture is drawn at full resolution rather than scaled up. Made after the scene, so it
    // is destroyed (and leaves the scene) first.
    QGraphicsScene scene;
    const std::unique_ptr<ScenarioChart> chart = makeChart(kind);
    chart->setScale(exportScale(size));
    chart->chart()->setBackgroundRoundness(0); // a picture's corners are square
    chart->chart()->setBackgroundVisible(true); // an SVG has no other background
    scene.addItem(chart->chart());
    const QRectF area(QPointF(0, 0), size);
    chart->chart()->setGeometry(area);
    chart->setUncertainty(m_charts->jobsPercentiles.size() > 0 ? &m_charts->jobsPercentiles : nullptr);
    chart->show(m_charts->scenarioName, m_charts->current, m_charts->baseline);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);

    if (QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setResolution(layoutDpi());
        svg.setViewBox(area);
        svg.setTitle(chart->chart()->title());
        QPainter painter(&svg);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, area, area);
        painter.end();
        if (!file.commit())
            return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
        return true;
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
    return writeImage(image, path, error);
}

} // namespace pledgecheck
