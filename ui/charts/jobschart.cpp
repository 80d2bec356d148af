#include "jobschart.h"

#include "chartcolors.h"
#include "pointcallout.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>

#include <algorithm>
#include <cmath>

namespace pledgecheck {

JobsChart::JobsChart()
{
    // Added back to front: each line is drawn over the ones before it, the bands first of all.
    m_outerLower = new QLineSeries;
    m_outerBand = addBand(QObject::tr("10-90 % of draws"), chartcolors::kBandOuter, m_outerLower);
    m_innerLower = new QLineSeries;
    m_innerBand = addBand(QObject::tr("25-75 % of draws"), chartcolors::kBandInner, m_innerLower);
    // No outline: stroking the bands' edges antialiased cost more than filling them.
    for (QAreaSeries *band : {m_outerBand, m_innerBand})
        band->setPen(Qt::NoPen);
    m_baseline = addLine(QObject::tr("Baseline (as opened or saved)"), chartcolors::kBaseline, 2.0,
                         Qt::CustomDashLine);
    m_exportSupported = addLine(QObject::tr("Export-supported jobs (second lens, not added)"),
                                chartcolors::kExport, 2.0, Qt::CustomDashLine);
    // Long dashes for the second lens, short ones for the ghost; few dashes also stroke faster.
    setDashes(m_exportSupported, {6, 3});
    setDashes(m_baseline, {3, 3});
    m_pledge = addLine(QObject::tr("Pledge"), chartcolors::kPledge, 2.0);
    m_jobs = addLine(QObject::tr("Projected jobs"), chartcolors::kJobs, 3.5);
    putFirstInLegend({m_jobs, m_pledge, m_exportSupported, m_baseline, m_outerBand, m_innerBand});
    m_pledgeMet = std::make_unique<PointCallout>(chart(), m_jobs, chartcolors::kPledge);
    scaleChanged(scale());
    // The axes' labels can move the plot after show(): the callout follows.
    QObject::connect(chart(), &QChart::plotAreaChanged, chart(),
                     [this] { m_pledgeMet->updateGeometry(); });
}

JobsChart::~JobsChart() = default;

const Eigen::ArrayXd &JobsChart::plotted(const Eigen::ArrayXd &values)
{
    if (!m_logarithmic)
        return values;
    // Below one job the log axis has nothing to show: such values sit on its floor.
    m_logValues = values.max(1.0).log10();
    return m_logValues;
}

double JobsChart::plotted(double value) const
{
    return m_logarithmic ? std::log10(std::max(value, 1.0)) : value;
}

void JobsChart::scaleChanged(double scale)
{
    if (m_pledgeMet) // not yet made while the base class sets its first fonts
        m_pledgeMet->setSizes(scaledFont(10), 13 * scale);
}

void JobsChart::show(const QString &scenarioName, const ScenarioResults &current,
                     const ScenarioResults &baseline)
{
    const Projection &p = current.projection;
    const int lastMonth = static_cast<int>(p.lastMonth());
    const int baselineShift = monthsBetweenStarts(current.parameters, baseline.parameters);
    const double target = current.figures.targetJobs;
    const bool created = current.figures.basis == JobCountBasis::Created;
    const QString start = monthName(current.parameters, 0);
    chart()->setTitle(created ? QObject::tr("%1: jobs created against the pledge").arg(titleName(scenarioName))
                              : QObject::tr("%1: jobs linked against the pledge").arg(titleName(scenarioName)));
    setTimeAxis(current.parameters, lastMonth);
    // The ghost on the current basis, whatever the baseline's own: the two lines must count alike.
    const Eigen::ArrayXd &baselineJobs = baseline.projection.jobsOn(current.figures.basis);
    // The second lens counts alike too: the jobs the added exports support.
    m_exportShown = created ? p.exportSupportedJobs - p.exportSupportedJobs(0) : p.exportSupportedJobs;
    // The pledge is always in view: the gap to it is the point of the chart.
    const Eigen::ArrayXXd *bands = uncertainty() ? &uncertainty()->monteCarlo.jobsPercentiles : nullptr;
    // Percentiles of another horizon are those of the values before this change: drawn next step.
    const bool banded = bands && bands->rows() == lastMonth + 1;
    const double largest = std::max({target, p.jobs.maxCoeff(), m_exportShown.maxCoeff(),
                                     largestShown(baselineJobs, baselineShift, lastMonth),
                                     banded ? bands->col(percentileColumn(0.90)).maxCoeff() : 0.0});
    // Jobs created fall below zero where the sellers shrink: the axis goes down to them, never clamps.
    const double smallest = banded ? std::min(p.jobs.minCoeff(), bands->col(percentileColumn(0.10)).minCoeff())
                                   : p.jobs.minCoeff();
    const QString counted = created ? QObject::tr("jobs created since %1").arg(start)
                                    : QObject::tr("jobs linked");
    if (m_logarithmic) {
        // From the decade of the fewest jobs drawn: the first month's, or the bands' lowest. A
        // logarithm has no zero or losses: say where they went rather than hide them.
        setLogCountAxis(smallest, largest,
                        smallest < 1 ? QObject::tr("%1 (logarithmic: below 1, as the start's 0, drawn at 1)").arg(counted)
                                     : QObject::tr("%1 (logarithmic)").arg(counted));
    } else {
        setCountAxis(largest, smallest < 0 ? QObject::tr("%1 (below 0: jobs lost)").arg(counted) : counted,
                     std::min(smallest, 0.0));
    }
    m_outerBand->setVisible(banded);
    m_innerBand->setVisible(banded);
    if (banded) {
        showBands(*bands);
        const QString draws = formatCount(uncertainty()->monteCarlo.samples);
        setLegendText(m_outerBand, QObject::tr("10-90 % of %1 draws").arg(draws));
        setLegendText(m_innerBand, QObject::tr("25-75 % of %1 draws").arg(draws));
    }

    replaceWithLevel(m_pledge, plotted(target), lastMonth);
    replacePoints(m_jobs, plotted(p.jobs));
    replacePoints(m_exportSupported, plotted(m_exportShown));
    replacePoints(m_baseline, plotted(baselineJobs), baselineShift);

    // The legend carries the figures at the horizon, so that an exported chart reads on its own.
    const QString horizon = monthName(current.parameters, lastMonth);
    setLegendText(m_pledge, QObject::tr("Pledge: %1").arg(formatCount(target)));
    setLegendText(m_jobs, created ? QObject::tr("Projected jobs created: %1 by %2")
                                        .arg(formatCount(p.jobs(lastMonth)), horizon)
                                  : QObject::tr("Projected jobs linked: %1 in %2")
                                        .arg(formatCount(p.jobs(lastMonth)), horizon));
    setLegendText(m_exportSupported,
                  created ? QObject::tr("Export-supported jobs added (second lens, not added): %1")
                                .arg(formatCount(m_exportShown(lastMonth)))
                          : QObject::tr("Export-supported jobs (second lens, not added): %1")
                                .arg(formatCount(m_exportShown(lastMonth))));
    updateLegend();

    if (const auto month = current.figures.targetMetMonth) {
        m_pledgeMet->setPoint(QPointF(*month, plotted(p.jobs(*month))),
                              QObject::tr("Pledge met %1").arg(monthName(current.parameters, *month)));
    } else {
        m_pledgeMet->setPoint(std::nullopt);
    }
}

void JobsChart::showBands(const Eigen::ArrayXXd &bands)
{
    const auto replaceColumn = [&](QXYSeries *series, Eigen::Index column) {
        m_column = bands.col(column);
        replacePoints(series, plotted(m_column));
    };
    replaceColumn(m_outerLower, percentileColumn(0.10));
    replaceColumn(m_outerBand->upperSeries(), percentileColumn(0.90));
    replaceColumn(m_innerLower, percentileColumn(0.25));
    replaceColumn(m_innerBand->upperSeries(), percentileColumn(0.75));
}

} // namespace pledgecheck
