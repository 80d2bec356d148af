#pragma once

#include "scenario.h"
#include "scenarioresults.h"

#include <QString>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace pledgecheck {

/// One scenario of a comparison (docs/model.md, "Comparing scenarios"): its name as the
/// comparison shows it, its results, and how many events and observations it holds.
struct ComparedScenario {
    QString name;
    ScenarioResults results;
    std::size_t events = 0;
    std::size_t observations = 0;
};

using ComparedScenarios = std::vector<ComparedScenario>;

/// @p scenario computed whole, as the window and every other output compute it, under @p name
/// (its own name when empty).
ComparedScenario compareScenario(const Scenario &scenario, const QString &name = {});

/// The scenario @p nameOrFile names for --compare and the Compare tab: the preset of that name
/// if there is one, else the scenario file at that path. None on failure, with @p error one line
/// naming the problem (and the presets there are, when it is neither).
std::optional<Scenario> loadScenarioToCompare(const QString &nameOrFile, QString *error);

/// Whether @p id takes more than one value across @p parameters (one set a scenario): a row the
/// comparison highlights.
bool parameterDiffers(ParameterId id, const std::vector<const Parameters *> &parameters);

/// The comparison as CSV (RFC 4180, '.' decimals, shortest exact numbers), one row per scenario:
/// its name, the key figures under --summary's names (target_met_date "YYYY-MM" or empty, a
/// required value empty where none is in range), its numbers of events and observations, then
/// every parameter by its id as a scenario file writes it.
std::string comparisonCsv(const ComparedScenarios &scenarios);

} // namespace pledgecheck
