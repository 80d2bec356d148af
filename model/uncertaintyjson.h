#pragma once

#include "modelmessage.h"
#include "parameters.h"
#include "uncertainty.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pledgecheck {

/// The "uncertainty" block of a scenario file (docs/scenario-format.md): the seed, the number of
/// draws, and a distribution for each uncertain parameter, e.g.
/// "annual_growth_rate": {"kind": "triangular", "low": 0.3, "mode": 0.36, "high": 0.4}.
namespace uncertaintyjson {

QJsonObject toJson(const Uncertainty &uncertainty);

/// The uncertainty in @p json for a scenario whose values are @p parameters: each distribution
/// must suit its parameter and be centred on its value. On a problem returns none and sets
/// @p error to one line naming the place ("uncertainty.distributions.hires_per_seller.p90") and
/// the problem.
std::optional<Uncertainty> fromJson(const QJsonObject &json, const Parameters &parameters,
                                    std::optional<ModelMessage> *error);
/// The same, the message in English.
std::optional<Uncertainty> fromJson(const QJsonObject &json, const Parameters &parameters,
                                    QString *error);

} // namespace uncertaintyjson
} // namespace pledgecheck
