#include "sourceschart.h"

#include "chartcolors.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>

namespace pledgecheck {

SourcesChart::SourcesChart()
{
    QAreaSeries *direct = addBand(QObject::tr("Direct hires, net"), chartcolors::kJobs, nullptr);
    m_directTop = direct->upperSeries();
    QAreaSeries *service = addBand(QObject::tr("Service jobs, net"), chartcolors::kService, m_directTop);
    m_jobsTop = service->upperSeries();
    QAreaSeries *displaced = addBand(QObject::tr("Displaced (would exist anyway)"),
                                     chartcolors::kDisplaced, m_jobsTop);
    m_grossTop = displaced->upperSeries();
}

QAreaSeries *SourcesChart::addBand(const QString &name, const QColor &color, QLineSeries *lower)
{
    auto *band = new QAreaSeries(new QLineSeries, lower);
    band->setName(name);
    QColor fill = color;
    fill.setAlpha(200);
    band->setBrush(fill);
    band->setPen(QPen(color.darker(115), 1.0));
    attach(band);
    return band;
}

void SourcesChart::show(const QString &scenarioName, const ScenarioResults &current,
                        const ScenarioResults &)
{
    const Projection &p = current.projection;
    const int lastMonth = static_cast<int>(p.lastMonth());
    const double kept = 1.0 - current.parameters[ParameterId::DisplacementShare];
    m_directNet = kept * p.directJobs;
    m_gross = p.directJobs + p.serviceJobs;
    chart()->setTitle(QObject::tr("%1: where the jobs come from").arg(scenarioName));
    setTimeAxis(current.parameters, lastMonth);
    setCountAxis(m_gross.maxCoeff(), QObject::tr("jobs"));
    replacePoints(m_directTop, m_directNet);
    replacePoints(m_jobsTop, p.jobs);
    replacePoints(m_grossTop, m_gross);
}

} // namespace pledgecheck
