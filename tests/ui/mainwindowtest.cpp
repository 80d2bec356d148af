// The real main window, offscreen, as a whole: the figures and charts it shows from the document's
// results, the jobs axis it remembers, its title, and the Help menu. Its parts have tests of their
// own: the parameter panel (parameterpaneltest) and the File menu's work (mainwindowfilestest).
#include "chartpanel.h"
#include "figuretext.h"
#include "helpmenu.h"
#include "layoutrequests.h"
#include "mainwindowfixture.h"
#include "uncertaintyrunner.h"
#include "version.h"

#include <QAction>
#include <QFile>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>

using namespace pledgecheck;

class MainWindowTest : public MainWindowFixture
{
    Q_OBJECT

private:
    /// The jobs' median (p10 to p90) at the horizon over the whole of @p scenario's draws, as the
    /// key figures write them: the engine's own run.
    static QString drawsText(const Scenario &scenario)
    {
        MonteCarloEngine engine;
        const MonteCarloResult &expected = engine.run(scenario.parameters, scenario.uncertainty);
        const Eigen::Index horizon = expected.jobsPercentiles.rows() - 1;
        return QString::fromUtf8("%1 (%2\u2013%3)")
            .arg(roundedCountText(expected.jobsPercentiles(horizon, percentileColumn(0.50))),
                 roundedCountText(expected.jobsPercentiles(horizon, percentileColumn(0.10))),
                 roundedCountText(expected.jobsPercentiles(horizon, percentileColumn(0.90))));
    }

private slots:
    void initTestCase() { forgetSettings(); }
    void init() { openWindow(); }
    void cleanup() { m_window.reset(); }

    // The scenario's own sample (10,000 draws by default) on every step of a drag: the figures
    // are the engine's own for the values at once, never a rough stand-in.
    void shouldShowTheWholeSamplesOddsOnEveryStepOfADrag()
    {
        QCOMPARE(document()->scenario().uncertainty.samples, UncertaintyRunner::kStepSamples);
        auto *odds = child<QLabel>("figureProbability");
        auto *range = child<QLabel>("figureJobsDraws");
        auto *slider = child<QSlider>("slider_annual_growth_rate");
        slider->setSliderDown(true);
        slider->setValue(slider->value() + 200);
        QVERIFY(!odds->text().endsWith(" (rough)"));
        QCOMPARE(range->text(), drawsText(document()->scenario()));
        slider->setSliderDown(false);

        Scenario certain = document()->scenario();
        certain.uncertainty = Uncertainty{};
        document()->reset(certain, QString());
        QCOMPARE(odds->text(), QString("certain: not met"));
    }

    // A larger sample than a step runs: its first draws stand in, marked rough, until the worker's
    // run of the whole sample replaces them once the slider rests.
    void shouldShowALargerSamplesOddsRoughWhileDraggingAndWholeOnceTheSliderRests()
    {
        Scenario larger = document()->scenario();
        larger.uncertainty.samples = 2 * UncertaintyRunner::kStepSamples;
        document()->reset(larger, QString());
        auto *odds = child<QLabel>("figureProbability");
        auto *range = child<QLabel>("figureJobsDraws");
        auto *slider = child<QSlider>("slider_annual_growth_rate");
        slider->setSliderDown(true);
        slider->setValue(slider->value() + 200);
        QVERIFY(odds->text().endsWith(" (rough)"));
        QVERIFY(range->text().endsWith(" (rough)"));
        slider->setSliderDown(false);

        QTRY_VERIFY_WITH_TIMEOUT(!odds->text().endsWith(" (rough)"), 30000);
        QCOMPARE(range->text(), drawsText(document()->scenario()));
    }

