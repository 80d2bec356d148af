#include "jsonfields.h"

#include "parametertable.h"
#include "printabletext.h"

namespace pledgecheck::jsonfields {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString wrongType(const QString &place, const QString &expected, const QJsonValue &found)
{
    return QStringLiteral("%1: expected %2, found %3").arg(place, expected, typeName(found));
}

std::optional<QString> unknownKey(const QJsonObject &object, const QStringList &known,
                                  const QString &prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("unknown key \"%1%2\"").arg(prefix, printableText(it.key()));
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
                                             const QString &place, QString *error)
{
    if (d.kind != ParameterKind::Month && d.kind != ParameterKind::Choice) {
        if (!json.isDouble()) {
            *error = wrongType(place, QStringLiteral("a number"), json);
            return std::nullopt;
        }
        return json.toDouble();
    }
    if (!json.isString()) {
        *error = wrongType(place,
                           d.kind == ParameterKind::Month ? QStringLiteral("a month \"YYYY-MM\"")
                                                          : QStringLiteral("a string"),
                           json);
        return std::nullopt;
    }
    const QByteArray text = json.toString().toUtf8();
    const auto parsed
        = parseValue(d, std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    if (!parsed) {
        *error = QStringLiteral("%1: \"%2\" is not valid: the valid range is %3")
                     .arg(place, printableText(json.toString()),
                          QString::fromStdString(describeRange(d)));
        return std::nullopt;
    }
    return parsed;
}

} // namespace pledgecheck::jsonfields
