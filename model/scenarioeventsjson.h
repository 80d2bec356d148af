#pragma once

#include "modelmessage.h"
#include "parameters.h"
#include "scenarioevents.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace pledgecheck {

/// The "events" and "observations" arrays of a scenario file, format version 4 on
/// (docs/scenario-format.md, "Events" and "Observations"), e.g.
/// {"month": "2018-09", "parameter": "annual_growth_rate", "value": 0.05, "note": "..."} and
/// {"month": "2020-06", "metric": "sellers", "value": 3000, "low": 1000, "high": 9999, "source":
/// "..."}. Whether an entry fits its scenario is eventrules' to say; this reads and writes them.
namespace eventsjson {

/// The most entries of each array: far more than a story of a pledge has dates, and few enough
/// that the longest file stays inside the reader's 16 MiB (scenariotext.h, kLongestEntryText).
inline constexpr qsizetype kMostEvents = 1000;
inline constexpr qsizetype kMostObservations = 1000;

QJsonArray toJson(const ScenarioEvents &events);
QJsonArray toJson(const Observations &observations);

/// The events in @p json for a scenario of @p parameters (already read and valid). On a problem
/// returns none and sets @p error to one line naming the entry by its index ("events[2].month")
/// and what is valid.
std::optional<ScenarioEvents> eventsFromJson(const QJsonValue &json, const Parameters &parameters,
                                             std::optional<ModelMessage> *error);
/// The same, the message in English.
std::optional<ScenarioEvents> eventsFromJson(const QJsonValue &json, const Parameters &parameters,
                                             QString *error);

/// The same for observations ("observations[0].metric").
std::optional<Observations> observationsFromJson(const QJsonValue &json,
                                                 const Parameters &parameters, std::optional<ModelMessage> *error);
std::optional<Observations> observationsFromJson(const QJsonValue &json,
                                                 const Parameters &parameters, QString *error);

/// Empty when every event and observation is within the limits the reader sets (how many, how
/// long a note or source); otherwise one line saying which is not. What is written must read back.
std::optional<ModelMessage> limitProblem(const ScenarioEvents &events, const Observations &observations);

} // namespace eventsjson
} // namespace pledgecheck
