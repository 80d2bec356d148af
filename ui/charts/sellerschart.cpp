#include "sellerschart.h"

#include "chartcolors.h"

#include <QChart>
#include <QLineSeries>

namespace pledgecheck {

SellersChart::SellersChart()
{
    m_marketSize = addLine(QObject::tr("Market size (logistic cap)"), chartcolors::kPledge, 2.0,
                           Qt::DotLine);
    QColor ghost = chartcolors::kBaseline;
    ghost.setAlpha(150);
    m_baseline = addLine(QObject::tr("Baseline sellers"), ghost, 2.0, Qt::DashLine);
    m_hiringSellers = addLine(QObject::tr("Hiring sellers"), chartcolors::kService, 2.0);
    m_sellers = addLine(QObject::tr("Sellers"), chartcolors::kJobs, 3.0);
}

void SellersChart::show(const QString &scenarioName, const ScenarioResults &current,
                        const ScenarioResults &baseline)
{
    const Projection &p = current.projection;
    const int lastMonth = static_cast<int>(p.lastMonth());
    const bool logistic = current.parameters.growthModel() == GrowthModel::Logistic;
    const double marketSize = current.parameters[ParameterId::MarketSize];
    chart()->setTitle(QObject::tr("%1: US sellers on the platforms").arg(scenarioName));
    setTimeAxis(current.parameters, lastMonth);
    setCountAxis(std::max({p.sellers.maxCoeff(), baseline.projection.sellers.maxCoeff(),
                           logistic ? marketSize : 0.0}),
                 QObject::tr("sellers"));

    m_marketSize->setVisible(logistic);
    if (logistic)
        replaceWithLevel(m_marketSize, marketSize, lastMonth);
    replacePoints(m_sellers, p.sellers);
    replacePoints(m_hiringSellers, p.hiringSellers);
    replacePoints(m_baseline, baseline.projection.sellers);
}

} // namespace pledgecheck
