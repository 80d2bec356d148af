#include "guirun.h"

#include "chartpanel.h"
#include "comparepage.h"
#include "headlessrun.h"
#include "mainwindow.h"
#include "scenariodocument.h"
#include "windowlanguage.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

namespace pledgecheck {

namespace {

void openStartingScenario(MainWindow &window, const CommandLineOptions &options)
{
    QString error;
    if (const auto scenario = startingScenario(options, &error)) {
        const bool fromFile = !options.scenarioFile.isEmpty() && options.overrides.isEmpty()
            && options.events.isEmpty();
        window.document()->reset(*scenario,
                                 fromFile ? QFileInfo(options.scenarioFile).absoluteFilePath() : QString());
    } else {
        // The window opens on the default preset all the same; say why the asked-for one is not.
        QMessageBox::warning(
            &window, QCoreApplication::translate("GuiRun", "PledgeCheck"),
            QCoreApplication::translate("GuiRun", "Could not open the scenario:\n%1").arg(error));
    }
    // --compare: each in the Compare tab, or a line saying why not (the page shows it too).
    for (const QString &nameOrFile : options.compared) {
        if (!window.charts()->comparePage()->addScenario(nameOrFile, &error))
            QMessageBox::warning(
                &window, QCoreApplication::translate("GuiRun", "PledgeCheck"),
                QCoreApplication::translate("GuiRun", "Could not compare with the scenario:\n%1").arg(error));
    }
    window.charts()->setCurrentChart(options.chart);
    window.show();
}

} // namespace

int runGui(int &argc, char **argv, const CommandLineOptions &options)
{
    // The desktop's name for the app (set by app/CMakeLists.txt): a Wayland compositor finds its
    // entry and icon by it, and the installed icon theme gives the windows their icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(PLEDGECHECK_APP_ID));
    QApplication application(argc, argv);
    // The window speaks the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), when it has a
    // catalogue.
    installWindowLanguage(application);
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(PLEDGECHECK_APP_ID)));
    const auto windows = startWindows(options);
    return application.exec();
}

std::vector<std::unique_ptr<MainWindow>> startWindows(const CommandLineOptions &options)
{
    std::vector<std::unique_ptr<MainWindow>> windows;
    windows.push_back(std::make_unique<MainWindow>());
    startWindow(*windows.front(), options);
    // The recovery offer was made once, by the first window: the others only open their file.
    for (const QString &file : options.moreScenarioFiles) {
        CommandLineOptions one;
        one.scenarioFile = file;
        one.chart = options.chart;
        windows.push_back(std::make_unique<MainWindow>());
        openStartingScenario(*windows.back(), one);
    }
    return windows;
}

void startWindow(MainWindow &window, const CommandLineOptions &options)
{
    openStartingScenario(window, options);
    window.offerRecovery();
}

} // namespace pledgecheck
