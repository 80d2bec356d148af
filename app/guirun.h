#pragma once

#include "commandlineoptions.h"

namespace pledgecheck {

class MainWindow;

/// Starts the desktop app on the starting scenario of @p options and returns when it quits.
int runGui(int &argc, char **argv, const CommandLineOptions &options);

/// What runGui() does to its window before the event loop: opens the starting scenario of
/// @p options in @p window (or says why it cannot), shows it, and offers back work left by a
/// window that ended without saving. Apart so that tests start a window the way the app does.
void startWindow(MainWindow &window, const CommandLineOptions &options);

} // namespace pledgecheck
