#pragma once

#include "modelmessage.h"
#include "scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <optional>
#include <span>

namespace pledgecheck {

/// The scenario file format (docs/scenario-format.md): JSON, UTF-8.
namespace scenariofile {

inline constexpr char kFormatName[] = "pledgecheck-scenario";
/// Version 2 added the optional "uncertainty" block, version 3 the parameter job_count_basis,
/// version 4 the optional "events" and "observations"; version 1 to 3 files are still read, with
/// job_count_basis at its default where they lack it, and no events or observations.
inline constexpr int kFormatVersion = 4;

/// The scenario in @p json. On any problem (malformed JSON, a missing or unknown key, a wrong type,
/// an out-of-range value, a newer format version, not a scenario at all) returns none and sets
/// @p error to one line naming the place and the problem.
std::optional<Scenario> parse(const QByteArray &json, std::optional<ModelMessage> *error);
/// The same, the message in English (the command line's words).
std::optional<Scenario> parse(const QByteArray &json, QString *error);
inline std::optional<Scenario> parse(const QByteArray &json, std::nullptr_t)
{
    return parse(json, static_cast<QString *>(nullptr));
}

/// Reads the "parameters" object @p parameters of a file of format @p version into @p values,
/// against the parameter descriptors @p table (parameterTable() when reading a file). A parameter
/// the file lacks keeps its value in @p values (its default) when the file's version is older than
/// the parameter (ParameterDescriptor::sinceVersion); lacking any other is an error. On a missing,
/// unknown or invalid parameter returns false and sets @p error to one line naming it.
bool readParameters(const QJsonObject &parameters, int version, std::span<const ParameterDescriptor> table,
                    Parameters &values, std::optional<ModelMessage> *error);
bool readParameters(const QJsonObject &parameters, int version, std::span<const ParameterDescriptor> table,
                    Parameters &values, QString *error);

/// @p scenario as indented JSON, every parameter by its id.
QByteArray serialize(const Scenario &scenario);

/// parse() of the file at @p path; the message starts with the path. The window shows the message
/// in its language (ui/text/messagetext.h); the QString forms give it in English.
std::optional<Scenario> read(const QString &path, std::optional<ModelMessage> *error);
std::optional<Scenario> read(const QString &path, QString *error);
inline std::optional<Scenario> read(const QString &path, std::nullptr_t)
{
    return read(path, static_cast<QString *>(nullptr));
}

/// Writes @p scenario to @p path atomically: a failed write leaves the old file whole.
bool write(const QString &path, const Scenario &scenario, std::optional<ModelMessage> *error);
bool write(const QString &path, const Scenario &scenario, QString *error);
inline bool write(const QString &path, const Scenario &scenario, std::nullptr_t)
{
    return write(path, scenario, static_cast<QString *>(nullptr));
}

} // namespace scenariofile
} // namespace pledgecheck
