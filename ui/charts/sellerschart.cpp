#include "sellerschart.h"

#include "anchoredlabels.h"
#include "datedmarks.h"
#include "jobsaxis.h"

#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>

namespace pledgecheck {

SellersChart::SellersChart()
{
    m_baseline = addLine(QCoreApplication::translate("SellersChart", "Baseline (as opened or saved)"), &ChartTheme::baseline, 2.0,
                         Qt::CustomDashLine);
    setDashes(m_baseline, {3, 3});
    m_marketSize = addLine(QCoreApplication::translate("SellersChart", "Market size (logistic cap)"), &ChartTheme::pledge, 2.0,
                           Qt::DotLine);
    m_hiringSellers = addLine(QCoreApplication::translate("SellersChart", "Hiring sellers"), &ChartTheme::service, 2.5);
    m_sellers = addLine(QCoreApplication::translate("SellersChart", "Sellers"), &ChartTheme::jobs, 3.5);
    m_reported = addLine(QCoreApplication::translate("SellersChart", "Reported"), &ChartTheme::reported, 2.0);
    m_reported->setVisible(false);
    showAsDiamondInLegend(m_reported);
    putFirstInLegend({m_sellers, m_hiringSellers, m_marketSize, m_reported, m_baseline});
    m_labels = std::make_unique<AnchoredLabels>(chart(), m_sellers);
    m_marks = std::make_unique<DatedMarks>(chart(), m_sellers);
    scaleChanged(scale());
    themeChanged();
    // The axes' labels can move the plot after show(): the marks follow.
    QObject::connect(chart(), &QChart::plotAreaChanged, chart(), [this] {
        m_labels->updateGeometry();
        m_marks->updateGeometry();
    });
}

SellersChart::~SellersChart() = default;

void SellersChart::scaleChanged(double scale)
{
    if (m_labels) // not yet made while the base class sets its first fonts
        m_labels->setFont(scaledFont(9), scale);
    if (m_marks)
        m_marks->setSizes(scaledFont(9), scale);
}

void SellersChart::themeChanged()
{
    if (m_marks)
        m_marks->setColors(theme());
}

void SellersChart::show(const QString &scenarioName, const ScenarioResults &current,
                        const ScenarioResults &baseline)
{
    const Projection &p = current.projection;
    const int lastMonth = static_cast<int>(p.lastMonth());
    const int baselineShift = monthsBetweenStarts(current.parameters, baseline.parameters);
    const bool logistic = current.parameters.growthModel() == GrowthModel::Logistic;
    const double marketSize = current.parameters[ParameterId::MarketSize];
    const bool ghost = showGhost(m_baseline, current, baseline);
    const int start = startMonthIndex(current.parameters);
    const auto reported = DatedMarks::reportedSpan(observations(), ObservedMetric::Sellers, start, lastMonth);
    setTitle(QCoreApplication::translate("SellersChart", "%1: US sellers on the platforms")
                 .arg(titleName(scenarioName)));
    setTimeAxis(current.parameters, lastMonth);
    const double sellersTop = std::max({p.sellers.maxCoeff(),
                                        ghost ? largestShown(baseline.projection.sellers, baselineShift, lastMonth) : 0.0,
                                        reported ? reported->second : 0.0});
    // The market sets the axis only where the sellers stay readable under it. Under a tenth of it
    // (the jobs axis's rule: what happened, 7,000 sellers falling to 4,383 under a market of
    // 287,835) they would be a flat line on the floor: the axis fits them, and the market is
    // marked at the top edge with its figure.
    const bool marketAbove = logistic && sellersTop < kReadableShare * marketSize;
    const double axisTop = setCountAxis(
        std::max(sellersTop, logistic && !marketAbove ? marketSize : 0.0),
        marketAbove ? QCoreApplication::translate("SellersChart", "sellers (market size above the scale)")
                    : QCoreApplication::translate("SellersChart", "sellers"));

    if (m_marketSize->isVisible() != logistic)
        m_marketSize->setVisible(logistic);
    m_labels->clear();
    if (logistic) {
        replaceWithLevel(m_marketSize, marketSize, lastMonth);
        setLegendText(m_marketSize,
                      marketAbove ? QCoreApplication::translate("SellersChart", "Market size (logistic cap): %1, off the scale")
                                        .arg(formatCount(marketSize))
                                  : QCoreApplication::translate("SellersChart", "Market size (logistic cap): %1")
                                        .arg(formatCount(marketSize)));
        if (marketAbove)
            m_labels->add(QCoreApplication::translate("SellersChart", "\u2191 market size off the scale: %1")
                              .arg(formatCount(marketSize)),
                          QPointF(lastMonth, axisTop), AnchoredLabels::Side::Left, theme().pledge);
    }
    replacePoints(m_sellers, p.sellers);
    replacePoints(m_hiringSellers, p.hiringSellers);
    if (ghost)
        replacePoints(m_baseline, baseline.projection.sellers, baselineShift);
    setLegendText(m_sellers,
                  QCoreApplication::translate("SellersChart", "Sellers: %1 by %2")
                      .arg(formatCount(p.sellers(lastMonth)))
                      .arg(monthName(current.parameters, lastMonth)));
    if (m_reported->isVisible() != reported.has_value())
        m_reported->setVisible(reported.has_value());
    updateLegend();
    m_marks->show(events(), observations(), ObservedMetric::Sellers, start, lastMonth,
                  [](double count) { return count; });
}

} // namespace pledgecheck