    void shouldRememberTheJobsAxis()
    {
        // Automatic by default; one of three, the choice kept for the next start.
        auto *automatic = m_window->findChild<QAction *>("autoJobsAxisAction");
        auto *logarithmic = m_window->findChild<QAction *>("logarithmicJobsAxisAction");
        QVERIFY(automatic && logarithmic && m_window->findChild<QAction *>("linearJobsAxisAction"));
        QVERIFY(automatic->isChecked() && !logarithmic->isChecked());
        QCOMPARE(m_window->charts()->jobsAxis(), JobsAxis::Auto);
        QCOMPARE(logarithmic->shortcut(), QKeySequence("Ctrl+L"));
        logarithmic->trigger();
        QCOMPARE(m_window->charts()->jobsAxis(), JobsAxis::Log);
        QVERIFY(!automatic->isChecked());
        // A new window, as at the next start, opens as the last one was left.
        m_window = std::make_unique<MainWindow>();
        QCOMPARE(m_window->charts()->jobsAxis(), JobsAxis::Log);
        QVERIFY(m_window->findChild<QAction *>("logarithmicJobsAxisAction")->isChecked());
        m_window->findChild<QAction *>("linearJobsAxisAction")->trigger();
        QCOMPARE(m_window->charts()->jobsAxis(), JobsAxis::Linear);
        m_window->findChild<QAction *>("autoJobsAxisAction")->trigger();
        QCOMPARE(m_window->charts()->jobsAxis(), JobsAxis::Auto);
    }

    void shouldReadTheLogarithmicCheckBoxOfEarlierVersionsAsLog()
    {
        QSettings().setValue("charts/logarithmicJobs", true);
        QSettings().remove("charts/jobsAxis");
        m_window = std::make_unique<MainWindow>();
        QCOMPARE(m_window->charts()->jobsAxis(), JobsAxis::Log);
        QSettings().remove("charts/logarithmicJobs");
        m_window = std::make_unique<MainWindow>();
        QCOMPARE(m_window->charts()->jobsAxis(), JobsAxis::Auto);
    }

    // A drag lays the key figures out within their dock (LayoutBoundary): the whole window is
    // laid out again when their height changes, as a warning comes or goes, and not on every step
    // (twice a step before: the main window's layout ran for each new figure's width).
    void shouldNotLayTheWholeWindowOutOnEveryStepOfADrag()
    {
        auto *slider = child<QSlider>("slider_annual_growth_rate");
        auto *figures = child<QWidget>("keyFigures");
        auto *jobs = child<QLabel>("figureJobs");
        LayoutRequests requests;
        m_window->installEventFilter(&requests);
        int heightChanges = 0;
        int height = figures->height();
        const int steps = 60;
        slider->setSliderDown(true);
        for (int step = 0; step <= steps; ++step) {
            slider->setValue(slider->minimum() + step * (slider->maximum() - slider->minimum()) / steps);
            QCoreApplication::processEvents();
            QVERIFY(jobs->width() >= jobs->sizeHint().width()); // the new figure shows whole
            if (figures->height() != height) {
                ++heightChanges;
                height = figures->height();
            }
        }
        slider->setSliderDown(false);
        m_window->removeEventFilter(&requests);
        for (int round = 0; round < 5; ++round)
            QCoreApplication::processEvents(); // the last step's layout, to its end

        // Each warning the drag brought is inside the key figures, which fill the room the window
        // gave them (the boundary passed their new height on).
        QCOMPARE(figures->geometry(), figures->parentWidget()->rect());
        int warningsShown = 0;
        for (const QLabel *warning : child<QWidget>("plausibilityWarnings")->findChildren<QLabel *>()) {
            if (warning->isHidden())
                continue;
            ++warningsShown;
            QVERIFY(figures->rect().contains(QRect(warning->mapTo(figures, QPoint()), warning->size())));
        }
        QVERIFY(warningsShown >= 1);
        QVERIFY2(heightChanges >= 1, "the drag should reach a plausibility warning");
        QVERIFY2(requests.count <= 2 * heightChanges + 2,
                 qPrintable(QString("%1 layouts of the window for %2 changes of height")
                                .arg(requests.count)
                                .arg(heightChanges)));
    }

