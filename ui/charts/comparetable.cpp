#include "comparetable.h"

#include "figuretext.h"
#include "parametertable.h"
#include "valuetext.h"

#include <QCoreApplication>

#include <cmath>
#include <functional>

namespace pledgecheck {
namespace {

QString metText(const ScenarioResults &results)
{
    const auto met = results.figures.targetMetMonth;
    if (!met)
        return QCoreApplication::translate("CompareTable", "not met");
    return monthText(static_cast<int>(std::lround(results.parameters[ParameterId::Start])) + *met);
}

QString requiredText(ParameterId id, const std::optional<double> &value, SolveStatus status)
{
    if (value)
        return roundedValueText(descriptor(id), *value);
    return status == SolveStatus::ExceededThroughout ? QCoreApplication::translate("CompareTable", "met throughout the range")
                                                     : QCoreApplication::translate("CompareTable", "out of reach");
}

} // namespace

CompareTable CompareTable::of(const ComparedScenario &current, const ComparedScenarios &compared)
{
    std::vector<const ComparedScenario *> scenarios{&current};
    std::vector<const ScenarioResults *> all{&current.results};
    CompareTable table;
    table.columns << current.name;
    for (const ComparedScenario &scenario : compared) {
        scenarios.push_back(&scenario);
        all.push_back(&scenario.results);
        table.columns << scenario.name;
    }
    std::vector<const Parameters *> parameters;
    for (const ScenarioResults *results : all)
        parameters.push_back(&results->parameters);
    const auto addParameters = [&](bool differing) {
        for (const ParameterDescriptor &d : parameterTable()) {
            if (parameterDiffers(d.id, parameters) != differing)
                continue;
            Row row{labelText(d), {}, true, differing};
            for (const ScenarioResults *results : all)
                row.cells << valueText(d, results->parameters[d.id]);
            table.rows.push_back(row);
        }
    };
    addParameters(true);
    const auto addCount = [&](const QString &label, std::size_t ComparedScenario::*count) {
        Row row{label, {}, false, false};
        for (const ComparedScenario *scenario : scenarios) {
            row.cells << QString::number((*scenario).*count);
            row.differs = row.differs || (*scenario).*count != current.*count;
        }
        table.rows.push_back(row);
    };
    addCount(QCoreApplication::translate("CompareTable", "Events"), &ComparedScenario::events);
    addCount(QCoreApplication::translate("CompareTable", "Reported figures"), &ComparedScenario::observations);
    const auto addFigure = [&](const QString &label,
                               const std::function<QString(const ScenarioResults &)> &text) {
        Row row{label, {}, false, false};
        for (const ScenarioResults *results : all)
            row.cells << text(*results);
        table.rows.push_back(row);
    };
    addFigure(QCoreApplication::translate("CompareTable", "Jobs at the horizon (each on its own basis)"),
              [](const ScenarioResults &r) { return roundedCountText(r.figures.jobsAtHorizon); });
    addFigure(QCoreApplication::translate("CompareTable", "Share of the pledge"),
              [](const ScenarioResults &r) { return roundedPercentText(r.figures.shareOfTarget); });
    addFigure(QCoreApplication::translate("CompareTable", "Pledge met"), metText);
    addFigure(QCoreApplication::translate("CompareTable", "Sellers at the horizon"),
              [](const ScenarioResults &r) { return roundedCountText(r.figures.sellersAtHorizon); });
    addFigure(QCoreApplication::translate("CompareTable", "Job-years to the horizon"),
              [](const ScenarioResults &r) { return roundedCountText(r.figures.jobYearsToHorizon); });
    addFigure(QCoreApplication::translate("CompareTable", "Export-supported jobs (second lens)"), [](const ScenarioResults &r) {
        return roundedCountText(r.figures.exportSupportedJobsAtHorizon);
    });
    addFigure(QCoreApplication::translate("CompareTable", "Growth the pledge needs"), [](const ScenarioResults &r) {
        return requiredText(ParameterId::AnnualGrowthRate, r.figures.requiredAnnualGrowthRate,
                            r.figures.requiredAnnualGrowthRateStatus);
    });
    addFigure(QCoreApplication::translate("CompareTable", "Hires the pledge needs"), [](const ScenarioResults &r) {
        return requiredText(ParameterId::HiresPerSeller, r.figures.requiredHiresPerSeller,
                            r.figures.requiredHiresPerSellerStatus);
    });
    addFigure(QCoreApplication::translate("CompareTable", "Starting sellers the pledge needs"), [](const ScenarioResults &r) {
        return requiredText(ParameterId::InitialSellers, r.figures.requiredInitialSellers,
                            r.figures.requiredInitialSellersStatus);
    });
    addParameters(false);
    return table;
}

} // namespace pledgecheck
