#pragma once

#include "scenario.h"

#include <QMainWindow>

namespace pledgecheck {

/// The main window. (Placeholder until the desktop app lands: shows the scenario's key figures.)
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Scenario &scenario, QWidget *parent = nullptr);
};

} // namespace pledgecheck
