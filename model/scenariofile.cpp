#include "scenariofile.h"

#include "atomicfile.h"
#include "boundedfile.h"
#include "jsonfields.h"
#include "parametertable.h"
#include "printabletext.h"
#include "scenarioeventrules.h"
#include "scenarioeventsjson.h"
#include "scenariotext.h"
#include "strictjsonproblem.h"
#include "uncertaintyjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>


namespace pledgecheck::scenariofile {
namespace {

using jsonfields::typeName;
using jsonfields::unknownKey;
using jsonfields::wrongType;
using Problem = std::optional<ModelMessage>;

const QString kFormatKey = QStringLiteral("format");
const QString kVersionKey = QStringLiteral("version");
const QString kNameKey = QStringLiteral("name");
const QString kNoteKey = QStringLiteral("note");
const QString kParametersKey = QStringLiteral("parameters");
const QString kUncertaintyKey = QStringLiteral("uncertainty");
const QString kEventsKey = QStringLiteral("events");
const QString kObservationsKey = QStringLiteral("observations");
// A scenario is a few kilobytes and at most about 400 KiB (scenariotext.h); anything this large
// is some other file.
constexpr qint64 kLargestScenario = 16 * 1024 * 1024;

// Line and column (both from 1, columns in characters) of a byte offset, for a parse error a
// person can find.
ModelMessage positionOf(const QByteArray &text, qsizetype offset)
{
    int line = 1, column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) { // not a UTF-8 continuation
            ++column;
        }
    }
    return ModelMessage(MessageId::LineColumn, {messagearg::Count{line}, messagearg::Count{column}});
}

std::optional<double> readParameter(const ParameterDescriptor &d, const QJsonValue &value,
                                    Problem *error)
{
    const QString place = QStringLiteral("parameters.%1").arg(QLatin1String(d.key.data(), d.key.size()));
    const auto number = jsonfields::parameterValueFromJson(d, value, place, error);
    if (!number)
        return std::nullopt;
    if (const auto problem = checkValue(d, *number)) {
        *error = atPlace(place, *problem);
        return std::nullopt;
    }
    return number;
}

} // namespace

bool readParameters(const QJsonObject &parameters, int version, std::span<const ParameterDescriptor> table,
                    Parameters &values, QString *error)
{
    Problem problem;
    const bool read = readParameters(parameters, version, table, values, &problem);
    setEnglish(error, problem);
    return read;
}

bool readParameters(const QJsonObject &parameters, int version, std::span<const ParameterDescriptor> table,
                    Parameters &values, Problem *error)
{
    QStringList knownParameters;
    for (const ParameterDescriptor &d : table) {
        const QString key = QString::fromLatin1(d.key.data(), d.key.size());
        knownParameters << key;
        const QJsonValue value = parameters.value(key);
        if (value.isUndefined()) {
            if (version < d.sinceVersion)
                continue; // a file older than the parameter: its default stands
            *error = ModelMessage(MessageId::MissingKey, {verbatim(QStringLiteral("parameters.") + key)});
            return false;
        }
        const auto number = readParameter(d, value, error);
        if (!number)
            return false;
        values.set(d.id, *number);
    }
    if (auto problem = unknownKey(parameters, knownParameters, QStringLiteral("parameters."))) {
        *error = *problem;
        return false;
    }
    return true;
}

