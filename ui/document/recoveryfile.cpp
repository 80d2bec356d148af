#include "recoveryfile.h"

#include "boundedfile.h"
#include "messagetext.h"
#include "printabletext.h"
#include "scenariofile.h"
#include "strictjsonproblem.h"

#include <QCoreApplication>
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
        return fail(QCoreApplication::translate("RecoveryFile", "not JSON (%1 at byte %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    const QJsonObject object = document.object();
    if (object.value(kFormatKey).toString() != QLatin1String(kFormatName))
        return fail(QCoreApplication::translate("RecoveryFile", "not a PledgeCheck recovery file (\"format\" is not \"%1\")")
                        .arg(QLatin1String(kFormatName)));
    const int version = object.value(kVersionKey).toInt(0);
    if (version < 1)
        return fail(QCoreApplication::translate("RecoveryFile", "\"version\" must be a whole number from 1 to %1").arg(kFormatVersion));
    if (version > kFormatVersion)
        return fail(QCoreApplication::translate("RecoveryFile", "written by a newer PledgeCheck (recovery format version %1; "
                       "this one reads versions 1 to %2)")
                        .arg(version)
                        .arg(kFormatVersion));
    Contents contents;
    contents.autosavedAt = QDateTime::fromString(object.value(kAutosavedAtKey).toString(),
                                                 Qt::ISODateWithMs);
    if (!contents.autosavedAt.isValid())
        return fail(QCoreApplication::translate("RecoveryFile", "\"autosavedAt\" is not a date and time (ISO 8601)"));
    if (!object.value(kOriginalPathKey).isString())
        return fail(QCoreApplication::translate("RecoveryFile", "\"originalPath\" must be a string (empty when untitled)"));
    contents.originalPath = object.value(kOriginalPathKey).toString();
    if (!object.value(kScenarioKey).isObject())
        return fail(QCoreApplication::translate("RecoveryFile", "\"scenario\" must be a scenario object"));
    std::optional<ModelMessage> scenarioError;
    const auto scenario = scenariofile::parse(
        QJsonDocument(object.value(kScenarioKey).toObject()).toJson(QJsonDocument::Compact),
        &scenarioError);
    if (!scenario)
        return fail(QCoreApplication::translate("RecoveryFile", "scenario: %1").arg(scenarioError ? messageText(*scenarioError) : QString()));
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
    // Read as a scenario file is: only a regular file, never more than a scenario's limit and the
    // few lines around it, so that nothing left in the folder can stall or swamp the start.
    constexpr qint64 kLargestRecoveryFile = 16 * 1024 * 1024 + 4096;
    QByteArray json;
    BoundedReadDetail detail;
    QString problem;
    switch (readBoundedFile(path, kLargestRecoveryFile, json, &detail)) {
    case BoundedReadProblem::None:
        if (const auto strict = strictJsonMessage(json))
            problem = messageText(*strict);
        else if (auto contents = parse(json, &problem))
            return contents;
        break;
    case BoundedReadProblem::NotRegularFile:
        problem = QCoreApplication::translate("RecoveryFile", "the path is %1, not a regular file").arg(messageArgText(messagearg::Term{detail.kind}));
        break;
    case BoundedReadProblem::CannotOpen:
    case BoundedReadProblem::CannotRead:
        problem = messageArgText(detail.reason);
        break;
    case BoundedReadProblem::TooLarge:
        problem = QCoreApplication::translate("RecoveryFile", "larger than %1 bytes").arg(kLargestRecoveryFile);
        break;
    }
    if (error)
        *error = QStringLiteral("%1: %2").arg(printableText(path, 4096), problem);
    return std::nullopt;
}

} // namespace pledgecheck::recoveryfile
