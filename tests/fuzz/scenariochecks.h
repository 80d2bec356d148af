#pragma once

#include "scenario.h"

namespace pledgecheck::fuzz {

/// Stops the run with @p what on stderr when @p holds is false: libFuzzer reports the abort as a
/// crash and writes the input that caused it.
void require(bool holds, const char *what);

/// What must hold of every scenario the reader or the command line accepts: it validates, it is
/// read back equal from its own file, and the projection, the key figures, the tornado and a
/// small Monte Carlo run of it give finite numbers, each draw inside its parameter's range.
void checkAcceptedScenario(const Scenario &scenario);

} // namespace pledgecheck::fuzz
