#include "scenariofile.h"

#include "atomicfile.h"
#include "parametertable.h"
#include "uncertaintyjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace pledgecheck::scenariofile {
namespace {

const QString kFormatKey = QStringLiteral("format");
const QString kVersionKey = QStringLiteral("version");
const QString kNameKey = QStringLiteral("name");
const QString kNoteKey = QStringLiteral("note");
const QString kParametersKey = QStringLiteral("parameters");
const QString kUncertaintyKey = QStringLiteral("uncertainty");

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

QString wrongType(const QString &place, const char *expected, const QJsonValue &found)
{
    return QStringLiteral("%1: expected %2, found %3").arg(place, QLatin1String(expected), typeName(found));
}

// Line and column (both from 1) of a byte offset, for a parse error a person can find.
QString positionOf(const QByteArray &text, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

std::optional<QString> unknownKey(const QJsonObject &object, const QStringList &known,
                                  const QString &prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("unknown key \"%1%2\"").arg(prefix, it.key());
    }
    return std::nullopt;
}

std::optional<double> readParameter(const ParameterDescriptor &d, const QJsonValue &value,
                                    QString *error)
{
    const QString place = QStringLiteral("parameters.%1").arg(QLatin1String(d.key.data(), d.key.size()));
    const bool textual = d.kind == ParameterKind::Month || d.kind == ParameterKind::Choice;
    double number = 0;
    if (textual) {
        if (!value.isString()) {
            *error = wrongType(place, d.kind == ParameterKind::Month ? "a month \"YYYY-MM\"" : "a string", value);
            return std::nullopt;
        }
        const QByteArray text = value.toString().toUtf8();
        const auto parsed = parseValue(d, std::string_view(text.constData(), text.size()));
        if (!parsed) {
            *error = QStringLiteral("%1: \"%2\" is not valid: the valid range is %3")
                         .arg(place, value.toString(), QString::fromStdString(describeRange(d)));
            return std::nullopt;
        }
        number = *parsed;
    } else {
        if (!value.isDouble()) {
            *error = wrongType(place, "a number", value);
            return std::nullopt;
        }
        number = value.toDouble();
    }
    if (const auto problem = checkValue(d, number)) {
        *error = QStringLiteral("%1: %2").arg(place, QString::fromStdString(*problem));
        return std::nullopt;
    }
    return number;
}

} // namespace

