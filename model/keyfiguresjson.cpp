#include "keyfiguresjson.h"

#include "parametertable.h"
#include "yearmonth.h"

#include <QJsonArray>

#include <cmath>

namespace pledgecheck {
namespace {

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString statusText(SolveStatus status)
{
    switch (status) {
    case SolveStatus::Found: return QStringLiteral("found");
    case SolveStatus::ExceededThroughout: return QStringLiteral("exceeded_throughout");
    case SolveStatus::Unreachable: return QStringLiteral("unreachable");
    }
    return {};
}

// A required value, and why it is null where it is: the pledge exceeded throughout the range or
// out of reach within it.
void insertRequired(QJsonObject &json, const QString &key, const std::optional<double> &value,
                    SolveStatus status)
{
    json.insert(key, orNull(value));
    json.insert(key + QStringLiteral("_status"), statusText(status));
}

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

} // namespace

QJsonObject keyFiguresToJson(const KeyFigures &figures, const Parameters &parameters)
{
    QJsonObject json;
    json.insert(QStringLiteral("job_count_basis"),
                QString::fromStdString(formatValue(descriptor(ParameterId::JobCountBasis),
                                                   static_cast<double>(figures.basis))));
    json.insert(QStringLiteral("jobs_at_horizon"), figures.jobsAtHorizon);
    json.insert(QStringLiteral("jobs_created_at_horizon"), figures.jobsCreatedAtHorizon);
    json.insert(QStringLiteral("jobs_linked_at_horizon"), figures.jobsLinkedAtHorizon);
    json.insert(QStringLiteral("job_years_to_horizon"), figures.jobYearsToHorizon);
    json.insert(QStringLiteral("sellers_at_horizon"), figures.sellersAtHorizon);
    json.insert(QStringLiteral("export_supported_jobs_at_horizon"),
                figures.exportSupportedJobsAtHorizon);
    json.insert(QStringLiteral("share_of_target"), figures.shareOfTarget);
    json.insert(QStringLiteral("target_jobs"), figures.targetJobs);
    json.insert(QStringLiteral("horizon_months"), figures.horizonMonths);
    const auto start =
        YearMonth::fromIndex(static_cast<int>(std::lround(parameters[ParameterId::Start])));
    const auto dateOf = [&start](int month) {
        return QString::fromStdString(start.plusMonths(month).toString());
    };
    if (figures.targetMetMonth) {
        json.insert(QStringLiteral("target_met_month"), *figures.targetMetMonth);
        json.insert(QStringLiteral("target_met_date"), dateOf(*figures.targetMetMonth));
    } else {
        json.insert(QStringLiteral("target_met_month"), QJsonValue::Null);
        json.insert(QStringLiteral("target_met_date"), QJsonValue::Null);
    }
    insertRequired(json, QStringLiteral("required_annual_growth_rate"),
                   figures.requiredAnnualGrowthRate, figures.requiredAnnualGrowthRateStatus);
    insertRequired(json, QStringLiteral("required_hires_per_seller"),
                   figures.requiredHiresPerSeller, figures.requiredHiresPerSellerStatus);
    insertRequired(json, QStringLiteral("required_initial_sellers"),
                   figures.requiredInitialSellers, figures.requiredInitialSellersStatus);
    QJsonArray plausibility;
    for (const PlausibilityFinding &finding : figures.plausibility) {
        plausibility.append(QJsonObject{
            {QStringLiteral("id"), text(finding.check.id)},
            {QStringLiteral("value"), finding.valueAtHorizon},
            {QStringLiteral("bound"), finding.check.bound},
            {QStringLiteral("exceeded"), finding.exceeded()},
            {QStringLiteral("first_month"), finding.firstMonthExceeded
                                                ? QJsonValue(dateOf(*finding.firstMonthExceeded))
                                                : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("source"), text(finding.check.source)},
        });
    }
    json.insert(QStringLiteral("plausibility"), plausibility);
    return json;
}

void addUncertaintyToJson(QJsonObject &json, const MonteCarloResult &result, const Uncertainty &uncertainty,
                          double projectedJobsAtHorizon)
{
    const Eigen::Index horizon = result.jobsPercentiles.rows() - 1;
    json.insert(QStringLiteral("probability_target_met"), result.probabilityTargetMet);
    json.insert(QStringLiteral("jobs_at_horizon_p10"), result.jobsPercentiles(horizon, percentileColumn(0.10)));
    json.insert(QStringLiteral("jobs_at_horizon_p50"), result.jobsPercentiles(horizon, percentileColumn(0.50)));
    json.insert(QStringLiteral("jobs_at_horizon_p90"), result.jobsPercentiles(horizon, percentileColumn(0.90)));
    // With every input fixed the draws repeat the projection (within rounding): no spread to rank in.
    json.insert(QStringLiteral("jobs_at_horizon_percentile_rank"),
                uncertainty.isCertain() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(percentileRank(result.jobsAtHorizon, projectedJobsAtHorizon)));
    json.insert(QStringLiteral("sellers_at_horizon_p10"), result.sellersPercentiles(horizon, percentileColumn(0.10)));
    json.insert(QStringLiteral("sellers_at_horizon_p50"), result.sellersPercentiles(horizon, percentileColumn(0.50)));
    json.insert(QStringLiteral("sellers_at_horizon_p90"), result.sellersPercentiles(horizon, percentileColumn(0.90)));
    QJsonArray held;
    for (const ParameterDescriptor &d : parameterTable())
        if (uncertainty.isHeld(d.id))
            held.append(text(d.key));
    json.insert(QStringLiteral("held_in_draws"), held);
}

double percentileRank(const Eigen::ArrayXd &values, double x)
{
    if (values.size() == 0)
        return 0;
    const double below = (values < x).count();
    const double equal = (values == x).count();
    return (below + 0.5 * equal) / static_cast<double>(values.size());
}

} // namespace pledgecheck
