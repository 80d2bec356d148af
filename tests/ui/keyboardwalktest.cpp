// The whole window by keyboard alone, as a user without a mouse works it, and what a screen reader
// hears of it through QAccessible. Keys go to the focus widget (or, for a menu, the open popup);
// nothing is set by calling a widget's setter. Settings of the tests' own, offscreen.
#include "chartpanel.h"
#include "exportchartdialog.h"
#include "mainwindowfixture.h"
#include "scenariofile.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace pledgecheck;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

QAccessibleInterface *accessible(QWidget *widget)
{
    return QAccessible::queryAccessibleInterface(widget);
}

// Whether any of @p widget is on screen: shown, and not wholly clipped away by its parents (a dock
// tabbed behind another is placed outside the window). Not visibleRegion(): a view's viewport
// covers all of it.
bool inSight(QWidget *widget)
{
    if (!widget->isVisible())
        return false;
    QRect area = widget->rect();
    for (QWidget *part = widget; !part->isWindow(); part = part->parentWidget())
        area = area.translated(part->pos()) & part->parentWidget()->rect();
    return !area.isEmpty();
}

QString accessibleName(QWidget *widget)
{
    return accessible(widget)->text(QAccessible::Name);
}

QString accessibleDescription(QWidget *widget)
{
    return accessible(widget)->text(QAccessible::Description);
}

} // namespace

class KeyboardWalkTest : public MainWindowFixture
{
    Q_OBJECT

    /// Presses Tab on the focus widget until @p objectName has the focus: false if it never comes.
    bool tabTo(const QString &objectName)
    {
        for (int presses = 0; presses < 300; ++presses) {
            if (focused() && focused()->objectName() == objectName)
                return true;
            QTest::keyClick(focused() ? focused() : m_window.get(), Qt::Key_Tab);
        }
        return false;
    }

    /// Every widget Tab stops at, once round the window from the first parameter's slider.
    QList<QWidget *> tabRound()
    {
        QList<QWidget *> stops;
        if (!tabTo("slider_initial_sellers"))
            return stops;
        QWidget *first = focused();
        do {
            stops.append(focused());
            QTest::keyClick(focused(), Qt::Key_Tab);
        } while (focused() != first && stops.size() < 300);
        return stops;
    }

    /// Runs @p drive on the next modal dialog of type T to open, once it has the focus: the
    /// dialogs open in an event loop of their own, inside the key press that opened them.
    template<typename T>
    void whenOpen(std::function<void(T *)> drive)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, drive] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible() || !focused() || focused()->window() != dialog)
                return;
            timer->stop();
            timer->deleteLater();
            drive(dialog);
            if (QTest::currentTestFailed())
                dialog->reject(); // or the key press that opened it never returns

        });
        timer->start();
    }

    /// Types @p path into the file dialog's name field (it has the focus) and presses Enter.
    static void typeFileName(QFileDialog *dialog, const QString &path)
    {
        dialog->setOption(QFileDialog::DontConfirmOverwrite); // a new file: nothing to confirm
        QVERIFY(qobject_cast<QLineEdit *>(focused()));
        QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focused(), path);
        QTest::keyClick(focused(), Qt::Key_Return);
    }

    /// After a dialog: the window active again, with the focus where it was.
    void backToWindow()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(focused());
    }

    void openPresetByKeyboard(const QString &name)
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::AltModifier); // File
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_N); // New from Preset
        QTRY_COMPARE(QApplication::activePopupWidget()->objectName(), QString("newFromPresetMenu"));
        auto *presets = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        for (int i = 0; i < 10 && !(presets->activeAction()
                                    && presets->activeAction()->data().toString() == name);
             ++i)
            QTest::keyClick(presets, Qt::Key_Down);
        QCOMPARE(presets->activeAction()->data().toString(), name);
        QTest::keyClick(presets, Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activePopupWidget());
    }

