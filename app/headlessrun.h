#pragma once

#include "commandlineoptions.h"
#include "fit.h"
#include "scenario.h"

#include <QTextStream>

#include <optional>

namespace pledgecheck {

/// Exit statuses of the command line.
/// ExitInternalError (sysexits' EX_SOFTWARE) when the model's own guard fails.
enum ExitStatus { ExitSuccess = 0, ExitBadInput = 2, ExitInternalError = 70 };

/// The scenario the options start from (the preset, the file, or the default preset) with the
/// --set overrides applied and checked, then the --fit values (the fit in @p fit, when not null).
/// @p given, when not null, stands for the scenario the options name: the tests' way to start
/// from a scenario built in code. None on failure, with @p error naming the problem.
std::optional<Scenario> startingScenario(const CommandLineOptions &options, QString *error,
                                         std::optional<FitResult> *fit = nullptr, const Scenario *given = nullptr);

/// Carries out a headless command (options.headless()): the --list flags, or --save, --csv, --png
/// and --summary of the starting scenario. --png needs a QApplication. Output goes to @p out; a problem is one line on @p err.
/// Returns the exit status.
/// @p given as for startingScenario().
int runHeadless(const CommandLineOptions &options, QTextStream &out, QTextStream &err,
                const Scenario *given = nullptr);

} // namespace pledgecheck
