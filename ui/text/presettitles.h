#pragma once

#include <QString>

namespace pledgecheck {

/// A built-in preset's title (its scenario's name, resources/presets/*.json) in the window's
/// language, for the New from Preset menu; a title not listed in presettitles.cpp as it is. The
/// scenario opened from it keeps its own name: that is the user's document, saved as written.
QString presetTitleText(const QString &title);

} // namespace pledgecheck
