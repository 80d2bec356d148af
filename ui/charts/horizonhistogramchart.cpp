#include "horizonhistogramchart.h"

#include "anchoredlabels.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QLocale>

#include <cmath>

namespace pledgecheck {
namespace {

// A pledge within this many times the draws' upper tail is drawn on the axis; a farther one only
// named in the legend, or the draws would shrink to a sliver beside it.
constexpr double kPledgeReach = 3.0;

QString percentText(double percent)
{
    return QLocale().toString(percent, 'f', 1);
}

} // namespace

HorizonHistogramChart::HorizonHistogramChart()
    : m_shares(kBins)
{
    m_histogram = addBand(QCoreApplication::translate("HorizonHistogramChart", "Draws"), &ChartTheme::bandInner, nullptr);
    m_asSet = addLine(QCoreApplication::translate("HorizonHistogramChart", "Projection with the values as set"), &ChartTheme::jobs, 2.5,
                      Qt::CustomDashLine);
    setDashes(m_asSet, {3, 2});
    m_pledge = addLine(QCoreApplication::translate("HorizonHistogramChart", "Pledge"), &ChartTheme::pledge, 2.5);
    // The draws' own middle and spread: the median dotted black as on the jobs chart, the 10th
    // and 90th percentiles grey dashes (one legend entry for the pair).
    m_median = addLine(QCoreApplication::translate("HorizonHistogramChart", "Median of the draws"), &ChartTheme::median, 2.0, Qt::CustomDashLine);
    setDashes(m_median, {1, 2});
    m_p10 = addLine(QCoreApplication::translate("HorizonHistogramChart", "10th and 90th percentiles"), &ChartTheme::text, 1.5, Qt::CustomDashLine);
    setDashes(m_p10, {4, 3});
    m_p90 = new QLineSeries;
    m_p90->setPen(m_p10->pen());
    addUnlisted(m_p90);
    putFirstInLegend({m_histogram, m_median, m_p10, m_asSet, m_pledge});
    m_labels = std::make_unique<AnchoredLabels>(chart(), m_histogram);
    scaleChanged(scale());
    themeChanged();
    QObject::connect(chart(), &QChart::plotAreaChanged, chart(), [this] { m_labels->updateGeometry(); });
}

HorizonHistogramChart::~HorizonHistogramChart() = default;

void HorizonHistogramChart::scaleChanged(double scale)
{
    if (!m_labels) // not yet made while the base class sets its first fonts
        return;
    m_labels->setFont(scaledFont(9), scale);
    QPen pen = m_p10->pen();
    m_p90->setPen(pen);
}

void HorizonHistogramChart::themeChanged()
{
    m_p90->setPen(m_p10->pen()); // the pair is one line in the legend
}

double HorizonHistogramChart::binShares(const Eigen::ArrayXd &values, double top,
                                        Eigen::ArrayXd &shares, double bottom)
{
    shares.setZero();
    const Eigen::Index bins = shares.size();
    const double perBin = static_cast<double>(bins) / (top - bottom);
    Eigen::Index outside = 0;
    for (const double value : values) {
        const double bin = std::floor((value - bottom) * perBin);
        if (bin >= 0 && bin < static_cast<double>(bins))
            shares(static_cast<Eigen::Index>(bin)) += 1;
        else
            ++outside;
    }
    const double toPercent = values.size() > 0 ? 100.0 / static_cast<double>(values.size()) : 0.0;
    shares *= toPercent;
    return static_cast<double>(outside) * toPercent;
}

double HorizonHistogramChart::axisTop(double percentile95, double pledge)
{
    const double tail = std::max(1.25 * percentile95, 1.0);
    return pledge <= kPledgeReach * tail ? std::max(tail, pledge) : tail;
}

void HorizonHistogramChart::show(const QString &, const ScenarioResults &current,
                                 const ScenarioResults &)
{
    const double pledge = current.figures.targetJobs;
    const double asSet = current.figures.jobsAtHorizon;
    const QString horizon = monthName(current.parameters, current.figures.horizonMonths);
    const bool created = current.figures.basis == JobCountBasis::Created;
    m_labels->clear();
    if (!uncertainty()) {
        showMessage(QCoreApplication::translate("HorizonHistogramChart",
                                                "Every input is fixed: no spread to show"),
                    created ? QCoreApplication::translate(
                                  "HorizonHistogramChart",
                                  "Every draw would give the projection: %1 jobs created by %2.")
                                  .arg(formatCount(asSet), horizon)
                            : QCoreApplication::translate(
                                  "HorizonHistogramChart",
                                  "Every draw would give the projection: %1 jobs linked in %2.")
                                  .arg(formatCount(asSet), horizon));
        return;
    }
    hideMessage();
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_histogram), static_cast<QAbstractSeries *>(m_asSet),
                                    static_cast<QAbstractSeries *>(m_pledge), static_cast<QAbstractSeries *>(m_median),
                                    static_cast<QAbstractSeries *>(m_p10), static_cast<QAbstractSeries *>(m_p90)})
        series->setVisible(true);
    const MonteCarloResult &mc = uncertainty()->monteCarlo;
    // Short: the chart shares its tab with the odds. The scenario's name is on the other tabs.
    setTitle(
        created
            ? QCoreApplication::translate("HorizonHistogramChart", "Jobs created by %1 (%2 draws)")
                  .arg(horizon, formatCount(mc.samples))
            : QCoreApplication::translate("HorizonHistogramChart", "Jobs linked in %1 (%2 draws)")
                  .arg(horizon, formatCount(mc.samples)));

    const Eigen::Index last = mc.jobsPercentiles.rows() - 1;
    // Draws that lose jobs (created, sellers shrinking) get room below zero, as their upper tail
    // does above.
    const double lowest = std::min(0.0, 1.25 * mc.jobsPercentiles(last, percentileColumn(0.05)));
    const QString counted = created
        ? QCoreApplication::translate("HorizonHistogramChart", "jobs created by %1").arg(horizon)
        : QCoreApplication::translate("HorizonHistogramChart", "jobs linked in %1").arg(horizon);
    const CountRange range = setHorizontalCountAxis(
        axisTop(mc.jobsPercentiles(last, percentileColumn(0.95)), pledge),
        lowest < 0 ? QCoreApplication::translate("HorizonHistogramChart", "%1 (below 0: jobs lost)")
                         .arg(counted)
                   : counted,
        lowest);
    const double top = range.top;
    const double beyond = binShares(mc.jobsAtHorizon, top, m_shares, range.bottom);
    const double binWidth = (top - range.bottom) / static_cast<double>(m_shares.size());
    m_steps.clear();
    for (Eigen::Index i = 0; i < m_shares.size(); ++i) {
        m_steps.append(QPointF(range.bottom + static_cast<double>(i) * binWidth, m_shares(i)));
        m_steps.append(QPointF(range.bottom + static_cast<double>(i + 1) * binWidth, m_shares(i)));
    }
    m_histogram->upperSeries()->replace(m_steps);
    const double yTop = m_shares.maxCoeff();
    // Room above the tallest bar for the marks' names.
    const double shareTop = setCountAxis(
        yTop * 1.25, QCoreApplication::translate("HorizonHistogramChart", "% of draws"));

    // A line beyond the axis is clipped away by the plot, and keeps its entry in the legend.
    const auto vertical = [&](QLineSeries *series, double x) {
        series->replace(QList<QPointF>{QPointF(x, 0), QPointF(x, 1.5 * std::max(yTop, 10.0))});
    };
    vertical(m_pledge, pledge);
    vertical(m_asSet, asSet);
    const double p10 = mc.jobsPercentiles(last, percentileColumn(0.10));
    const double p50 = mc.jobsPercentiles(last, percentileColumn(0.50));
    const double p90 = mc.jobsPercentiles(last, percentileColumn(0.90));
    vertical(m_p10, p10);
    vertical(m_median, p50);
    vertical(m_p90, p90);
    // Each mark named at the plot's top, where the bars are lowest: p10 to the left of its line,
    // p90 to the right, the median and the projection beside theirs away from each other.
    const double labelY = shareTop * 0.97;
    using Side = AnchoredLabels::Side;
    m_labels->add(QCoreApplication::translate("HorizonHistogramChart", "p10 %1").arg(formatCount(p10)), QPointF(p10, labelY), Side::Left, theme().text);
    m_labels->add(QCoreApplication::translate("HorizonHistogramChart", "p90 %1").arg(formatCount(p90)), QPointF(p90, labelY), Side::Right, theme().text);
    const bool projectionRight = asSet >= p50;
    m_labels->add(QCoreApplication::translate("HorizonHistogramChart", "median %1").arg(formatCount(p50)), QPointF(p50, shareTop * 0.85),
                  projectionRight ? Side::Left : Side::Right, theme().median);
    m_labels->add(QCoreApplication::translate("HorizonHistogramChart", "projection %1").arg(formatCount(asSet)), QPointF(asSet, shareTop * 0.73),
                  projectionRight ? Side::Right : Side::Left, theme().jobsLabel);

    setLegendText(
        m_histogram,
        beyond > 0 ? QCoreApplication::translate("HorizonHistogramChart",
                                                 "Draws, share per bin (%1 % beyond the axis)")
                         .arg(percentText(beyond))
                   : QCoreApplication::translate("HorizonHistogramChart", "Draws, share per bin"));
    const QString met = percentText(100.0 * mc.probabilityTargetMet);
    setLegendText(m_pledge,
                  pledge <= top
                      ? QCoreApplication::translate("HorizonHistogramChart",
                                                    "Pledge: %1, met in %2 % of draws")
                            .arg(formatCount(pledge), met)
                      : QCoreApplication::translate("HorizonHistogramChart",
                                                    "Pledge: %1 (off the axis), met in %2 %")
                            .arg(formatCount(pledge), met));
    setLegendText(m_asSet,
                  QCoreApplication::translate("HorizonHistogramChart",
                                              "Projection with the values as set: %1")
                      .arg(formatCount(asSet)));
    setLegendText(m_median,
                  QCoreApplication::translate("HorizonHistogramChart", "Median of the draws: %1")
                      .arg(formatCount(p50)));
    setLegendText(
        m_p10,
        QCoreApplication::translate("HorizonHistogramChart", "10th and 90th percentiles: %1 and %2")
            .arg(formatCount(p10), formatCount(p90)));
    updateLegend();
}

} // namespace pledgecheck
