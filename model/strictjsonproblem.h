#pragma once

#include "modelmessage.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pledgecheck {

/// What RFC 8259 forbids, or leaves unpredictable, that QJsonDocument lets through: a control
/// character (U+0000 to U+001F) written raw inside a string, and a key given twice in one object
/// (QJsonDocument keeps one of them without a word). Meant for text QJsonDocument has parsed
/// without error: it follows strings, escapes and nesting only, and checks no other syntax.
///
/// Returns empty, or one line naming the first problem and where it is (line and column from 1,
/// columns in characters), such as `duplicate key "parameters.hires_per_seller" at line 9,
/// column 5` or `control character U+0009 inside a string at line 3, column 14: write it as \t`.
/// A key's place is its path of keys from the top, array elements as [index].
std::optional<ModelMessage> strictJsonMessage(const QByteArray &json);
/// strictJsonMessage() in English.
std::optional<QString> strictJsonProblem(const QByteArray &json);

} // namespace pledgecheck
