#include "keyfiguresjson.h"

#include "yearmonth.h"

#include <cmath>

namespace pledgecheck {
namespace {

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject keyFiguresToJson(const KeyFigures &figures, const Parameters &parameters)
{
    QJsonObject json;
    json.insert(QStringLiteral("jobs_at_horizon"), figures.jobsAtHorizon);
    json.insert(QStringLiteral("sellers_at_horizon"), figures.sellersAtHorizon);
    json.insert(QStringLiteral("export_supported_jobs_at_horizon"),
                figures.exportSupportedJobsAtHorizon);
    json.insert(QStringLiteral("share_of_target"), figures.shareOfTarget);
    json.insert(QStringLiteral("target_jobs"), figures.targetJobs);
    json.insert(QStringLiteral("horizon_months"), figures.horizonMonths);
    if (figures.targetMetMonth) {
        const auto start = YearMonth::fromIndex(
            static_cast<int>(std::lround(parameters[ParameterId::Start])));
        json.insert(QStringLiteral("target_met_month"), *figures.targetMetMonth);
        json.insert(QStringLiteral("target_met_date"),
                    QString::fromStdString(start.plusMonths(*figures.targetMetMonth).toString()));
    } else {
        json.insert(QStringLiteral("target_met_month"), QJsonValue::Null);
        json.insert(QStringLiteral("target_met_date"), QJsonValue::Null);
    }
    json.insert(QStringLiteral("required_annual_growth_rate"),
                orNull(figures.requiredAnnualGrowthRate));
    json.insert(QStringLiteral("required_hires_per_seller"), orNull(figures.requiredHiresPerSeller));
    json.insert(QStringLiteral("required_initial_sellers"), orNull(figures.requiredInitialSellers));
    return json;
}

void addUncertaintyToJson(QJsonObject &json, const MonteCarloResult &result)
{
    const Eigen::Index horizon = result.jobsPercentiles.rows() - 1;
    json.insert(QStringLiteral("probability_target_met"), result.probabilityTargetMet);
    json.insert(QStringLiteral("jobs_at_horizon_p10"), result.jobsPercentiles(horizon, percentileColumn(0.10)));
    json.insert(QStringLiteral("jobs_at_horizon_p50"), result.jobsPercentiles(horizon, percentileColumn(0.50)));
    json.insert(QStringLiteral("jobs_at_horizon_p90"), result.jobsPercentiles(horizon, percentileColumn(0.90)));
}

} // namespace pledgecheck
