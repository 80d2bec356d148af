// SCRATCH (not a test, removed before hand-back): grabs the main window or the chart panel.
#include "chartpanel.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "presetlibrary.h"
#include "scenariodocument.h"

#include <QApplication>
#include <QSettings>

using namespace pledgecheck;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName("PledgeCheckPreview");
    const QStringList a = app.arguments();
    const QString mode = a.value(1), preset = a.value(2), out = a.value(3);
    const int w = a.value(4, "1440").toInt(), h = a.value(5, "900").toInt();
    const int tab = a.value(6, "0").toInt();
    QString error;
    if (mode == "window") {
        MainWindow window;
        window.controller()->newFromPreset(preset);
        window.resize(w, h);
        window.charts()->setCurrentChart(static_cast<ChartKind>(tab));
        window.show();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        window.grab().save(out);
    } else {
        auto scenario = presetlibrary::load(preset, &error);
        ChartPanel panel;
        panel.resize(w, h);
        const auto r = ScenarioResults::of(scenario->parameters);
        Parameters base = scenario->parameters;
        if (a.value(7) == "ghost")
            base.set(ParameterId::HiresPerSeller, base[ParameterId::HiresPerSeller] * 0.6);
        panel.showResults(QString::fromStdString(scenario->name), r, ScenarioResults::of(base));
        panel.setCurrentChart(static_cast<ChartKind>(tab));
        panel.show();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        panel.grab().save(out);
    }
    return 0;
}
