#include "tornadochart.h"

#include "anchoredlabels.h"
#include "parametertable.h"
#include "valuetext.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace pledgecheck {
namespace {

// Okabe-Ito orange and blue: told apart with any colour vision.
constexpr QColor ChartTheme::*kLowEnd = &ChartTheme::orange;
constexpr QColor ChartTheme::*kHighEnd = &ChartTheme::jobs;

} // namespace

double TornadoChart::toSignificantFigures(double value, int figures)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    const double magnitude = std::pow(10.0, figures - 1 - std::floor(std::log10(std::abs(value))));
    return std::round(value * magnitude) / magnitude;
}

TornadoChart::TornadoChart()
{
    const auto realParameters = std::count_if(parameterTable().begin(), parameterTable().end(),
                                              [](const ParameterDescriptor &d) {
                                                  return d.kind == ParameterKind::Real;
                                              });
    for (int i = 0; i < realParameters; ++i) {
        // The first pair names the colours in the legend; the rest repeat them.
        Bar bar{};
        if (i == 0) {
            bar.low = addBand(
                QCoreApplication::translate("TornadoChart", "Parameter at its 10th percentile"),
                kLowEnd, new QLineSeries);
            bar.high = addBand(
                QCoreApplication::translate("TornadoChart", "Parameter at its 90th percentile"),
                kHighEnd, new QLineSeries);
        } else {
            bar.low = addUnlistedBand(kLowEnd, new QLineSeries);
            bar.high = addUnlistedBand(kHighEnd, new QLineSeries);
        }
        m_bars.push_back(bar);
    }
    m_asSet = addLine(QCoreApplication::translate("TornadoChart", "Projection with the values as set"), &ChartTheme::text, 2.0);
    m_ends = std::make_unique<AnchoredLabels>(chart(), m_asSet);
    scaleChanged(scale());
    QObject::connect(chart(), &QChart::plotAreaChanged, chart(), [this] { m_ends->updateGeometry(); });
}

TornadoChart::~TornadoChart() = default;

void TornadoChart::scaleChanged(double scale)
{
    if (m_ends) // not yet made while the base class sets its first fonts
        m_ends->setFont(scaledFont(9), scale);
}

void TornadoChart::setRectangle(QAreaSeries *series, double from, double to, double row)
{
    const double left = std::min(from, to), right = std::max(from, to);
    series->upperSeries()->replace(
        QList<QPointF>{QPointF(left, row + kHalfBar), QPointF(right, row + kHalfBar)});
    series->lowerSeries()->replace(
        QList<QPointF>{QPointF(left, row - kHalfBar), QPointF(right, row - kHalfBar)});
}

