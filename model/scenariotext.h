#pragma once

#include "modelmessage.h"

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

/// The longest note of an event or source of an observation, in characters: a citation with its
/// address and a sentence on what it counts. With at most scenariofile's 1,000 events and 1,000
/// observations, each such text every character escaped in six bytes, a file stays under 13 MiB,
/// inside the reader's 16 MiB.
inline constexpr qsizetype kLongestEntryText = 1000;

/// Empty when @p name is at most kLongestScenarioName characters; otherwise one line saying how
/// long it is and the limit.
std::optional<ModelMessage> scenarioNameProblem(QStringView name);
/// The same for a note and kLongestScenarioNote.
std::optional<ModelMessage> scenarioNoteProblem(QStringView note);
/// The same for an event's note and kLongestEntryText.
std::optional<ModelMessage> eventNoteProblem(QStringView note);
/// The same for an observation's source and kLongestEntryText.
std::optional<ModelMessage> observationSourceProblem(QStringView source);

} // namespace pledgecheck