    // As the app starts from the command line: the scenario in the window before it shows. The
    // pledge as stated crosses three checks; their warnings take room the default's did not.
    void shouldGiveTheKeyFiguresTheirWholeHeightWhenAScenarioOpensBeforeTheWindowShows()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->fitInto(QRect(0, 0, 1920, 1050)); // a desktop's screen, not offscreen's 800x600
        QVERIFY(m_window->controller()->newFromPreset("pledge-as-stated"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        for (int round = 0; round < 5; ++round)
            QCoreApplication::processEvents();

        auto *figures = child<QWidget>("keyFigures");
        // Within a pixel: the dock gives its content one pixel under its minimum height, with or
        // without the boundary (152 for 153 here); the boundary, told nothing while the window
        // was hidden, once left them 81.
        QVERIFY2(figures->height() >= figures->minimumSizeHint().height() - 1,
                 qPrintable(QString("%1 px tall, needs %2")
                                .arg(figures->height())
                                .arg(figures->minimumSizeHint().height())));
        const auto *warnings = child<QWidget>("plausibilityWarnings");
        QVERIFY(warnings->isVisible());
        QVERIFY(figures->rect().contains(QRect(warnings->mapTo(figures, QPoint()), warnings->size())));
    }

    void shouldShowWhenThePledgeIsMetAndWhatItWouldNeed()
    {
        QVERIFY(m_window->controller()->newFromPreset("pledge-as-stated"));
        QCOMPARE(child<QLabel>("figureMetMonth")->text(), QString("2022-01 (month 60)"));
        QCOMPARE(child<QLabel>("figureRequiredHires")->text(), QString("1 worker"));
        QVERIFY(m_window->controller()->newFromPreset("sceptic"));
        QCOMPARE(child<QLabel>("figureMetMonth")->text(), QString("not met by 2022-01"));
        QCOMPARE(child<QLabel>("figureRequiredHires")->text(),
                 QString("out of reach within 0 to 100 workers"));
    }

    void shouldShowTheNameAndAModifiedMarkInTheTitle()
    {
        QVERIFY(m_window->windowTitle().startsWith("Central estimate (sourced defaults)[*]"));
        QVERIFY(!m_window->isWindowModified());
        // The scenario's details are a tab behind another here: to the front first, as a user
        // brings them (behind, they take no keys).
        child<QDockWidget>("scenarioDock")->raise();
        QTRY_VERIFY(child<QLineEdit>("scenarioName")->isEnabled());
        child<QLineEdit>("scenarioName")->setFocus();
        QTest::keyClicks(child<QLineEdit>("scenarioName"), " 2");
        QCOMPARE(document()->displayName(), QString("Central estimate (sourced defaults) 2"));
        QVERIFY(m_window->windowTitle().startsWith("Central estimate (sourced defaults) 2[*]"));
        QVERIFY(m_window->isWindowModified());
    }

    void shouldOfferHelpAboutAndTheDocumentation()
    {
        auto *help = m_window->findChild<QMenu *>("helpMenu");
        QVERIFY(help);
        QVERIFY(m_window->menuBar()->actions().contains(help->menuAction()));
        for (const char *name : {"userGuideAction", "modelDocumentationAction", "aboutAction", "aboutQtAction"})
            QVERIFY2(m_window->findChild<QAction *>(name), name);

        const QString about = HelpMenu::aboutText();
        QVERIFY(about.contains("PledgeCheck " PLEDGECHECK_VERSION)); // project(VERSION), via version.h
        QVERIFY(about.contains(QString("running on Qt %1").arg(qVersion())));
        QVERIFY(about.contains("Licence:"));

        // Opened from the local files: installed beside the program, or here in the source tree.
        const QString model = HelpMenu::documentationFile("docs/model.md");
        QVERIFY(model.endsWith("/docs/model.md"));
        QFile modelFile(model);
        QVERIFY(modelFile.open(QIODevice::ReadOnly));
        QVERIFY(modelFile.readLine().startsWith("# The PledgeCheck model"));
        const QString readme = HelpMenu::documentationFile("README.md");
        QFile readmeFile(readme);
        QVERIFY(readmeFile.open(QIODevice::ReadOnly));
        QVERIFY(readmeFile.readLine().startsWith("# PledgeCheck"));
        QVERIFY(HelpMenu::documentationFile("docs/no-such-file.md").isEmpty());
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindowtest.moc"
