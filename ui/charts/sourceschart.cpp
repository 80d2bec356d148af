#include "sourceschart.h"


#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>

namespace pledgecheck {
namespace {

// Bands a little lighter than the lines' colours; opaque, as translucent areas paint slowly.
constexpr double kBandOpacity = 0.82;

} // namespace

SourcesChart::SourcesChart()
{
    m_direct = addBand(QCoreApplication::translate("SourcesChart", "Direct hires, net of displacement"),
                       &ChartTheme::jobs, nullptr);
    m_service = addBand(QCoreApplication::translate("SourcesChart", "Service jobs, net of displacement"),
                        &ChartTheme::service, m_direct->upperSeries());
    m_displaced = addBand(QCoreApplication::translate("SourcesChart", "Displaced (would exist anyway)"),
                          &ChartTheme::displaced, m_service->upperSeries());
    // Top of the stack first, as the bands read from above.
    putFirstInLegend({m_displaced, m_service, m_direct});
    themeChanged();
}

void SourcesChart::themeChanged()
{
    setBandColor(m_direct, theme().over(theme().jobs, kBandOpacity));
    setBandColor(m_service, theme().over(theme().service, kBandOpacity));
    setBandColor(m_displaced, theme().over(theme().displaced, kBandOpacity));
}

void SourcesChart::show(const QString &scenarioName, const ScenarioResults &current,
                        const ScenarioResults &)
{
    const Projection &p = current.projection;
    const int lastMonth = static_cast<int>(p.lastMonth());
    const double kept = 1.0 - current.parameters[ParameterId::DisplacementShare];
    m_directNet = kept * p.directJobs; // same size each step: no allocation
    m_gross = p.directJobs + p.serviceJobs;
    // The stack is of every job linked to the sellers, whatever the basis: those of the start
    // month are where the created ones grow from.
    setTitle(QCoreApplication::translate("SourcesChart", "%1: where the linked jobs come from")
                 .arg(titleName(scenarioName)));
    setTimeAxis(current.parameters, lastMonth);
    setCountAxis(m_gross.maxCoeff(), QCoreApplication::translate("SourcesChart", "jobs"));
    replacePoints(m_direct->upperSeries(), m_directNet);
    replacePoints(m_service->upperSeries(), p.linkedJobs);
    replacePoints(m_displaced->upperSeries(), m_gross);

    setLegendText(
        m_direct,
        QCoreApplication::translate("SourcesChart", "Direct hires, net of displacement: %1")
            .arg(formatCount(m_directNet(lastMonth))));
    setLegendText(
        m_service,
        QCoreApplication::translate("SourcesChart", "Service jobs, net of displacement: %1")
            .arg(formatCount(p.linkedJobs(lastMonth) - m_directNet(lastMonth))));
    setLegendText(m_displaced,
                  QCoreApplication::translate("SourcesChart", "Displaced (would exist anyway): %1")
                      .arg(formatCount(m_gross(lastMonth) - p.linkedJobs(lastMonth))));
    updateLegend();
}

} // namespace pledgecheck