namespace {

std::optional<Scenario> parseObject(const QJsonObject &root, Problem *error)
{
    if (root.value(kFormatKey) != QJsonValue(QLatin1String(kFormatName))) {
        *error = ModelMessage(MessageId::NotAScenario, {verbatim(kFormatKey), verbatim(QLatin1String(kFormatName))});
        return std::nullopt;
    }
    const QJsonValue version = root.value(kVersionKey);
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1) {
        *error = ModelMessage(MessageId::VersionNotWhole,
                              {verbatim(kVersionKey), version.isDouble()
                                                          ? MessageArg(verbatim(QString::number(version.toDouble())))
                                                          : MessageArg(typeName(version))});
        return std::nullopt;
    }
    if (version.toDouble() > kFormatVersion) {
        *error = ModelMessage(MessageId::NewerFormatVersion,
                              {verbatim(QStringLiteral("%1").arg(version.toDouble())),
                               messagearg::Count{kFormatVersion}});
        return std::nullopt;
    }
    QStringList knownKeys{kFormatKey, kVersionKey, kNameKey, kNoteKey, kParametersKey};
    if (version.toDouble() >= 2)
        knownKeys << kUncertaintyKey;
    if (version.toDouble() >= 4)
        knownKeys << kEventsKey << kObservationsKey;
    if (auto problem = unknownKey(root, knownKeys, {})) {
        *error = *problem;
        return std::nullopt;
    }

    Scenario scenario;
    for (const auto &[key, target] : {std::pair{kNameKey, &scenario.name}, std::pair{kNoteKey, &scenario.note}}) {
        const QJsonValue value = root.value(key);
        if (value.isUndefined()) {
            *error = ModelMessage(MessageId::MissingKey, {verbatim(key)});
            return std::nullopt;
        }
        if (!value.isString()) {
            *error = wrongType(key, messagearg::Term{QT_TRANSLATE_NOOP("ModelMessage", "a string")}, value);
            return std::nullopt;
        }
        const QString text = value.toString();
        if (const auto problem = key == kNameKey ? scenarioNameProblem(text) : scenarioNoteProblem(text)) {
            *error = atPlace(key, *problem);
            return std::nullopt;
        }
        *target = text.toStdString();
    }

    const QJsonValue parametersValue = root.value(kParametersKey);
    if (parametersValue.isUndefined()) {
        *error = ModelMessage(MessageId::MissingKey, {verbatim(kParametersKey)});
        return std::nullopt;
    }
    if (!parametersValue.isObject()) {
        *error = wrongType(kParametersKey, messagearg::Term{QT_TRANSLATE_NOOP("ModelMessage", "an object")},
                           parametersValue);
        return std::nullopt;
    }
    if (!readParameters(parametersValue.toObject(), static_cast<int>(version.toDouble()), parameterTable(),
                        scenario.parameters, error))
        return std::nullopt;
    if (auto problem = scenario.parameters.validate()) {
        *error = atPlace(kParametersKey, *problem);
        return std::nullopt;
    }
    const QJsonValue uncertainty = root.value(kUncertaintyKey);
    if (!uncertainty.isUndefined()) {
        if (!uncertainty.isObject()) {
            *error = wrongType(kUncertaintyKey, messagearg::Term{QT_TRANSLATE_NOOP("ModelMessage", "an object")},
                               uncertainty);
            return std::nullopt;
        }
        auto read = uncertaintyjson::fromJson(uncertainty.toObject(), scenario.parameters, error);
        if (!read)
            return std::nullopt;
        scenario.uncertainty = *read;
    }
    // After the parameters: an event's month is checked against the start and the horizon.
    if (const QJsonValue events = root.value(kEventsKey); !events.isUndefined()) {
        auto read = eventsjson::eventsFromJson(events, scenario.parameters, error);
        if (!read)
            return std::nullopt;
        scenario.events = std::move(*read);
    }
    if (const QJsonValue observations = root.value(kObservationsKey); !observations.isUndefined()) {
        auto read = eventsjson::observationsFromJson(observations, scenario.parameters, error);
        if (!read)
            return std::nullopt;
        scenario.observations = std::move(*read);
    }
    return scenario;
}

} // namespace

std::optional<Scenario> parse(const QByteArray &json, QString *error)
{
    Problem problem;
    auto scenario = parse(json, &problem);
    setEnglish(error, problem);
    return scenario;
}