bool readParameters(const QJsonObject &parameters, int version, std::span<const ParameterDescriptor> table,
                    Parameters &values, QString *error)
{
    QStringList knownParameters;
    for (const ParameterDescriptor &d : table) {
        const QString key = QString::fromLatin1(d.key.data(), d.key.size());
        knownParameters << key;
        const QJsonValue value = parameters.value(key);
        if (value.isUndefined()) {
            if (version < d.sinceVersion)
                continue; // a file older than the parameter: its default stands
            *error = QStringLiteral("missing key \"parameters.%1\"").arg(key);
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

std::optional<Scenario> parseObject(const QJsonObject &root, QString *error)
{
    if (root.value(kFormatKey) != QJsonValue(QLatin1String(kFormatName))) {
        *error = QStringLiteral("not a PledgeCheck scenario: \"%1\" must be \"%2\"")
                     .arg(kFormatKey, QLatin1String(kFormatName));
        return std::nullopt;
    }
    const QJsonValue version = root.value(kVersionKey);
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1) {
        *error = QStringLiteral("\"%1\" must be a whole number from 1, found %2")
                     .arg(kVersionKey, version.isDouble() ? QString::number(version.toDouble()) : typeName(version));
        return std::nullopt;
    }
    if (version.toDouble() > kFormatVersion) {
        *error = QStringLiteral("written in format version %1 by a newer PledgeCheck; this version "
                                "reads format version %2 and older")
                     .arg(version.toDouble())
                     .arg(kFormatVersion);
        return std::nullopt;
    }
    QStringList knownKeys{kFormatKey, kVersionKey, kNameKey, kNoteKey, kParametersKey};
    if (version.toDouble() >= 2)
        knownKeys << kUncertaintyKey;
    if (auto problem = unknownKey(root, knownKeys, {})) {
        *error = *problem;
        return std::nullopt;
    }

    Scenario scenario;
    for (const auto &[key, target] : {std::pair{kNameKey, &scenario.name}, std::pair{kNoteKey, &scenario.note}}) {
        const QJsonValue value = root.value(key);
        if (value.isUndefined()) {
            *error = QStringLiteral("missing key \"%1\"").arg(key);
            return std::nullopt;
        }
        if (!value.isString()) {
            *error = wrongType(key, "a string", value);
            return std::nullopt;
        }
        *target = value.toString().toStdString();
    }

    const QJsonValue parametersValue = root.value(kParametersKey);
    if (parametersValue.isUndefined()) {
        *error = QStringLiteral("missing key \"%1\"").arg(kParametersKey);
        return std::nullopt;
    }
    if (!parametersValue.isObject()) {
        *error = wrongType(kParametersKey, "an object", parametersValue);
        return std::nullopt;
    }
    if (!readParameters(parametersValue.toObject(), static_cast<int>(version.toDouble()), parameterTable(),
                        scenario.parameters, error))
        return std::nullopt;
    if (auto problem = scenario.parameters.validate()) {
        *error = QStringLiteral("parameters: %1").arg(QString::fromStdString(*problem));
        return std::nullopt;
    }
    const QJsonValue uncertainty = root.value(kUncertaintyKey);
    if (!uncertainty.isUndefined()) {
        if (!uncertainty.isObject()) {
            *error = wrongType(kUncertaintyKey, "an object", uncertainty);
            return std::nullopt;
        }
        auto read = uncertaintyjson::fromJson(uncertainty.toObject(), scenario.parameters, error);
        if (!read)
            return std::nullopt;
        scenario.uncertainty = *read;
    }
    return scenario;
}

} // namespace

std::optional<Scenario> parse(const QByteArray &json, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        message = QStringLiteral("malformed JSON at %1: %2")
                      .arg(positionOf(json, parseError.offset), parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        message = QStringLiteral("not a PledgeCheck scenario: the top level is not a JSON object");
        return std::nullopt;
    }
    return parseObject(document.object(), &message);
}

QByteArray serialize(const Scenario &scenario)
{
    QJsonObject parameters;
    for (const ParameterDescriptor &d : parameterTable()) {
        const QString key = QString::fromLatin1(d.key.data(), d.key.size());
        const double value = scenario.parameters[d.id];
        if (d.kind == ParameterKind::Month || d.kind == ParameterKind::Choice)
            parameters.insert(key, QString::fromStdString(formatValue(d, value)));
        else
            parameters.insert(key, value);
    }
    QJsonObject root;
    root.insert(kFormatKey, QLatin1String(kFormatName));
    root.insert(kVersionKey, kFormatVersion);
    root.insert(kNameKey, QString::fromStdString(scenario.name));
    root.insert(kNoteKey, QString::fromStdString(scenario.note));
    root.insert(kParametersKey, parameters);
    root.insert(kUncertaintyKey, uncertaintyjson::toJson(scenario.uncertainty));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Scenario> read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // A scenario is a few kilobytes; anything this large is some other file.
    constexpr qint64 kLargestScenario = 16 * 1024 * 1024;
    QString problem;
    std::optional<Scenario> scenario;
    if (file.size() > kLargestScenario)
        problem = QStringLiteral("not a PledgeCheck scenario: %1 bytes is far larger than any scenario")
                      .arg(file.size());
    else
        scenario = parse(file.readAll(), &problem);
    if (!scenario && error)
        *error = QStringLiteral("%1: %2").arg(path, problem);
    return scenario;
}

bool write(const QString &path, const Scenario &scenario, QString *error)
{
    return writeFileAtomically(path, serialize(scenario), error);
}

} // namespace pledgecheck::scenariofile
