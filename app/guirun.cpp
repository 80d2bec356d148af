#include "guirun.h"

#include "headlessrun.h"
#include "mainwindow.h"
#include "presetlibrary.h"

#include <QApplication>
#include <QMessageBox>

namespace pledgecheck {

int runGui(int &argc, char **argv, const CommandLineOptions &options)
{
    QApplication application(argc, argv);
    QString error;
    auto scenario = startingScenario(options, &error);
    if (!scenario) {
        // Still open the window, on the default preset, and say why the asked-for one is not open.
        QMessageBox::warning(nullptr, QObject::tr("PledgeCheck"),
                             QObject::tr("Could not open the scenario:\n%1").arg(error));
        scenario = presetlibrary::load(QString::fromLatin1(presetlibrary::kDefaultPreset), &error);
        if (!scenario) {
            QMessageBox::critical(nullptr, QObject::tr("PledgeCheck"), error);
            return ExitBadInput;
        }
    }
    MainWindow window(*scenario);
    window.show();
    return application.exec();
}

} // namespace pledgecheck
