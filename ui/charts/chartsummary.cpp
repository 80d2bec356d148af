#include "chartsummary.h"

#include "figuretext.h"
#include "parametertable.h"
#include "valuetext.h"
#include "yearmonth.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace pledgecheck {
namespace {

QString monthText(const Parameters &p, Eigen::Index monthsFromStart)
{
    const auto start = YearMonth::fromIndex(static_cast<int>(std::lround(p[ParameterId::Start])));
    return QString::fromStdString(start.plusMonths(static_cast<int>(monthsFromStart)).toString());
}

// The sentences, under the translation context "ChartSummary".
struct Summary {
    Q_DECLARE_TR_FUNCTIONS(ChartSummary)

public:
    // What a chart over months 0 ... lastMonth marks besides its lines, as DatedMarks draws it:
    // the events in it, and the reports of @p metric in it. Empty when it marks none.
    static QString marks(const ChartInputs &in, ObservedMetric metric, Eigen::Index lastMonth)
    {
        const auto start = static_cast<int>(std::lround(in.current.parameters[ParameterId::Start]));
        const auto within = [&](const YearMonth &month, int first) {
            const int m = month.toIndex() - start;
            return m >= first && m <= lastMonth;
        };
        const auto events = std::count_if(in.events.begin(), in.events.end(),
                                          [&](const ScenarioEvent &e) { return within(e.month, 1); });
        const auto reports = std::count_if(in.observations.begin(), in.observations.end(), [&](const Observation &o) {
            return o.metric == metric && within(o.month, 0);
        });
        QStringList parts;
        if (events > 0)
            parts << (events == 1 ? tr("1 event") : tr("%1 events").arg(events));
        if (reports > 0)
            parts << (reports == 1 ? tr("1 reported figure") : tr("%1 reported figures").arg(reports));
        return parts.isEmpty() ? QString() : QLatin1Char(' ') + tr("Marked: %1.").arg(parts.join(QStringLiteral(", ")));
    }

    static QString jobs(const ChartInputs &in)
    {
        const KeyFigures &f = in.current.figures;
        const Parameters &p = in.current.parameters;
        const QString horizon = monthText(p, f.horizonMonths);
        const QString verdict = f.targetMetMonth
            ? tr("met in %1").arg(monthText(p, *f.targetMetMonth))
            : tr("not met");
        QString line = (f.basis == JobCountBasis::Created
                            ? tr("%1 jobs created by %2 against a pledge of %3: %4.")
                            : tr("%1 jobs linked in %2 against a pledge of %3: %4."))
                           .arg(roundedCountText(f.jobsAtHorizon), horizon,
                                roundedCountText(f.targetJobs), verdict);
        if (in.uncertainty) {
            const MonteCarloResult &mc = in.uncertainty->monteCarlo;
            const Eigen::Index end = mc.jobsPercentiles.rows() - 1;
            if (end >= 0)
                line += QLatin1Char(' ')
                    + tr("Four in five draws end between %1 and %2.")
                          .arg(roundedCountText(mc.jobsPercentiles(end, percentileColumn(0.10))),
                               roundedCountText(mc.jobsPercentiles(end, percentileColumn(0.90))));
        }
        return line + marks(in, ObservedMetric::Jobs, f.horizonMonths);
    }

    static QString sellers(const ChartInputs &in)
    {
        const Projection &projection = in.current.projection;
        const Parameters &p = in.current.parameters;
        const Eigen::Index end = projection.sellers.size() - 1;
        if (end < 0)
            return {};
        return tr("Sellers from %1 in %2 to %3 in %4.")
            .arg(roundedCountText(projection.sellers(0)), monthText(p, 0),
                 roundedCountText(projection.sellers(end)), monthText(p, end))
            + marks(in, ObservedMetric::Sellers, end);
    }

    static QString sources(const ChartInputs &in)
    {
        const Projection &projection = in.current.projection;
        const Eigen::Index end = projection.directJobs.size() - 1;
        if (end < 0)
            return {};
        return tr("In %1: %2 direct jobs and %3 service jobs, %4 of them displaced.")
            .arg(monthText(in.current.parameters, end),
                 roundedCountText(projection.directJobs(end)),
                 roundedCountText(projection.serviceJobs(end)),
                 roundedPercentText(in.current.parameters[ParameterId::DisplacementShare]));
    }

    static QString everyInputFixed()
    {
        return tr("Every input is fixed: there are no draws to show.");
    }

