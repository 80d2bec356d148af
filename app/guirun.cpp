#include "guirun.h"

#include "headlessrun.h"
#include "mainwindow.h"
#include "scenariodocument.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace pledgecheck {

int runGui(int &argc, char **argv, const CommandLineOptions &options)
{
    QApplication application(argc, argv);
    MainWindow window;
    startWindow(window, options);
    return application.exec();
}

void startWindow(MainWindow &window, const CommandLineOptions &options)
{
    QString error;
    if (const auto scenario = startingScenario(options, &error)) {
        const bool fromFile = !options.scenarioFile.isEmpty() && options.overrides.isEmpty();
        window.document()->reset(*scenario,
                                 fromFile ? QFileInfo(options.scenarioFile).absoluteFilePath() : QString());
    } else {
        // The window opens on the default preset all the same; say why the asked-for one is not.
        QMessageBox::warning(&window, QObject::tr("PledgeCheck"),
                             QObject::tr("Could not open the scenario:\n%1").arg(error));
    }
    window.show();
    window.offerRecovery();
}

} // namespace pledgecheck
