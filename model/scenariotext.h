#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace pledgecheck {

/// The longest scenario name, in characters (Unicode code points). Two lines of a window title
/// and far longer than any name an analyst gives; chart titles shorten it further.
inline constexpr qsizetype kLongestScenarioName = 200;
/// The longest note, in characters: some twenty pages of sources and reasoning. Even if every
/// character were one JSON writes as a six-byte escape, a saved scenario stays under 400 KiB, far
/// inside the reader's 16 MiB, so every scenario PledgeCheck saves it can open again.
inline constexpr qsizetype kLongestScenarioNote = 64 * 1024;

/// Empty when @p name is at most kLongestScenarioName characters; otherwise one line saying how
/// long it is and the limit.
std::optional<QString> scenarioNameProblem(QStringView name);
/// The same for a note and kLongestScenarioNote.
std::optional<QString> scenarioNoteProblem(QStringView note);

} // namespace pledgecheck
