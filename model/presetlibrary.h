#pragma once

#include "scenario.h"

#include <QList>
#include <QString>

#include <optional>

namespace pledgecheck {

/// A preset: a scenario file shipped with the application.
struct PresetInfo {
    QString name;  ///< what --preset takes: the file name without ".json", e.g. "sceptic"
    QString title; ///< the scenario's own name, e.g. "The sceptic's case (CNNMoney)"
    QString path;
};

/// The presets shipped in the application's resources (resources/presets/).
namespace presetlibrary {

inline constexpr char kDefaultPreset[] = "central";
/// Where the presets are compiled in; tests may read another folder.
inline const QString kResourceFolder = QStringLiteral(":/presets");

/// Every readable preset in @p folder, sorted by name.
QList<PresetInfo> list(const QString &folder = kResourceFolder);

/// The preset called @p name. On failure returns none and sets @p error to a message naming the
/// preset and listing the names there are.
std::optional<Scenario> load(const QString &name, QString *error,
                             const QString &folder = kResourceFolder);

} // namespace presetlibrary
} // namespace pledgecheck
