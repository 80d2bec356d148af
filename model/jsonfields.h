#pragma once

#include "modelmessage.h"
#include "parameterdescriptor.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace pledgecheck {

/// The pieces every block of a scenario file is read and written with (docs/scenario-format.md):
/// the one-line messages for a value of the wrong type or a key that is not known, and a
/// parameter's value in JSON (a number, or for a month or a choice its name).
namespace jsonfields {

/// "a number", "a string", "null", "nothing" (a missing value): a JSON value's type in words,
/// marked for the window's catalogue ("ModelMessage").
messagearg::Term typeName(const QJsonValue &value);

/// "@p place: expected @p expected, found <typeName(found)>"; @p expected a Term or a message.
ModelMessage wrongType(const QString &place, MessageArg expected, const QJsonValue &found);

/// The first key of @p object not in @p known, as `unknown key "<prefix><key>"`, or none.
std::optional<ModelMessage> unknownKey(const QJsonObject &object, const QStringList &known,
                                       const QString &prefix);

/// @p value of the parameter @p d as a file holds it: a month or a choice by its name
/// ("2017-01", "logistic"), anything else as a number.
QJsonValue parameterValueToJson(const ParameterDescriptor &d, double value);

/// The value of @p d written as @p json, its type and (for a month or a choice) its name checked,
/// but not its range: that is the caller's, as its message differs (a parameter, an event). On a
/// problem returns none and sets @p error to one line starting with @p place.
std::optional<double> parameterValueFromJson(const ParameterDescriptor &d, const QJsonValue &json,
                                             const QString &place, std::optional<ModelMessage> *error);

} // namespace jsonfields
} // namespace pledgecheck
