#include "mainwindow.h"

#include "keyfigures.h"
#include "projection.h"

#include <QLabel>
#include <QLocale>

namespace pledgecheck {

MainWindow::MainWindow(const Scenario &scenario, QWidget *parent)
    : QMainWindow(parent)
{
    const Projection projection = project(scenario.parameters);
    const KeyFigures figures = computeKeyFigures(scenario.parameters, projection);
    const QLocale locale;
    auto *label = new QLabel(tr("<h2>%1</h2><p>Jobs at the horizon: %2 (%3 % of the pledge)</p>")
                                 .arg(QString::fromStdString(scenario.name).toHtmlEscaped(),
                                      locale.toString(figures.jobsAtHorizon, 'f', 0),
                                      locale.toString(100.0 * figures.shareOfTarget, 'f', 1)),
                             this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    setWindowTitle(tr("%1 - PledgeCheck").arg(QString::fromStdString(scenario.name)));
    resize(1280, 800);
}

} // namespace pledgecheck
