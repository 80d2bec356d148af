#include "recoveryfile.h"

#include "scenariofile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace pledgecheck::recoveryfile {
namespace {

const QString kFormatKey = QStringLiteral("format");
const QString kVersionKey = QStringLiteral("version");
const QString kAutosavedAtKey = QStringLiteral("autosavedAt");
const QString kOriginalPathKey = QStringLiteral("originalPath");
const QString kScenarioKey = QStringLiteral("scenario");

std::optional<Contents> parse(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &problem) {
        if (error)
            *error = problem;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return fail(QStringLiteral("not JSON (%1 at byte %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    const QJsonObject object = document.object();
    if (object.value(kFormatKey).toString() != QLatin1String(kFormatName))
        return fail(QStringLiteral("not a PledgeCheck recovery file (\"format\" is not \"%1\")")
                        .arg(QLatin1String(kFormatName)));
    const int version = object.value(kVersionKey).toInt(0);
    if (version < 1)
        return fail(QStringLiteral("\"version\" must be a whole number from 1 to %1").arg(kFormatVersion));
    if (version > kFormatVersion)
        return fail(QStringLiteral("written by a newer PledgeCheck (recovery format version %1; "
                                   "this one reads versions 1 to %2)")
                        .arg(version)
                        .arg(kFormatVersion));
    Contents contents;
    contents.autosavedAt = QDateTime::fromString(object.value(kAutosavedAtKey).toString(),
                                                 Qt::ISODateWithMs);
    if (!contents.autosavedAt.isValid())
        return fail(QStringLiteral("\"autosavedAt\" is not a date and time (ISO 8601)"));
    if (!object.value(kOriginalPathKey).isString())
        return fail(QStringLiteral("\"originalPath\" must be a string (empty when untitled)"));
    contents.originalPath = object.value(kOriginalPathKey).toString();
    if (!object.value(kScenarioKey).isObject())
        return fail(QStringLiteral("\"scenario\" must be a scenario object"));
    QString scenarioError;
    const auto scenario = scenariofile::parse(
        QJsonDocument(object.value(kScenarioKey).toObject()).toJson(QJsonDocument::Compact),
        &scenarioError);
    if (!scenario)
        return fail(QStringLiteral("scenario: %1").arg(scenarioError));
    contents.scenario = *scenario;
    return contents;
}

} // namespace

QByteArray serialize(const Contents &contents)
{
    QJsonObject object;
    object.insert(kFormatKey, QLatin1String(kFormatName));
    object.insert(kVersionKey, kFormatVersion);
    object.insert(kAutosavedAtKey, contents.autosavedAt.toUTC().toString(Qt::ISODateWithMs));
    object.insert(kOriginalPathKey, contents.originalPath);
    object.insert(kScenarioKey,
                  QJsonDocument::fromJson(scenariofile::serialize(contents.scenario)).object());
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<Contents> read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString problem;
    auto contents = parse(file.readAll(), &problem);
    if (!contents && error)
        *error = QStringLiteral("%1: %2").arg(path, problem);
    return contents;
}

} // namespace pledgecheck::recoveryfile
