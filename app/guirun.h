#pragma once

#include "commandlineoptions.h"

namespace pledgecheck {

/// Starts the desktop app on the starting scenario of @p options and returns when it quits.
int runGui(int &argc, char **argv, const CommandLineOptions &options);

} // namespace pledgecheck
