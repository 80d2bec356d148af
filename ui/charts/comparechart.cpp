#include "comparechart.h"

#include <QCoreApplication>
#include <QLineSeries>

#include <algorithm>
#include <array>
#include <cmath>

namespace pledgecheck {
namespace {

// Six hues of the theme (Okabe-Ito, as every chart) and six dash patterns, none the pledge's
// vermillion: the current scenario solid blue, each compared one another hue and another pattern.
const std::array<QColor ChartTheme::*, 6> kColors{
    &ChartTheme::jobs, &ChartTheme::service, &ChartTheme::exportLens,
    &ChartTheme::median, &ChartTheme::orange, &ChartTheme::baseline};
const std::array<QList<qreal>, 6> kDashes{
    QList<qreal>{}, QList<qreal>{6, 3}, QList<qreal>{1, 2}, QList<qreal>{6, 3, 1, 3},
    QList<qreal>{12, 4}, QList<qreal>{3, 2, 1, 2, 1, 2}};

} // namespace

CompareChart::CompareChart()
{
    m_pledge = addLine(QCoreApplication::translate("CompareChart", "Pledge"), &ChartTheme::pledge, 2.0);
    lineFor(0);
}

CompareChart::~CompareChart() = default;

CompareChart::LineStyle CompareChart::lineStyle(std::size_t index)
{
    // Pairs (colour i, pattern i + i / 6) repeat only after 36 lines.
    return {kColors[index % kColors.size()], kDashes[(index + index / kDashes.size()) % kDashes.size()],
            index == 0 ? 3.5 : 2.5};
}

QLineSeries *CompareChart::lineFor(std::size_t index)
{
    while (m_lines.size() <= index) {
        const LineStyle style = lineStyle(m_lines.size());
        QLineSeries *line = addLine(QString(), style.color, style.width,
                                    style.dashes.isEmpty() ? Qt::SolidLine : Qt::CustomDashLine);
        if (!style.dashes.isEmpty())
            setDashes(line, style.dashes);
        m_lines.push_back(line);
        // The scenarios in the legend first, in their order, and the pledge after them.
        putFirstInLegend({m_lines.begin(), m_lines.end()});
    }
    return m_lines[index];
}

const Eigen::ArrayXd &CompareChart::plotted(const Eigen::ArrayXd &values)
{
    m_logValues = m_logarithmic ? Eigen::ArrayXd(values.max(1.0).log10()) : values;
    return m_logValues;
}

void CompareChart::show(const QString &scenarioName, const ScenarioResults &current,
                        const ScenarioResults &)
{
    const int lastMonth = static_cast<int>(current.projection.lastMonth());
    const JobCountBasis basis = current.figures.basis;
    const bool created = basis == JobCountBasis::Created;
    const double target = current.figures.targetJobs;
    setTitle(created ? QCoreApplication::translate("CompareChart", "Scenarios compared: jobs created against the pledge")
                     : QCoreApplication::translate("CompareChart", "Scenarios compared: jobs linked against the pledge"));
    setTimeAxis(current.parameters, lastMonth);

    // Every line: the current scenario first, then the compared ones in the order added.
    struct Drawn {
        const QString *name;
        const ScenarioResults *results;
        int shift;
    };
    std::vector<Drawn> drawn{{&scenarioName, &current, 0}};
    if (m_compared) {
        for (const ComparedScenario &compared : *m_compared)
            drawn.push_back({&compared.name, &compared.results,
                             monthsBetweenStarts(current.parameters, compared.results.parameters)});
    }

    // The lowest and highest line of each month stand as the jobs chart's band: auto takes the
    // logarithmic axis when they lie more than 20 times apart, as it does for the draws.
    JobsScaleInputs scaleInputs;
    scaleInputs.pledge = target;
    scaleInputs.projection = current.projection.jobs;
    scaleInputs.bandLow = current.projection.jobs;
    scaleInputs.bandHigh = current.projection.jobs;
    for (const Drawn &line : drawn) {
        const Eigen::ArrayXd &jobs = line.results->projection.jobsOn(basis);
        for (Eigen::Index t = 0; t < jobs.size(); ++t) {
            const Eigen::Index at = t + line.shift;
            if (at < 0 || at > lastMonth)
                continue;
            scaleInputs.bandLow(at) = std::min(scaleInputs.bandLow(at), jobs(t));
            scaleInputs.bandHigh(at) = std::max(scaleInputs.bandHigh(at), jobs(t));
        }
    }
    const JobsScale scale = chooseJobsScale(m_axis, scaleInputs);
    m_logarithmic = scale.logarithmic;
    // Where jobs are lost and the pledge would flatten them, auto leaves the pledge above the axis.
    const double largest = std::max(scale.pledgeAbove ? 0.0 : target, scaleInputs.bandHigh.maxCoeff());
    const double smallest = scaleInputs.bandLow.minCoeff();
    const QString counted = created
        ? QCoreApplication::translate("CompareChart", "jobs created")
        : QCoreApplication::translate("CompareChart", "jobs linked");
    if (m_logarithmic) {
        setLogCountAxis(smallest, largest,
                        smallest < 1 ? QCoreApplication::translate("CompareChart", "%1 (log scale: 0 drawn at 1)").arg(counted)
                                     : QCoreApplication::translate("CompareChart", "%1 (log scale)").arg(counted));
    } else {
        setCountAxis(largest,
                     scale.pledgeAbove ? QCoreApplication::translate("CompareChart", "%1 (below 0: jobs lost; pledge above the scale)").arg(counted)
                     : smallest < 0    ? QCoreApplication::translate("CompareChart", "%1 (below 0: jobs lost)").arg(counted)
                                       : counted,
                     std::min(smallest, 0.0));
    }

    replaceWithLevel(m_pledge, m_logarithmic ? std::log10(std::max(target, 1.0)) : target, lastMonth);
    setLegendText(m_pledge, scale.pledgeAbove
                                ? QCoreApplication::translate("CompareChart", "Pledge: %1, off the scale").arg(formatCount(target))
                                : QCoreApplication::translate("CompareChart", "Pledge: %1").arg(formatCount(target)));
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        const Drawn &line = drawn[i];
        QLineSeries *series = lineFor(i);
        const Eigen::ArrayXd &jobs = line.results->projection.jobsOn(basis);
        replacePoints(series, plotted(jobs), line.shift);
        const int end = static_cast<int>(jobs.size()) - 1;
        const QString name = titleName(*line.name);
        if (series->name() != name)
            series->setName(name);
        setLegendText(series,
                      (created ? QCoreApplication::translate("CompareChart", "%1: %2 jobs created by %3")
                               : QCoreApplication::translate("CompareChart", "%1: %2 jobs linked in %3"))
                          .arg(name, formatCount(jobs(end)), monthName(line.results->parameters, end)));
        if (!series->isVisible())
            series->setVisible(true);
    }
    for (std::size_t i = drawn.size(); i < m_lines.size(); ++i) {
        if (m_lines[i]->isVisible())
            m_lines[i]->setVisible(false);
    }
    updateLegend();
}

} // namespace pledgecheck
