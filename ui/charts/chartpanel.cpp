#include "chartpanel.h"

#include "atomicfile.h"
#include "horizonhistogramchart.h"
#include "jobschart.h"
#include "pledgeoddschart.h"
#include "sellerschart.h"
#include "sourceschart.h"
#include "tornadochart.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
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

using Charts = std::vector<std::unique_ptr<ScenarioChart>>;

// The charts of a tab, side by side; one picture when exported.
Charts makeCharts(ChartKind kind)
{
    Charts charts;
    switch (kind) {
    case ChartKind::Jobs: charts.push_back(std::make_unique<JobsChart>()); break;
    case ChartKind::Sellers: charts.push_back(std::make_unique<SellersChart>()); break;
    case ChartKind::Sources: charts.push_back(std::make_unique<SourcesChart>()); break;
    case ChartKind::Uncertainty:
        charts.push_back(std::make_unique<HorizonHistogramChart>());
        charts.push_back(std::make_unique<PledgeOddsChart>());
        break;
    case ChartKind::Sensitivity: charts.push_back(std::make_unique<TornadoChart>()); break;
    }
    return charts;
}

// The object names of a tab's chart views, as tests and accessibility find them.
QString viewName(ChartKind kind, std::size_t index)
{
    if (kind == ChartKind::Uncertainty && index == 1)
        return QStringLiteral("oddsChart");
    return chartName(kind) + QStringLiteral("Chart");
}

QString tabTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Jobs: return QObject::tr("Jobs against the pledge");
    case ChartKind::Sellers: return QObject::tr("Sellers");
    case ChartKind::Sources: return QObject::tr("Job sources");
    case ChartKind::Uncertainty: return QObject::tr("Uncertainty");
    case ChartKind::Sensitivity: return QObject::tr("Sensitivity");
    }
    return {};
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

struct ChartPanel::Charts {
    std::array<pledgecheck::Charts, kChartKinds.size()> pages;
    bool shown = false;
    QString scenarioName;
    ScenarioResults current;
    ScenarioResults baseline;
    std::shared_ptr<const UncertaintyResults> uncertainty; ///< null when every input is fixed
    std::array<bool, kChartKinds.size()> stale{}; ///< not yet showing these results
    bool logarithmicJobs = false;

    void show(pledgecheck::Charts &charts) const
    {
        for (const auto &chart : charts) {
            chart->setUncertainty(uncertainty.get());
            if (auto *jobs = dynamic_cast<JobsChart *>(chart.get()))
                jobs->setLogarithmic(logarithmicJobs);
            chart->show(scenarioName, current, baseline);
        }
    }
};

ChartPanel::ChartPanel(QWidget *parent)
    : QTabWidget(parent)
    , m_charts(std::make_unique<Charts>())
{
    setObjectName(QStringLiteral("chartPanel"));
    setDocumentMode(true);
    for (ChartKind kind : kChartKinds) {
        auto &charts = m_charts->pages[static_cast<std::size_t>(kind)];
        charts = makeCharts(kind);
        QList<QChartView *> views;
        for (std::size_t i = 0; i < charts.size(); ++i) {
            auto *view = new QChartView(charts[i]->chart());
            view->setRenderHint(QPainter::Antialiasing);
            // The view paints the white, not the chart: its rounded, antialiased card cost nearly
            // a millisecond a slider step. Exports keep the chart's background (see exportChart).
            charts[i]->chart()->setBackgroundVisible(false);
            view->setBackgroundBrush(Qt::white);
            view->setObjectName(viewName(kind, i));
            views.append(view);
        }
        if (views.size() == 1) {
            addTab(views.front(), tabTitle(kind));
            continue;
        }
        auto *page = new QWidget;
        page->setObjectName(chartName(kind) + QStringLiteral("Page"));
        auto *layout = new QHBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        for (QChartView *view : views)
            layout->addWidget(view);
        addTab(page, tabTitle(kind));
    }
    m_charts->stale.fill(true);
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

void ChartPanel::setUncertainty(std::shared_ptr<const UncertaintyResults> uncertainty)
{
    m_charts->uncertainty = std::move(uncertainty);
    for (ChartKind kind : {ChartKind::Jobs, ChartKind::Uncertainty, ChartKind::Sensitivity})
        m_charts->stale[static_cast<std::size_t>(kind)] = true;
}

void ChartPanel::showUncertainty(std::shared_ptr<const UncertaintyResults> uncertainty)
{
    setUncertainty(std::move(uncertainty));
    showCurrentChart();
}

void ChartPanel::showCurrentChart()
{
    const auto index = static_cast<std::size_t>(currentChart());
    if (!m_charts->shown || !m_charts->stale[index])
        return; // nothing to show yet (a tab opened before the first results), or up to date
    m_charts->show(m_charts->pages[index]);
    m_charts->stale[index] = false;
}

void ChartPanel::setLogarithmicJobs(bool logarithmic)
{
    m_charts->logarithmicJobs = logarithmic;
    m_charts->stale[static_cast<std::size_t>(ChartKind::Jobs)] = true;
    showCurrentChart();
}

bool ChartPanel::isLogarithmicJobs() const
{
    return m_charts->logarithmicJobs;
}

ChartKind ChartPanel::currentChart() const
{
    return kChartKinds[static_cast<std::size_t>(std::max(0, currentIndex()))];
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

    // Charts of their own, laid out at the export size side by side, so the window's charts are
    // left alone and the picture is drawn at full resolution rather than scaled up. Made after the
    // scene, so they are destroyed (and leave the scene) first.
    QGraphicsScene scene;
    pledgecheck::Charts charts = makeCharts(kind);
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
    m_charts->show(charts);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);

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
        return fail(tr("cannot write %1: %2").arg(path, problem));
    return writeFileAtomically(path, png, error);
}

} // namespace pledgecheck
