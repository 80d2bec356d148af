#include "frontierchart.h"

#include "anchoredlabels.h"
#include "parametertable.h"
#include "pointcallout.h"
#include "presetlibrary.h"
#include "valuetext.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>
#include <map>

namespace pledgecheck {
namespace {

// Growth is plotted in percent, as the window writes it.
constexpr double kPercent = 100;
// The growth axis spans at least the growth slider's track, 0 to 200 %, and at most the valid range.
constexpr double kLeastRight = 200;
// The region where the pledge is met: the bluish green, faint, mixed over the background.
constexpr double kMeetsOpacity = 0.22;
// A little more than the 2 % a count axis keeps above its largest value (NiceScale::above()).
constexpr double kCountAxisHeadroom = 1.025;

QString hiresText(double hires)
{
    return hires == 1
        ? QCoreApplication::translate("FrontierChart", "1 hire")
        : QCoreApplication::translate("FrontierChart", "%1 hires").arg(numberText(hires, 2));
}

// In the chart's units: growth in percent across, hires up.
std::optional<QPointF> plotted(const FrontierPoint &point)
{
    const auto growth = leastGrowthMeeting(point);
    if (!growth)
        return std::nullopt;
    return QPointF(*growth * kPercent, point.hires);
}

} // namespace

const std::vector<FrontierChart::PresetPoint> &FrontierChart::presetPoints()
{
    // Read once: the presets are compiled in. Presets at one point share a label.
    static const std::vector<PresetPoint> points = [] {
        std::map<std::pair<double, double>, QStringList> names;
        for (const PresetInfo &preset : presetlibrary::list()) {
            QString error;
            if (const auto scenario = presetlibrary::load(preset.name, &error))
                names[{scenario->parameters[ParameterId::AnnualGrowthRate],
                       scenario->parameters[ParameterId::HiresPerSeller]}]
                    .append(preset.name);
        }
        std::vector<PresetPoint> result;
        for (const auto &[at, presetNames] : names)
            result.push_back({presetNames.join(QStringLiteral(", ")), at.first, at.second});
        return result;
    }();
    return points;
}

FrontierChart::FrontierChart()
{
    // Added back to front: the region first, the scenario's own line over the draws'.
    m_meets = addBand(QCoreApplication::translate("FrontierChart", "Meets the pledge"), &ChartTheme::service, new QLineSeries);
    m_meets->setPen(Qt::NoPen);
    m_halfLine = addLine(QCoreApplication::translate("FrontierChart", "Half the draws meet it"), &ChartTheme::median, 2.0, Qt::CustomDashLine);
    setDashes(m_halfLine, {4, 3});
    m_frontierLine = addLine(QCoreApplication::translate("FrontierChart", "Pledge met exactly"), &ChartTheme::pledge, 3.0);
    putFirstInLegend({m_frontierLine, m_meets, m_halfLine});
    m_presets = new QScatterSeries;
    m_presets->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    addUnlisted(m_presets);
    m_presetNames = std::make_unique<AnchoredLabels>(chart(), m_presets);
    m_current = std::make_unique<PointCallout>(chart(), m_frontierLine);
    scaleChanged(scale());
    themeChanged();
    QObject::connect(chart(), &QChart::plotAreaChanged, chart(), [this] {
        m_current->updateGeometry();
        m_presetNames->updateGeometry();
    });
}

FrontierChart::~FrontierChart() = default;

void FrontierChart::scaleChanged(double scale)
{
    if (!m_current) // not yet made while the base class sets its first fonts
        return;
    m_current->setSizes(scaledFont(10), 13 * scale);
    m_presetNames->setFont(scaledFont(9), scale);
    m_presets->setMarkerSize(10 * scale);
}

void FrontierChart::themeChanged()
{
    setBandColor(m_meets, theme().over(theme().service, kMeetsOpacity));
    m_presets->setColor(theme().preset);
    m_presets->setBorderColor(theme().background);
    m_current->setColors(theme().jobs, theme());
}

void FrontierChart::drawLine(QLineSeries *line, const std::vector<FrontierPoint> &points)
{
    QList<QPointF> xy;
    for (const FrontierPoint &point : points) {
        if (const auto at = plotted(point))
            xy.append(*at);
    }
    line->replace(xy);
}

void FrontierChart::show(const QString &scenarioName, const ScenarioResults &current, const ScenarioResults &)
{
    const Parameters &p = current.parameters;
    // A refined run for the same values and events leaves the frontier as it was.
    if (m_frontierOf != p || m_frontierEvents != current.events) {
        m_frontier = frontier(p, current.events);
        m_frontierOf = p;
        m_frontierEvents = current.events;
    }
    const std::vector<FrontierPoint> *half
        = uncertainty() && !uncertainty()->halfDrawsFrontier.empty() ? &uncertainty()->halfDrawsFrontier : nullptr;
    const QPointF scenario(p[ParameterId::AnnualGrowthRate] * kPercent, p[ParameterId::HiresPerSeller]);
    const ParameterDescriptor &growth = descriptor(ParameterId::AnnualGrowthRate);
    const ParameterDescriptor &hires = descriptor(ParameterId::HiresPerSeller);

    // Across: the growth slider's track, widened to hold the scenario, the presets and both lines.
    double left = std::min(0.0, scenario.x()), right = std::max(kLeastRight, scenario.x());
    double top = std::max(frontierHires().back(), scenario.y());
    for (const PresetPoint &preset : presetPoints()) {
        left = std::min(left, preset.growth * kPercent);
        right = std::max(right, preset.growth * kPercent);
        top = std::max(top, preset.hires);
    }
    const auto widenFor = [&](const std::vector<FrontierPoint> &points) {
        for (const FrontierPoint &point : points) {
            if (const auto at = plotted(point)) {
                left = std::min(left, at->x());
                right = std::max(right, at->x());
            }
        }
    };
    widenFor(m_frontier);
    if (half)
        widenFor(*half);
    left = std::max(left, growth.minimum * kPercent);
    right = std::min(right, growth.maximum * kPercent);
    const CountRange across = setHorizontalCountAxis(
        right,
        QCoreApplication::translate("FrontierChart", "yearly seller growth before churn (%)"),
        left);
    // Up to the grid's top (or the highest point), not a round step beyond it: a count axis keeps
    // 2 % above its largest value, and the region stops at the grid's top.
    setCountAxis(top / kCountAxisHeadroom,
                 QCoreApplication::translate("FrontierChart", "hires per hiring seller (workers)"));

    const QString horizon = monthName(p, current.figures.horizonMonths);
    setTitle(QCoreApplication::translate("FrontierChart", "%1: what it would take by %2")
                 .arg(titleName(scenarioName), horizon));

    // The line, and the region right of it up to the axis's end: more growth meets it too.
    drawLine(m_frontierLine, m_frontier);
    QList<QPointF> edge, rightEdge;
    for (const FrontierPoint &point : m_frontier) {
        if (const auto at = plotted(point)) {
            edge.append(*at);
            rightEdge.append(QPointF(across.top, point.hires));
        }
    }
    m_meets->upperSeries()->replace(edge);
    m_meets->lowerSeries()->replace(rightEdge);
    const bool anyMeets = !edge.isEmpty();
    setLegendText(m_frontierLine,
                  anyMeets
                      ? QCoreApplication::translate("FrontierChart",
                                                    "Pledge met exactly, every other input as set")
                      : QCoreApplication::translate(
                            "FrontierChart", "Pledge met exactly: at no growth in %1 with %2 to %3")
                            .arg(rangeText(growth), countText(frontierHires().front()),
                                 valueText(hires, frontierHires().back())));
    if (m_meets->isVisible() != anyMeets)
        m_meets->setVisible(anyMeets);

    // The draws' line comes with the full run; while a slider moves, the legend says so.
    m_halfLine->setVisible(uncertainty() != nullptr);
    if (half) {
        drawLine(m_halfLine, *half);
        const int draws = std::min(uncertainty()->monteCarlo.samples, kHalfDrawsSamples);
        setLegendText(m_halfLine,
                      QCoreApplication::translate("FrontierChart", "Half of %1 draws meet it")
                          .arg(formatCount(draws)));
    } else if (uncertainty()) {
        m_halfLine->clear();
        setLegendText(m_halfLine,
                      QCoreApplication::translate("FrontierChart", "Half the draws: once at rest"));
    }

    QList<QPointF> presetsAt;
    m_presetNames->clear();
    for (const PresetPoint &preset : presetPoints()) {
        const QPointF at(preset.growth * kPercent, preset.hires);
        presetsAt.append(at);
        m_presetNames->add(preset.name, at, AnchoredLabels::Side::Below, theme().presetLabel);
    }
    m_presets->replace(presetsAt);
    m_current->setPoint(
        scenario,
        QCoreApplication::translate("FrontierChart", "This scenario: %1, %2 per hiring seller")
            .arg(valueText(growth, scenario.x() / kPercent), hiresText(scenario.y())));
    updateLegend();
}

} // namespace pledgecheck
