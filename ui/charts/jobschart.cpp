#include "jobschart.h"

#include "anchoredlabels.h"
#include "datedmarks.h"
#include "pointcallout.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pledgecheck {

JobsChart::JobsChart()
{
    // Added back to front: each line is drawn over the ones before it, the bands first of all.
    m_outerLower = new QLineSeries;
    m_outerBand = addBand(QCoreApplication::translate("JobsChart", "10-90 % of draws"), &ChartTheme::bandOuter, m_outerLower);
    m_innerLower = new QLineSeries;
    m_innerBand = addBand(QCoreApplication::translate("JobsChart", "25-75 % of draws"), &ChartTheme::bandInner, m_innerLower);
    // No outline: stroking the bands' edges antialiased cost more than filling them.
    for (QAreaSeries *band : {m_outerBand, m_innerBand})
        band->setPen(Qt::NoPen);
    m_baseline = addLine(QCoreApplication::translate("JobsChart", "Baseline (as opened or saved)"), &ChartTheme::baseline, 2.0,
                         Qt::CustomDashLine);
    m_exportSupported = addLine(QCoreApplication::translate("JobsChart", "Export-supported jobs (second lens, not added)"),
                                &ChartTheme::exportLens, 2.0, Qt::CustomDashLine);
    // Long dashes for the second lens, short ones for the ghost; few dashes also stroke faster.
    setDashes(m_exportSupported, {6, 3, 1, 3});
    setDashes(m_baseline, {3, 3});
    m_pledge = addLine(QCoreApplication::translate("JobsChart", "Pledge"), &ChartTheme::pledge, 2.0);
    m_median = addLine(QCoreApplication::translate("JobsChart", "Median of the draws"), &ChartTheme::median, 2.0, Qt::CustomDashLine);
    setDashes(m_median, {1, 2});
    m_jobs = addLine(QCoreApplication::translate("JobsChart", "Projected jobs"), &ChartTheme::jobs, 3.5);
    m_reported = addLine(QCoreApplication::translate("JobsChart", "Reported"), &ChartTheme::reported, 2.0);
    m_reported->setVisible(false);
    showAsDiamondInLegend(m_reported);
    putFirstInLegend({m_jobs, m_median, m_pledge, m_reported, m_exportSupported, m_baseline, m_outerBand, m_innerBand});
    m_pledgeMet = std::make_unique<PointCallout>(chart(), m_jobs);
    m_labels = std::make_unique<AnchoredLabels>(chart(), m_jobs);
    m_marks = std::make_unique<DatedMarks>(chart(), m_jobs);
    scaleChanged(scale());
    themeChanged();
    // The axes' labels can move the plot after show(): the callout follows.
    QObject::connect(chart(), &QChart::plotAreaChanged, chart(), [this] {
        m_pledgeMet->updateGeometry();
        m_labels->updateGeometry();
        m_marks->updateGeometry();
    });
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
    if (m_labels)
        m_labels->setFont(scaledFont(9), scale);
    if (m_marks)
        m_marks->setSizes(scaledFont(9), scale);
}