private slots:
    void initTestCase()
    {
        forgetSettings();
        // Offscreen, Qt 6.4 has no platform accessibility: QAccessible::isActive() stays false
        // whatever setActive() is told, and no update handler hears an event. The interfaces a
        // screen reader would read are there all the same, and are what these tests check.
    }

    void init()
    {
        openWindow();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void shouldTabThroughTheWindowAsItIsLaidOut()
    {
        const QList<QWidget *> stops = tabRound();
        QVERIFY(!stops.isEmpty());
        QStringList names;
        for (QWidget *stop : stops)
            names << stop->objectName();
        // Left to right, top to bottom: the parameters, the charts' tabs and chart, then the
        // yearly table and the scenario's details below them.
        const auto at = [&names](const char *name) { return names.indexOf(QString(name)); };
        QVERIFY2(at("slider_initial_sellers") == 0, qPrintable(names.join(' ')));
        QVERIFY(at("slider_annual_growth_rate") > 0);
        QVERIFY(at("value_annual_growth_rate") == at("slider_annual_growth_rate") + 1);
        // A reset button is disabled, so no stop, while its parameter is at its default.
        QCOMPARE(at("reset_annual_growth_rate"), -1);
        QVERIFY(at("uncertainty_annual_growth_rate") == at("value_annual_growth_rate") + 1);
        const int lastParameter = at("value_horizon_years");
        const int chartTabs = names.indexOf(
            m_window->charts()->findChild<QTabBar *>()->objectName(), lastParameter);
        QVERIFY2(lastParameter > 0 && chartTabs == lastParameter + 1,
                 qPrintable(names.mid(lastParameter).join(' ')));
        QVERIFY(at("jobsChart") > chartTabs);
        QVERIFY(at("yearlyTable") > at("jobsChart"));
        // The scenario's details are a tab behind the yearly table: out of Tab's way, where the
        // focus could not be seen, until F6 brings them to the front (below).
        QCOMPARE(at("scenarioName"), -1);

        // Each stop is named for a screen reader: a user who cannot see it hears what it is.
        for (QWidget *stop : stops)
            QVERIFY2(!accessibleName(stop).isEmpty(),
                     qPrintable(stop->objectName() + " " + stop->metaObject()->className()));

        QVERIFY(tabTo("yearlyTable"));
        QTest::keyClick(focused(), Qt::Key_F6);
        QCOMPARE(focused()->objectName(), QString("scenarioName"));
        QVERIFY(!accessibleName(focused()).isEmpty());
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QString("scenarioNote"));
        QVERIFY(!accessibleName(focused()).isEmpty());
    }

    void shouldSwitchChartTabsWithCtrlTabWhereverTheFocusIs()
    {
        ChartPanel *charts = m_window->charts();
        QCOMPARE(charts->currentChart(), ChartKind::Jobs);
        // In a number field, in the note (where Tab types a tab) and in the yearly table.
        QVERIFY(tabTo("value_hires_per_seller"));
        QTest::keyClick(focused(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(charts->currentChart(), ChartKind::Sellers);
        QTest::keyClick(focused(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(charts->currentChart(), ChartKind::Sources);
        QVERIFY(tabTo("yearlyTable"));
        QTest::keyClick(focused(), Qt::Key_F6); // the scenario's details, a tab behind the table
        QVERIFY(tabTo("scenarioNote"));
        QTest::keyClick(focused(), Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(charts->currentChart(), ChartKind::Sellers);
        QVERIFY(!qobject_cast<QPlainTextEdit *>(focused())->toPlainText().contains('\t'));
        QTest::keyClick(focused(), Qt::Key_F6, Qt::ShiftModifier); // the table to the front
        QCOMPARE(focused()->objectName(), QString("yearlyTable"));
        // X11 sends Shift+Tab as Backtab.
        QTest::keyClick(focused(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(charts->currentChart(), ChartKind::Jobs);
        QTest::keyClick(focused(), Qt::Key_PageUp, Qt::ControlModifier); // round to the last
        QCOMPARE(charts->currentChart(), ChartKind::Compare);
        QTest::keyClick(focused(), Qt::Key_Tab, Qt::ControlModifier); // and on to the first
        QCOMPARE(charts->currentChart(), ChartKind::Jobs);
        QCOMPARE(focused()->objectName(), QString("yearlyTable")); // the focus stays put
    }

    void shouldNameEveryChartByItsTitleAndSayWhatItShows()
    {
        ChartPanel *charts = m_window->charts();
        // The default preset (resources/presets/central.json): 7,000 sellers in 2017-01, growing
        // 35 % a year less 13 % churn, exponentially: 7,000 x (1.35 x 0.87)^5 = 7,000 x 1.1745^5
        // = 7,000 x 2.2349 = 15,645 in 2022-01, 15,600 to three figures.
        QTest::keyClick(m_window.get(), Qt::Key_Tab, Qt::ControlModifier);
        auto *sellers = charts->findChild<QWidget *>("sellersChart");
        QVERIFY2(accessibleName(sellers).endsWith(": US sellers on the platforms"),
                 qPrintable(accessibleName(sellers)));
        QCOMPARE(accessibleDescription(sellers), QString("Sellers from 7,000 in 2017-01 to 15,600 in 2022-01."));
        QTest::keyClick(m_window.get(), Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier);
        auto *jobs = charts->findChild<QWidget *>("jobsChart");
        QVERIFY2(accessibleName(jobs).endsWith("jobs created against the pledge"),
                 qPrintable(accessibleName(jobs)));
        const QString before = accessibleDescription(jobs);
        QVERIFY2(before.contains("against a pledge of 1 million"), qPrintable(before));
        // A change of the scenario is heard in the description of the chart in view.
        QVERIFY(tabTo("slider_hires_per_seller"));
        QTest::keyClick(focused(), Qt::Key_PageUp);
        QTRY_VERIFY(accessibleDescription(jobs) != before);
        // What it would take, the tab before the last (Ctrl+PgUp from the first goes to Compare,
        // which says when nothing is compared), with hires back at their default, 1: the pledge
        // needs the growth the key figures give, 339 % a year.
        QVERIFY(tabTo("reset_hires_per_seller")); // a stop now: hires are off their default
        QTest::keyClick(focused(), Qt::Key_Space);
        QCOMPARE(value(ParameterId::HiresPerSeller), 1.0);
        QTest::keyClick(focused(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(charts->currentChart(), ChartKind::Compare);
        QVERIFY(accessibleDescription(charts->findChild<QWidget *>("compareChart"))
                    .endsWith("No other scenario is compared."));
        QTest::keyClick(focused(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(charts->currentChart(), ChartKind::Frontier);
        QCOMPARE(accessibleDescription(charts->findChild<QWidget *>("frontierChart")),
                 QString("At 1 worker per hiring seller, the pledge needs yearly seller growth of "
                         "339 % per year; this scenario has 35 % per year."));
        QVERIFY(child<QLabel>("figureRequiredGrowth")->text().startsWith("339 %"));
        // The tornado names the parameter that moves jobs the most.
        QTest::keyClick(focused(), Qt::Key_PageUp, Qt::ControlModifier);
        QVERIFY2(accessibleDescription(charts->findChild<QWidget *>("sensitivityChart"))
                     .startsWith("Moves jobs the most: "),
                 qPrintable(accessibleDescription(charts->findChild<QWidget *>("sensitivityChart"))));
        // With every draw's figures: the Uncertainty tab's two charts, each its own.
        QTest::keyClick(focused(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(charts->currentChart(), ChartKind::Uncertainty);
        QTRY_VERIFY(accessibleDescription(charts->findChild<QWidget *>("oddsChart"))
                        .contains("draws meet the pledge by 2022-01"));
        QVERIFY(accessibleDescription(charts->findChild<QWidget *>("uncertaintyChart"))
                    .startsWith("Jobs in 2022-01 over "));
    }

    // Issue 14, part 3, on a 1366x768 screen: there the yearly table and the scenario's details
    // are tabs behind the parameters (MainWindow::kHeightForTableBelow). Tab stops only where the
    // user can see the focus, and F6 / Shift+F6 go from pane to pane, bringing a tab to the front.
    void shouldReachTheTabbedPanesByKeyboardOnALaptopScreen()
    {
        // Laid out as the window lays itself out on such a screen, before it is shown.
        openWindow(QRect(0, 0, 1366, 768));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(inSight(child<QWidget>("parametersDock")));
        QVERIFY(!inSight(child<QWidget>("yearlyDock"))); // a tab behind
        const QList<QWidget *> stops = tabRound();
        QVERIFY(!stops.isEmpty());
        for (QWidget *stop : stops)
            QVERIFY2(inSight(stop), qPrintable(stop->objectName() + " " + stop->metaObject()->className()
                                               + " is out of sight"));

        QVERIFY(tabTo("jobsChart"));
        QTest::keyClick(focused(), Qt::Key_F6);
        QCOMPARE(focused()->objectName(), QString("yearlyTable"));
        QVERIFY(inSight(focused()));
        QTest::keyClick(focused(), Qt::Key_F6);
        QCOMPARE(focused()->objectName(), QString("scenarioName"));
        QVERIFY(inSight(focused()));
        // The events and the reported figures (issue 13), tabs beside the note.
        for (const char *table : {"eventsTable", "observationsTable"}) {
            QTest::keyClick(focused(), Qt::Key_F6);
            QCOMPARE(focused()->objectName(), QString(table));
            QVERIFY(inSight(focused()));
        }
        QTest::keyClick(focused(), Qt::Key_F6); // round to the parameters, their first slider
        QCOMPARE(focused()->objectName(), QString("slider_initial_sellers"));
        QVERIFY(inSight(focused()));
        QTest::keyClick(focused(), Qt::Key_F6, Qt::ShiftModifier); // and back
        QCOMPARE(focused()->objectName(), QString("observationsTable"));
        QTest::keyClick(focused(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(focused()->objectName(), QString("eventsTable"));
        QTest::keyClick(focused(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(focused()->objectName(), QString("scenarioName"));
        QTest::keyClick(focused(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(focused()->objectName(), QString("yearlyTable"));
        QTest::keyClick(focused(), Qt::Key_F6, Qt::ShiftModifier); // the charts, at their tabs
        QCOMPARE(focused(), m_window->charts()->findChild<QTabBar *>());
        // With the table in front, Tab goes from the chart to it, as on a tall screen.
        QVERIFY(tabTo("jobsChart"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QString("yearlyTable"));
    }

    void shouldReadTheKeyFiguresAndTheVerdictByWhatTheyAre()
    {
        auto *jobs = child<QLabel>("figureJobs");
        QVERIFY2(accessibleName(jobs).startsWith("Jobs created by 2022-01, values as set"),
                 qPrintable(accessibleName(jobs)));
        QCOMPARE(accessibleDescription(jobs), jobs->text());
        QCOMPARE(accessible(jobs)->role(), QAccessible::StaticText);
        auto *draws = child<QLabel>("figureProbability");
        QCOMPARE(accessibleName(draws), QString("Pledge met, draws: median, 10th to 90th percentile"));
        QCOMPARE(accessibleName(child<QLabel>("figureRequiredHires")), QString("Hires needed"));
        auto *verdict = child<QWidget>("verdict");
        QCOMPARE(accessibleName(verdict), QString("Verdict"));
        const QString headline = child<QLabel>("verdictHeadline")->text();
        QVERIFY(accessibleDescription(verdict).startsWith(headline + "\n"));
        QCOMPARE(accessibleName(child<QLabel>("verdictMark")),
                 headline.startsWith("Met") ? QString("Met") : QString("Not met"));
        QCOMPARE(accessibleName(child<QWidget>("yearlyTable")), QString("Yearly figures"));
        QCOMPARE(accessible(child<QWidget>("yearlyTable"))->role(), QAccessible::Table);
        QCOMPARE(accessibleName(child<QWidget>("parametersDock")), QString("Parameters"));
    }

    // Issue 14, part 3: a preset, three parameters, a distribution, undo, save and export, by
    // keyboard alone; what a screen reader hears along the way.
    void shouldWalkTheWholeWindowByKeyboardAlone()
    {
        openPresetByKeyboard("sceptic");
        QVERIFY(document()->displayName().startsWith("The sceptic's case"));

        // Growth's slider: a track of 0 to 200 % per year in steps of 1 %, 200 positions; an arrow
        // key moves a hundredth of them, 2, so 35 % (position 35) goes to 37 %.
        QVERIFY(tabTo("slider_annual_growth_rate"));
        QAccessibleInterface *slider = accessible(focused());
        QCOMPARE(slider->role(), QAccessible::Slider);
        QCOMPARE(slider->text(QAccessible::Name), QString("Yearly seller growth"));
        QCOMPARE(slider->text(QAccessible::Description), QString("35 % per year"));
        QTest::keyClick(focused(), Qt::Key_Right);
        QCOMPARE(value(ParameterId::AnnualGrowthRate), 0.37);
        QCOMPARE(slider->text(QAccessible::Description), QString("37 % per year"));
        // The value a screen reader reads is the parameter's, with its unit, not the position; the
        // value interface speaks in the shown unit: per cent, the track 0 to 200 in steps of 1.
        QCOMPARE(slider->text(QAccessible::Value), QString("37 % per year"));
        QAccessibleValueInterface *growth = slider->valueInterface();
        QVERIFY(growth);
        QCOMPARE(growth->currentValue().toDouble(), 37.0);
        QCOMPARE(growth->minimumValue().toDouble(), 0.0);
        QCOMPARE(growth->maximumValue().toDouble(), 200.0);
        QCOMPARE(growth->minimumStepSize().toDouble(), 1.0);
        // Set as a screen reader would, in per cent: 42 % is position 42, the document's 0.42.
        growth->setCurrentValue(42.0);
        QCOMPARE(value(ParameterId::AnnualGrowthRate), 0.42);
        QCOMPARE(slider->text(QAccessible::Value), QString("42 % per year"));
        growth->setCurrentValue(37.0); // back: the file saved below holds 37 %
        QCOMPARE(value(ParameterId::AnnualGrowthRate), 0.37);
        QCOMPARE(slider->text(QAccessible::Value), QString("37 % per year"));
        QCOMPARE(growth->currentValue().toDouble(), 37.0);

        // Service jobs' slider: 0 to 1,000 in steps of 5, 200 positions, a page a twentieth of
        // them, 10 positions or 50 jobs: 30 goes to 80.
        QVERIFY(tabTo("slider_service_jobs_per_1000_sellers"));
        QTest::keyClick(focused(), Qt::Key_PageUp);
        QCOMPARE(value(ParameterId::ServiceJobsPer1000Sellers), 80.0);
        QCOMPARE(accessibleDescription(focused()), QString("80 jobs"));
        QCOMPARE(accessible(focused())->text(QAccessible::Value), QString("80 jobs"));
        QCOMPARE(accessible(focused())->valueInterface()->maximumValue().toDouble(), 1000.0);
        QCOMPARE(accessible(focused())->valueInterface()->minimumStepSize().toDouble(), 5.0);

        // Hires per seller, 1 in the preset: the singular, as valueText() writes it; set to 2.5
        // (its track runs 0 to 10 in steps of 0.1) the plural, and back.
        QVERIFY(tabTo("slider_hires_per_seller"));
        QAccessibleInterface *hires = accessible(focused());
        QCOMPARE(hires->text(QAccessible::Value), QString("1 worker"));
        hires->valueInterface()->setCurrentValue(2.5);
        QCOMPARE(value(ParameterId::HiresPerSeller), 2.5);
        QCOMPARE(hires->text(QAccessible::Value), QString("2.5 workers"));
        QCOMPARE(hires->valueInterface()->currentValue().toDouble(), 2.5);
        hires->valueInterface()->setCurrentValue(1.0);
        QCOMPARE(value(ParameterId::HiresPerSeller), 1.0);
        QCOMPARE(hires->text(QAccessible::Value), QString("1 worker"));

        // Side businesses' number, typed: Tab into a spin box selects its text.
        QVERIFY(tabTo("value_side_business_share"));
        QAccessibleInterface *box = accessible(focused());
        QCOMPARE(box->role(), QAccessible::SpinBox);
        QCOMPARE(box->text(QAccessible::Name), QString("Side businesses (hire no one)"));
        QVERIFY2(box->text(QAccessible::Description).startsWith("Valid 0 to 100 %"),
                 qPrintable(box->text(QAccessible::Description)));
        QTest::keyClicks(focused(), "80");
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(value(ParameterId::SideBusinessShare), 0.8);
        QCOMPARE(box->valueInterface()->currentValue().toDouble(), 80.0);

        // Hires' uncertainty, lognormal (median 1, p90 2) in the preset: Space opens its dialog,
        // Up picks the kind above, normal, Tab twice reaches its standard deviation, Enter is OK.
        QVERIFY(tabTo("uncertainty_hires_per_seller"));
        QToolButton *uncertainty = child<QToolButton>("uncertainty_hires_per_seller");
        QCOMPARE(accessibleName(uncertainty), QString("Uncertainty of Hires per hiring seller"));
        const QString lognormal = accessibleDescription(uncertainty);
        QVERIFY2(lognormal.startsWith("lognormal"), qPrintable(lognormal));
        bool driven = false;
        whenOpen<QDialog>([&driven](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QString("distributionDialog"));
            QCOMPARE(focused()->objectName(), QString("distributionKind"));
            QTest::keyClick(focused(), Qt::Key_Up);
            QCOMPARE(qobject_cast<QComboBox *>(focused())->currentText(), QString("Normal"));
            QTest::keyClick(focused(), Qt::Key_Tab);
            QTest::keyClick(focused(), Qt::Key_Tab);
            QCOMPARE(focused()->objectName(), QString("distributionNumber1"));
            QVERIFY(accessible(focused())->text(QAccessible::Name).startsWith("Standard deviation"));
            QTest::keyClicks(focused(), "0.5");
            QTest::keyClick(focused(), Qt::Key_Return);
            driven = true;
        });
        QTest::keyClick(focused(), Qt::Key_Space);
        QTRY_VERIFY(driven);
        const Distribution normal = document()->scenario().uncertainty[ParameterId::HiresPerSeller];
        QCOMPARE(normal.kind, DistributionKind::Normal);
        QCOMPARE(normal.a, 1.0);
        QCOMPARE(normal.b, 0.5);
        QVERIFY(accessibleDescription(uncertainty).startsWith("normal"));

        // Undo, with the focus back on the button: the distribution as it was. (Offscreen, the
        // window is active again after a dialog only when asked; a desktop does it by itself.)
        backToWindow();
        QCOMPARE(focused(), uncertainty);
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(document()->scenario().uncertainty[ParameterId::HiresPerSeller].kind,
                 DistributionKind::LogNormal);
        QCOMPARE(accessibleDescription(uncertainty), lognormal);
        QCOMPARE(value(ParameterId::SideBusinessShare), 0.8); // the step before is kept

        // Save: the scenario has no file yet, so Ctrl+S asks where.
        QTemporaryDir folder;
        const QString scenarioPath = folder.filePath("walked.pledgecheck");
        whenOpen<QFileDialog>([scenarioPath](QFileDialog *dialog) {
            QCOMPARE(dialog->windowTitle(), QString("Save Scenario As"));
            typeFileName(dialog, scenarioPath);
        });
        QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(document()->filePath(), scenarioPath);
        backToWindow();
        QVERIFY(!m_window->isWindowModified());
        QString error;
        const auto saved = scenariofile::read(scenarioPath, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->parameters[ParameterId::AnnualGrowthRate], 0.37);
        QCOMPARE(saved->parameters[ParameterId::ServiceJobsPer1000Sellers], 80.0);
        QCOMPARE(saved->parameters[ParameterId::SideBusinessShare], 0.8);

        // Export: Ctrl+E, Down picks the chart after the jobs (sellers), Tab to the width and the
        // height, Enter; then the file's name.
        const QString picturePath = folder.filePath("walked-sellers.png");
        whenOpen<ExportChartDialog>([](ExportChartDialog *) {
            QTest::keyClick(focused(), Qt::Key_Down);
            QTest::keyClick(focused(), Qt::Key_Tab);
            QCOMPARE(accessible(focused())->text(QAccessible::Name), QString("Width"));
            QTest::keyClicks(focused(), "800");
            QTest::keyClick(focused(), Qt::Key_Tab);
            QTest::keyClicks(focused(), "450");
            QTest::keyClick(focused(), Qt::Key_Return);
        });
        whenOpen<QFileDialog>([picturePath](QFileDialog *dialog) {
            QCOMPARE(dialog->windowTitle(), QString("Export Chart"));
            typeFileName(dialog, picturePath);
        });
        QTest::keyClick(focused(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(QFileInfo::exists(picturePath));
        QCOMPARE(QImage(picturePath).size(), QSize(800, 450));
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 "Exported the sellers chart to " + picturePath);
        QVERIFY(m_errors.isEmpty());
    }
};

QTEST_MAIN(KeyboardWalkTest)
#include "keyboardwalktest.moc"
