#include "jsonfields.h"

#include "parametertable.h"
#include "printabletext.h"

namespace pledgecheck::jsonfields {

messagearg::Term typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return {QT_TRANSLATE_NOOP("ModelMessage", "null")};
    case QJsonValue::Bool:
        return {QT_TRANSLATE_NOOP("ModelMessage", "a boolean")};
    case QJsonValue::Double:
        return {QT_TRANSLATE_NOOP("ModelMessage", "a number")};
    case QJsonValue::String:
        return {QT_TRANSLATE_NOOP("ModelMessage", "a string")};
    case QJsonValue::Array:
        return {QT_TRANSLATE_NOOP("ModelMessage", "an array")};
    case QJsonValue::Object:
        return {QT_TRANSLATE_NOOP("ModelMessage", "an object")};
    case QJsonValue::Undefined:
        break;
    }
    return {QT_TRANSLATE_NOOP("ModelMessage", "nothing")};
}

ModelMessage wrongType(const QString &place, MessageArg expected, const QJsonValue &found)
{
    return ModelMessage(MessageId::WrongType, {verbatim(place), std::move(expected), typeName(found)});
}

std::optional<ModelMessage> unknownKey(const QJsonObject &object, const QStringList &known,
                                       const QString &prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return ModelMessage(MessageId::UnknownKey, {verbatim(prefix + printableText(it.key()))});
    }
    return std::nullopt;
}

QJsonValue parameterValueToJson(const ParameterDescriptor &d, double value)
{
    if (d.kind == ParameterKind::Month || d.kind == ParameterKind::Choice)
        return QString::fromStdString(formatValue(d, value));
    return value;
}

std::optional<double> parameterValueFromJson(const ParameterDescriptor &d, const QJsonValue &json,
                                             const QString &place, std::optional<ModelMessage> *error)
{
    if (d.kind != ParameterKind::Month && d.kind != ParameterKind::Choice) {
        if (!json.isDouble()) {
            *error = wrongType(place, messagearg::Term{QT_TRANSLATE_NOOP("ModelMessage", "a number")}, json);
            return std::nullopt;
        }
        return json.toDouble();
    }
    if (!json.isString()) {
        *error = wrongType(place,
                           messagearg::Term{d.kind == ParameterKind::Month
                                                ? QT_TRANSLATE_NOOP("ModelMessage", "a month \"YYYY-MM\"")
                                                : QT_TRANSLATE_NOOP("ModelMessage", "a string")},
                           json);
        return std::nullopt;
    }
    const QByteArray text = json.toString().toUtf8();
    const auto parsed
        = parseValue(d, std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (!parsed) {
        *error = ModelMessage(MessageId::NameNotValid,
                              {verbatim(place), verbatim(printableText(json.toString())), messagearg::Range{d.id}});
        return std::nullopt;
    }
    return parsed;
}

} // namespace pledgecheck::jsonfields