void TornadoChart::show(const QString &scenarioName, const ScenarioResults &current,
                        const ScenarioResults &)
{
    const double asSet = current.figures.jobsAtHorizon;
    const QString horizon = monthName(current.parameters, current.figures.horizonMonths);
    const std::vector<SensitivityBar> none;
    const std::vector<SensitivityBar> &tornado = uncertainty() ? uncertainty()->tornado : none;
    const auto rows = static_cast<int>(tornado.size());
    m_ends->clear();
    if (rows == 0) {
        showMessage(
            QCoreApplication::translate("TornadoChart",
                                        "Every input is fixed: nothing swings the jobs"),
            QCoreApplication::translate(
                "TornadoChart", "Give an input a distribution to see which moves them most."));
        return;
    }
    hideMessage();
    setTitle(
        current.figures.basis == JobCountBasis::Created
            ? QCoreApplication::translate("TornadoChart", "%1: what moves jobs created by %2 most")
                  .arg(titleName(scenarioName), horizon)
            : QCoreApplication::translate("TornadoChart", "%1: what moves jobs linked in %2 most")
                  .arg(titleName(scenarioName), horizon));
    double largest = asSet, smallest = std::min(asSet, 0.0);
    for (const SensitivityBar &bar : tornado) {
        largest = std::max({largest, bar.jobsAtLow, bar.jobsAtHigh});
        smallest = std::min({smallest, bar.jobsAtLow, bar.jobsAtHigh});
    }
    const QString counted = current.figures.basis == JobCountBasis::Created
        ? QCoreApplication::translate("TornadoChart", "jobs created by %1").arg(horizon)
        : QCoreApplication::translate("TornadoChart", "jobs linked in %1").arg(horizon);
    setHorizontalCountAxis(
        largest,
        smallest < 0
            ? QCoreApplication::translate("TornadoChart", "%1 (below 0: jobs lost)").arg(counted)
            : counted,
        smallest);

    // Widest swing on top: the first bar gets the highest row.
    QList<QPair<QString, double>> labels;
    for (int i = rows - 1; i >= 0; --i) {
        const SensitivityBar &bar = tornado[static_cast<std::size_t>(i)];
        const ParameterDescriptor &d = descriptor(bar.id);
        // The correlations come with the full run only, once the values rest.
        const std::optional<double> correlation = uncertainty()->correlationOf(bar.id);
        // Two lines, so that a narrow window does not cut the range short: the axis labels are
        // rich text.
        QString label = QCoreApplication::translate("TornadoChart", "%1<br>%2")
                            .arg(labelText(descriptor(bar.id)),
                                 rangeOfValuesText(d, bar.lowValue, bar.highValue));
        if (correlation)
            label += QCoreApplication::translate("TornadoChart", ", rank corr. %1")
                         .arg(QLocale().toString(*correlation, 'f', 2));
        labels.append({label, static_cast<double>(rows - 1 - i)});
    }
    setVerticalCategories(labels, -0.5, std::max(rows, 1) - 0.5);

    for (std::size_t i = 0; i < m_bars.size(); ++i) {
        const bool used = i < tornado.size();
        m_bars[i].low->setVisible(used);
        m_bars[i].high->setVisible(used);
        if (!used)
            continue;
        const double row = rows - 1 - static_cast<double>(i);
        setRectangle(m_bars[i].low, asSet, tornado[i].jobsAtLow, row);
        setRectangle(m_bars[i].high, asSet, tornado[i].jobsAtHigh, row);
    }
    m_asSet->setVisible(true);
    // Each bar's end says the input's value there, to three significant figures as the axis's
    // labels give the range: "10.4 % per year" at the end where churn at its 10th percentile leaves
    // the jobs. A label goes outside its bar; where both bars run the same way, the shorter one's
    // label goes the other side of the projection's line, clear of the longer bar.
    for (std::size_t i = 0; i < tornado.size(); ++i) {
        const SensitivityBar &bar = tornado[i];
        const ParameterDescriptor &d = descriptor(bar.id);
        const double row = rows - 1 - static_cast<double>(i);
        const bool sameWay = (bar.jobsAtLow < asSet) == (bar.jobsAtHigh < asSet);
        const double shorter = std::abs(bar.jobsAtLow - asSet) < std::abs(bar.jobsAtHigh - asSet) ? bar.jobsAtLow
                                                                                                    : bar.jobsAtHigh;
        for (const auto &[jobs, value] : {std::pair{bar.jobsAtLow, bar.lowValue}, std::pair{bar.jobsAtHigh, bar.highValue}}) {
            const bool across = sameWay && jobs == shorter;
            const bool left = (jobs < asSet) != across;
            m_ends->add(valueText(d, toSignificantFigures(value, 3)), QPointF(across ? asSet : jobs, row),
                        left ? AnchoredLabels::Side::Left : AnchoredLabels::Side::Right, theme().text);
        }
    }
    setLegendText(
        m_asSet,
        QCoreApplication::translate("TornadoChart", "Projection with the values as set: %1")
            .arg(formatCount(asSet)));
    updateLegend();
}

} // namespace pledgecheck
