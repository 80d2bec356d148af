#include "jobschart.h"

#include "chartcolors.h"
#include "yearmonth.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>

#include <cmath>

namespace pledgecheck {

JobsChart::JobsChart()
{
    m_pledge = addLine(QObject::tr("Pledge"), chartcolors::kPledge, 2.0);
    QColor ghost = chartcolors::kBaseline;
    ghost.setAlpha(150);
    m_baseline = addLine(QObject::tr("Baseline (as opened)"), ghost, 2.0, Qt::DashLine);
    m_exportSupported = addLine(QObject::tr("Export-supported jobs (not added)"),
                                chartcolors::kExport, 2.0, Qt::DashDotLine);
    m_jobs = addLine(QObject::tr("Jobs"), chartcolors::kJobs, 3.0);
    m_metMarker = new QScatterSeries;
    m_metMarker->setName(QObject::tr("Pledge met"));
    m_metMarker->setColor(chartcolors::kPledge);
    m_metMarker->setBorderColor(Qt::white);
    attach(m_metMarker); // named in the legend: a label by the point would run off the plot's edge
    scaleChanged(1.0);
}

void JobsChart::scaleChanged(double scale)
{
    m_metMarker->setMarkerSize(12 * scale);
}

void JobsChart::show(const QString &scenarioName, const ScenarioResults &current,
                     const ScenarioResults &baseline)
{
    const Projection &p = current.projection;
    const int lastMonth = static_cast<int>(p.lastMonth());
    const double target = current.figures.targetJobs;
    chart()->setTitle(QObject::tr("%1: jobs against the pledge").arg(scenarioName));
    setTimeAxis(current.parameters, lastMonth);
    // The pledge is always in view: the gap to it is the point of the chart.
    setCountAxis(std::max({target, p.jobs.maxCoeff(), p.exportSupportedJobs.maxCoeff(),
                           baseline.projection.jobs.maxCoeff()}),
                 QObject::tr("jobs"));

    // The legend carries the figures at the horizon, so a printed chart reads without the app.
    const QLocale locale;
    const QString horizon = QString::fromStdString(
        YearMonth::fromIndex(static_cast<int>(std::lround(current.parameters[ParameterId::Start])))
            .plusMonths(lastMonth)
            .toString());
    m_pledge->setName(QObject::tr("Pledge: %1").arg(locale.toString(target, 'f', 0)));
    m_jobs->setName(QObject::tr("Jobs: %1 by %2")
                        .arg(locale.toString(p.jobs(lastMonth), 'f', 0), horizon));
    m_exportSupported->setName(QObject::tr("Export-supported (not added): %1")
                                   .arg(locale.toString(p.exportSupportedJobs(lastMonth), 'f', 0)));
    replaceWithLevel(m_pledge, target, lastMonth);
    replacePoints(m_jobs, p.jobs);
    replacePoints(m_exportSupported, p.exportSupportedJobs);
    replacePoints(m_baseline, baseline.projection.jobs);

    if (const auto month = current.figures.targetMetMonth) {
        const auto start = YearMonth::fromIndex(
            static_cast<int>(std::lround(current.parameters[ParameterId::Start])));
        m_metMarker->setName(QObject::tr("Pledge met %1")
                                 .arg(QString::fromStdString(start.plusMonths(*month).toString())));
        m_metMarker->replace(QList<QPointF>{QPointF(*month, p.jobs(*month))});
    } else {
        m_metMarker->clear();
    }
    // No "Pledge met" in the legend while it is not met.
    for (QLegendMarker *marker : chart()->legend()->markers(m_metMarker))
        marker->setVisible(current.figures.targetMetMonth.has_value());
}

} // namespace pledgecheck
