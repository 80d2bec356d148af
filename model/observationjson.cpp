#include "observationjson.h"

#include "parametertable.h"
#include "scenarioeventrules.h"

namespace pledgecheck {
namespace {

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

} // namespace

QJsonArray observationsToJson(const ObservationReport &report)
{
    QJsonArray array;
    for (const ObservationComparison &row : report) {
        const Observation &o = row.observation;
        QJsonObject json{
            {QStringLiteral("month"), QString::fromStdString(o.month.toString())},
            {QStringLiteral("metric"), text(eventrules::metricKey(o.metric))},
            {QStringLiteral("reported"), o.value},
            {QStringLiteral("projected"), row.projected},
            {QStringLiteral("ratio"), row.ratio},
            {QStringLiteral("pledge_path"), row.pledgePath ? QJsonValue(*row.pledgePath) : QJsonValue()},
            {QStringLiteral("source"), QString::fromStdString(o.source)},
        };
        if (o.low)
            json.insert(QStringLiteral("low"), *o.low);
        if (o.high)
            json.insert(QStringLiteral("high"), *o.high);
        if (row.withinRange)
            json.insert(QStringLiteral("within_range"), *row.withinRange);
        array.append(json);
    }
    return array;
}

QJsonObject fitToJson(const FitResult &fit, const std::vector<ParameterId> &asked)
{
    QJsonObject values;
    for (const ParameterId id : asked)
        values.insert(text(descriptor(id).key), fit.parameters[id]);
    QJsonArray warnings;
    for (const ModelMessage &warning : fit.warnings)
        warnings.append(QString::fromStdString(warning.text()));
    return QJsonObject{
        {QStringLiteral("parameters"), values},
        {QStringLiteral("rms_log_error"), fit.rmsLogError},
        {QStringLiteral("observations_used"), fit.observationsUsed},
        {QStringLiteral("converged"), fit.converged},
        {QStringLiteral("warnings"), warnings},
    };
}

} // namespace pledgecheck
