// The real main window, offscreen, as a whole: the figures and charts it shows from the document's
// results, the jobs axis it remembers, its title, and the Help menu. Its parts have tests of their
// own: the parameter panel (parameterpaneltest) and the File menu's work (mainwindowfilestest).
#include "chartpanel.h"
#include "figuretext.h"
#include "helpmenu.h"
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
