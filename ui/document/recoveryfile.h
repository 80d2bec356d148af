#pragma once

#include "scenario.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace pledgecheck {

/// A window's recovery file: its unsaved scenario with what restoring it needs, in one JSON file
/// so that one atomic write keeps them together (a scenario from one autosave never meets the
/// time or origin of another).
namespace recoveryfile {

inline constexpr char kFormatName[] = "pledgecheck-recovery";
inline constexpr int kFormatVersion = 1;

/// What a recovery file holds.
struct Contents {
    Scenario scenario;
    QString originalPath;  ///< the file the work came from; empty for an untitled scenario
    QDateTime autosavedAt; ///< when it was written, UTC

    friend bool operator==(const Contents &, const Contents &) = default;
};

/// @p contents as indented JSON; the scenario as a scenario file writes it.
QByteArray serialize(const Contents &contents);

/// The recovery file at @p path. On any problem (cannot read, malformed, a newer format, a bad
/// scenario) returns none and sets @p error to one line starting with the path.
std::optional<Contents> read(const QString &path, QString *error);

} // namespace recoveryfile
} // namespace pledgecheck