    static QString uncertainty(std::size_t view, const ChartInputs &in)
    {
        if (!in.uncertainty || in.uncertainty->monteCarlo.jobsPercentiles.rows() == 0)
            return everyInputFixed();
        const MonteCarloResult &mc = in.uncertainty->monteCarlo;
        const Eigen::Index end = mc.jobsPercentiles.rows() - 1;
        const QString horizon = monthText(in.current.parameters, end);
        if (view == 1)
            return tr("%1 of %2 draws meet the pledge by %3.")
                .arg(roundedPercentText(mc.probabilityTargetMet), QString::number(mc.samples),
                     horizon);
        return tr("Jobs in %1 over %2 draws: median %3, 10th to 90th percentile %4 to %5.")
            .arg(horizon, QString::number(mc.samples),
                 roundedCountText(mc.jobsPercentiles(end, percentileColumn(0.50))),
                 roundedCountText(mc.jobsPercentiles(end, percentileColumn(0.10))),
                 roundedCountText(mc.jobsPercentiles(end, percentileColumn(0.90))));
    }

    static QString sensitivity(const ChartInputs &in)
    {
        if (!in.uncertainty || in.uncertainty->tornado.empty())
            return everyInputFixed();
        const SensitivityBar &largest = in.uncertainty->tornado.front();
        const ParameterDescriptor &d = descriptor(largest.id);
        return tr("Moves jobs the most: %1, from %2 jobs at %3 to %4 jobs at %5.")
            .arg(labelText(d), roundedCountText(largest.jobsAtLow), valueText(d, largest.lowValue),
                 roundedCountText(largest.jobsAtHigh), valueText(d, largest.highValue));
    }

    static QString frontier(const ChartInputs &in)
    {
        const KeyFigures &f = in.current.figures;
        const ParameterDescriptor &growth = descriptor(ParameterId::AnnualGrowthRate);
        const ParameterDescriptor &hires = descriptor(ParameterId::HiresPerSeller);
        const QString hiresNow
            = valueText(hires, in.current.parameters[ParameterId::HiresPerSeller]);
        switch (f.requiredAnnualGrowthRateStatus) {
        case SolveStatus::Found:
            if (f.requiredAnnualGrowthRate)
                return tr("At %1 per hiring seller, the pledge needs yearly seller growth of %2; "
                          "this scenario has %3.")
                    .arg(hiresNow, roundedValueText(growth, *f.requiredAnnualGrowthRate),
                         valueText(growth, in.current.parameters[ParameterId::AnnualGrowthRate]));
            break;
        case SolveStatus::ExceededThroughout:
            return tr("At %1 per hiring seller, the pledge is met at any yearly seller growth.")
                .arg(hiresNow);
        case SolveStatus::Unreachable:
            break;
        }
        return tr("At %1 per hiring seller, no yearly seller growth in range meets the pledge.")
            .arg(hiresNow);
    }

    static QString compare(const ChartInputs &in)
    {
        const KeyFigures &f = in.current.figures;
        QString line = tr("%1: %2 jobs by %3.")
                           .arg(in.scenarioName, roundedCountText(f.jobsAtHorizon),
                                monthText(in.current.parameters, f.horizonMonths));
        if (!in.compared || in.compared->empty())
            return line + QLatin1Char(' ') + tr("No other scenario is compared.");
        for (const ComparedScenario &compared : *in.compared) {
            const KeyFigures &g = compared.results.figures;
            line += QLatin1Char(' ')
                + tr("%1: %2 jobs by %3.")
                      .arg(compared.name, roundedCountText(g.jobsAtHorizon),
                           monthText(compared.results.parameters, g.horizonMonths));
        }
        return line;
    }
};

} // namespace

QString chartSummary(ChartKind kind, std::size_t view, const ChartInputs &inputs)
{
    switch (kind) {
    case ChartKind::Jobs:
        return Summary::jobs(inputs);
    case ChartKind::Sellers:
        return Summary::sellers(inputs);
    case ChartKind::Sources:
        return Summary::sources(inputs);
    case ChartKind::Uncertainty:
        return Summary::uncertainty(view, inputs);
    case ChartKind::Sensitivity:
        return Summary::sensitivity(inputs);
    case ChartKind::Frontier:
        return Summary::frontier(inputs);
    case ChartKind::Compare:
        return Summary::compare(inputs);
    }
    return {};
}

} // namespace pledgecheck