void JobsChart::themeChanged()
{
    m_pledgeMet->setColors(theme().pledge, theme());
    m_marks->setColors(theme());
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
    setTitle(created
                 ? QCoreApplication::translate("JobsChart", "%1: jobs created against the pledge")
                       .arg(titleName(scenarioName))
                 : QCoreApplication::translate("JobsChart", "%1: jobs linked against the pledge")
                       .arg(titleName(scenarioName)));
    setTimeAxis(current.parameters, lastMonth);
    // The ghost on the current basis, whatever the baseline's own: the two lines must count alike.
    const Eigen::ArrayXd &baselineJobs = baseline.projection.jobsOn(current.figures.basis);
    const bool ghost = showGhost(m_baseline, current, baseline);
    // The second lens counts alike too: the jobs the added exports support.
    m_exportShown = created ? p.exportSupportedJobs - p.exportSupportedJobs(0) : p.exportSupportedJobs;
    const Eigen::ArrayXXd *bands = uncertainty() ? &uncertainty()->monteCarlo.jobsPercentiles : nullptr;
    // Percentiles of another horizon are those of the values before this change: drawn next step.
    const bool banded = bands && bands->rows() == lastMonth + 1;

    JobsScaleInputs scaleInputs;
    scaleInputs.pledge = target;
    scaleInputs.projection = p.jobs;
    if (banded) {
        scaleInputs.bandLow = bands->col(percentileColumn(0.10));
        scaleInputs.bandHigh = bands->col(percentileColumn(0.90));
    }
    const JobsScale scale = chooseJobsScale(m_axis, scaleInputs);
    m_logarithmic = scale.logarithmic;
    const int startIndex = startMonthIndex(current.parameters);
    // The reported figures stay in view, their ranges whole: a report above the projection is
    // the point of drawing it.
    const auto reported = DatedMarks::reportedSpan(observations(), ObservedMetric::Jobs, startIndex, lastMonth);

    // The pledge, the projection, its bands and the ghost set the axis; the second lens never
    // does (at 12 million it would squeeze the rest into the bottom 7 %): beyond the axis, it is
    // marked at the edge with its figure. Nor does the pledge where auto leaves it above the axis
    // (jobs lost, a few hundred under a million): it too is marked at the edge.
    const double largest = std::max({scale.pledgeAbove ? 0.0 : target, p.jobs.maxCoeff(),
                                     ghost ? largestShown(baselineJobs, baselineShift, lastMonth) : 0.0,
                                     banded ? bands->col(percentileColumn(0.90)).maxCoeff() : 0.0,
                                     reported ? reported->second : 0.0});
    // Jobs created fall below zero where the sellers shrink: the axis goes down to them, never clamps.
    const double smallest = std::min(banded ? std::min(p.jobs.minCoeff(), bands->col(percentileColumn(0.10)).minCoeff())
                                            : p.jobs.minCoeff(),
                                     reported ? reported->first : std::numeric_limits<double>::infinity());
    const QString counted = created
        ? QCoreApplication::translate("JobsChart", "jobs created since %1").arg(start)
        : QCoreApplication::translate("JobsChart", "jobs linked");
    double axisTop = 0;
    if (m_logarithmic) {
        // From the decade of the fewest jobs drawn: the first month's, or the bands' lowest. A
        // logarithm has no zero or losses: say where they went rather than hide them.
        setLogCountAxis(
            smallest, largest,
            // Short enough for the window's axis: a longer title is cut.
            smallest < 1 ? QCoreApplication::translate("JobsChart", "%1 (log scale: 0 drawn at 1)")
                               .arg(counted)
                         : QCoreApplication::translate("JobsChart", "%1 (log scale)").arg(counted));
        axisTop = std::pow(10.0, logCountAxisTop());
    } else {
        // Auto says why it stayed linear where the projection is hard to read: a logarithm has
        // no losses.
        const QString title = smallest >= 0 ? counted
            : scale.pledgeAbove
            ? QCoreApplication::translate("JobsChart", "%1 (below 0: jobs lost; pledge above the scale)").arg(counted)
            : scale.reason.isEmpty()
            ? QCoreApplication::translate("JobsChart", "%1 (below 0: jobs lost)").arg(counted)
            : QCoreApplication::translate(
                  "JobsChart", "%1 (below 0: jobs lost, which a logarithmic axis cannot show)")
                  .arg(counted);
        axisTop = setCountAxis(largest, title, std::min(smallest, 0.0));
    }
    m_outerBand->setVisible(banded);
    m_innerBand->setVisible(banded);
    m_median->setVisible(banded);
    const QString horizon = monthName(current.parameters, lastMonth);
    m_labels->clear();
    if (banded) {
        showBands(*bands);
        const QString draws = formatCount(uncertainty()->monteCarlo.samples);
        setLegendText(m_outerBand,
                      QCoreApplication::translate("JobsChart", "10-90 % of %1 draws").arg(draws));
        setLegendText(m_innerBand,
                      QCoreApplication::translate("JobsChart", "25-75 % of %1 draws").arg(draws));
        const double median = (*bands)(lastMonth, percentileColumn(0.50));
        setLegendText(m_median,
                      QCoreApplication::translate("JobsChart", "Median of the draws: %1 by %2")
                          .arg(formatCount(median), horizon));
    }

    replaceWithLevel(m_pledge, plotted(target), lastMonth);
    replacePoints(m_jobs, plotted(p.jobs));
    replacePoints(m_exportSupported, plotted(m_exportShown));
    if (ghost)
        replacePoints(m_baseline, plotted(baselineJobs), baselineShift);

    // The projection and the median named at their ends, the higher above the other, so that the
    // two are told apart where they end even when they almost meet.
    const double projected = p.jobs(lastMonth);
    const bool medianBelow = banded && (*bands)(lastMonth, percentileColumn(0.50)) <= projected;
    // The pledge met in the last year: its callout sits above the line's end, so the projection's
    // name goes below it.
    const auto met = current.figures.targetMetMonth;
    const bool metAtTheEnd = met && *met > lastMonth - 12;
    m_labels->add(QCoreApplication::translate("JobsChart", "projection %1").arg(formatCount(projected)), QPointF(lastMonth, plotted(projected)),
                  (medianBelow || !banded) && !metAtTheEnd ? AnchoredLabels::Side::Above : AnchoredLabels::Side::Below,
                  theme().jobsLabel);
    if (banded) {
        const double median = (*bands)(lastMonth, percentileColumn(0.50));
        m_labels->add(QCoreApplication::translate("JobsChart", "median %1").arg(formatCount(median)), QPointF(lastMonth, plotted(median)),
                      medianBelow ? AnchoredLabels::Side::Below : AnchoredLabels::Side::Above, theme().median);
    }
    // The lens beyond the axis: a mark at the edge, where it leaves the plot, with its figure.
    const double lensTop = m_exportShown.maxCoeff();
    // Below the floor only on a linear axis: the logarithm's floor holds everything under it.
    const double axisBottom = m_logarithmic ? -std::numeric_limits<double>::infinity() : countAxisBottom();
    const bool lensBelow = m_exportShown.minCoeff() < axisBottom;
    const bool lensOffScale = lensTop > axisTop || lensBelow;
    // Where the lens leaves the plot: its first month outside the axis.
    Eigen::Index leaves = 0;
    while (leaves < m_exportShown.size() - 1 && m_exportShown(leaves) >= axisBottom && m_exportShown(leaves) <= axisTop)
        ++leaves;
    if (lensBelow) {
        // The lens falls with the sellers (what-happened, created): out of the bottom edge.
        m_labels->add(QCoreApplication::translate("JobsChart", "\u2193 export lens off the scale: %1 by %2")
                          .arg(formatCount(m_exportShown(lastMonth)), horizon),
                      // Starting where the lens leaves the plot, clear of the line that falls to its left.
                      QPointF(static_cast<double>(leaves), axisBottom), AnchoredLabels::Side::Right,
                      theme().exportLabel);
    } else if (lensTop > axisTop) {
        m_labels->add(QCoreApplication::translate("JobsChart", "\u2191 export lens off the scale: %1 by %2")
                          .arg(formatCount(m_exportShown(lastMonth)), horizon),
                      // Ending where the lens leaves the plot, so that it lies clear of the rising line.
                      QPointF(static_cast<double>(leaves), plotted(axisTop)), AnchoredLabels::Side::Left,
                      theme().exportLabel);
    }

    const bool pledgeOffScale = target > axisTop;
    if (pledgeOffScale) {
        m_labels->add(QCoreApplication::translate("JobsChart", "\u2191 pledge off the scale: %1").arg(formatCount(target)),
                      QPointF(lastMonth, plotted(axisTop)), AnchoredLabels::Side::Left, theme().pledge);
    }
    const QString offScale = QCoreApplication::translate("JobsChart", ", off the scale");

    // The legend carries the figures at the horizon, so that an exported chart reads on its own.
    setLegendText(m_pledge, QCoreApplication::translate("JobsChart", "Pledge: %1").arg(formatCount(target))
                                + (pledgeOffScale ? offScale : QString()));
    setLegendText(m_jobs,
                  created
                      ? QCoreApplication::translate("JobsChart", "Projected jobs created: %1 by %2")
                            .arg(formatCount(projected), horizon)
                      : QCoreApplication::translate("JobsChart", "Projected jobs linked: %1 in %2")
                            .arg(formatCount(projected), horizon));
    setLegendText(
        m_exportSupported,
        created ? QCoreApplication::translate(
                      "JobsChart", "Export-supported jobs added (second lens, not added): %1%2")
                      .arg(formatCount(m_exportShown(lastMonth)), lensOffScale ? offScale : QString())
                : QCoreApplication::translate(
                      "JobsChart", "Export-supported jobs (second lens, not added): %1%2")
                      .arg(formatCount(m_exportShown(lastMonth)), lensOffScale ? offScale : QString()));
    if (m_reported->isVisible() != reported.has_value())
        m_reported->setVisible(reported.has_value());
    updateLegend();
    m_marks->show(events(), observations(), ObservedMetric::Jobs, startIndex, lastMonth,
                  [this](double count) { return plotted(count); });

    if (const auto month = current.figures.targetMetMonth) {
        m_pledgeMet->setPoint(QPointF(*month, plotted(p.jobs(*month))),
                              QCoreApplication::translate("JobsChart", "Pledge met %1")
                                  .arg(monthName(current.parameters, *month)));
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
    replaceColumn(m_median, percentileColumn(0.50));
}

} // namespace pledgecheck