std::optional<Scenario> parse(const QByteArray &json, Problem *error)
{
    Problem ignored;
    Problem &message = error ? *error : ignored;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        message = ModelMessage(MessageId::MalformedJson, {nested(positionOf(json, parseError.offset)),
                                                          verbatim(parseError.errorString())});
        return std::nullopt;
    }
    if (!document.isObject()) {
        message = ModelMessage(MessageId::NotAJsonObject);
        return std::nullopt;
    }
    if (auto problem = strictJsonMessage(json)) {
        message = *problem;
        return std::nullopt;
    }
    return parseObject(document.object(), &message);
}

QByteArray serialize(const Scenario &scenario)
{
    QJsonObject parameters;
    for (const ParameterDescriptor &d : parameterTable())
        parameters.insert(QString::fromLatin1(d.key.data(), d.key.size()),
                          jsonfields::parameterValueToJson(d, scenario.parameters[d.id]));
    QJsonObject root;
    root.insert(kFormatKey, QLatin1String(kFormatName));
    root.insert(kVersionKey, kFormatVersion);
    root.insert(kNameKey, QString::fromStdString(scenario.name));
    root.insert(kNoteKey, QString::fromStdString(scenario.note));
    root.insert(kParametersKey, parameters);
    root.insert(kUncertaintyKey, uncertaintyjson::toJson(scenario.uncertainty));
    // Written only when there are any: a scenario without them keeps today's small file, and a
    // reader of version 4 takes a missing key as none.
    if (!scenario.events.empty())
        root.insert(kEventsKey, eventsjson::toJson(scenario.events));
    if (!scenario.observations.empty())
        root.insert(kObservationsKey, eventsjson::toJson(scenario.observations));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Scenario> read(const QString &path, QString *error)
{
    Problem problem;
    auto scenario = read(path, &problem);
    setEnglish(error, problem);
    return scenario;
}

std::optional<Scenario> read(const QString &path, Problem *error)
{
    const auto fail = [&](ModelMessage problem) {
        if (error)
            *error = atPlace(printableText(path, 4096), std::move(problem));
        return std::nullopt;
    };
    QByteArray json;
    BoundedReadDetail detail;
    switch (readBoundedFile(path, kLargestScenario, json, &detail)) {
    case BoundedReadProblem::None:
        break;
    case BoundedReadProblem::NotRegularFile:
        return fail(ModelMessage(MessageId::PathNotRegularFile, {messagearg::Term{detail.kind}}));
    case BoundedReadProblem::CannotOpen:
        return fail(ModelMessage(MessageId::CannotOpen, {detail.reason}));
    case BoundedReadProblem::TooLarge:
        return fail(ModelMessage(MessageId::ScenarioTooLarge, {messagearg::Count{kLargestScenario}}));
    case BoundedReadProblem::CannotRead:
        return fail(ModelMessage(MessageId::CannotRead, {detail.reason}));
    }
    Problem problem;
    std::optional<Scenario> scenario = parse(json, &problem);
    if (!scenario)
        return fail(problem.value_or(ModelMessage(MessageId::NotAJsonObject)));
    return scenario;
}

bool write(const QString &path, const Scenario &scenario, QString *error)
{
    Problem problem;
    const bool written = write(path, scenario, &problem);
    setEnglish(error, problem);
    return written;
}

bool write(const QString &path, const Scenario &scenario, Problem *error)
{
    // What is written must read back: a name or note past the limits would make a file this
    // program then refuses.
    // Nor may an event or a report that a change of the start or horizon left outside them.
    for (auto &problem :
         {scenarioNameProblem(QString::fromStdString(scenario.name)),
          scenarioNoteProblem(QString::fromStdString(scenario.note)),
          eventsjson::limitProblem(scenario.events, scenario.observations),
          eventrules::entriesProblem(scenario.events, scenario.observations, scenario.parameters)}) {
        if (problem) {
            if (error)
                *error = ModelMessage(MessageId::CannotWrite,
                                      {verbatim(printableText(path, 4096)), nested(*problem)});
            return false;
        }
    }
    return writeFileAtomically(path, serialize(scenario), error);
}

} // namespace pledgecheck::scenariofile
