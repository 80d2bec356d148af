#pragma once

#include "commandlineoptions.h"

#include <memory>
#include <vector>

namespace pledgecheck {

class MainWindow;

/// Starts the desktop app on the starting scenario of @p options and returns when it quits.
int runGui(int &argc, char **argv, const CommandLineOptions &options);

/// What runGui() does before the event loop: a window started by startWindow() on the starting
/// scenario of @p options, then one more shown on each of its moreScenarioFiles (the desktop hands
/// over every file chosen). Apart so that tests start the windows the way the app does.
std::vector<std::unique_ptr<MainWindow>> startWindows(const CommandLineOptions &options);

/// Opens the starting scenario of @p options in @p window (or says why it cannot), shows it, and
/// offers back work left by a window that ended without saving.
void startWindow(MainWindow &window, const CommandLineOptions &options);

} // namespace pledgecheck
