// The real main window, offscreen: find widgets by objectName, drive them as a user would, and
// check the document, the figures and the files written.
#include "chartpanel.h"
#include "documentcontroller.h"
#include "figuretext.h"
#include "mainwindow.h"
#include "parametertable.h"
#include "scenariodocument.h"
#include "scenariofile.h"
#include "valuetext.h"
#include "yearlytableview.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <sys/stat.h>

using namespace pledgecheck;

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
    QMessageBox::StandardButton m_answer = QMessageBox::Cancel;
    int m_questions = 0;

    ScenarioDocument *document() const { return m_window->document(); }
    double value(ParameterId id) const { return document()->scenario().parameters[id]; }

    template<typename T>
    T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no widget called %s", qPrintable(name));
        return widget;
    }

    // Types text into a spin box and presses Enter, as a user would.
    void typeInto(QAbstractSpinBox *box, const QString &text)
    {
        box->setFocus();
        QLineEdit *edit = box->findChild<QLineEdit *>();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    void dragSlider(QSlider *slider, std::initializer_list<int> positions)
    {
        slider->setSliderDown(true);
        for (int position : positions)
            slider->setValue(position);
        slider->setSliderDown(false);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PledgeCheckTests"));
        QSettings().clear();
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->controller()->setErrorReporter(
            [this](const QString &, const QString &message) { m_errors << message; });
        m_window->controller()->setSaveQuestion([this](const QString &) {
            ++m_questions;
            return m_answer;
        });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_errors.clear();
        m_questions = 0;
    }

    void cleanup() { m_window.reset(); }

    void shouldGenerateAnEditorRowForEveryParameter()
    {
        for (const ParameterDescriptor &d : parameterTable()) {
            const QString key = QString::fromLatin1(d.key.data(), d.key.size());
            QWidget *editor = child<QWidget>("value_" + key);
            QVERIFY2(editor->toolTip().contains(QString::fromUtf8(d.source.data(), 20).toHtmlEscaped()),
                     qPrintable(key));
            QVERIFY(child<QLabel>("label_" + key)->buddy() == editor);
            child<QToolButton>("reset_" + key);
        }
    }

    void shouldReachEveryParameterWithTheKeyboardAlone()
    {
        QSet<QWidget *> reached;
        QWidget *start = child<QWidget>("value_initial_sellers");
        QWidget *widget = start;
        do {
            if (widget->focusPolicy() & Qt::TabFocus)
                reached.insert(widget);
            widget = widget->nextInFocusChain();
        } while (widget != start);
        for (const ParameterDescriptor &d : parameterTable())
            QVERIFY2(reached.contains(child<QWidget>("value_" + QString::fromLatin1(d.key.data()))),
                     d.key.data());
    }

    void shouldApplyATypedValueOnEnter()
    {
        typeInto(child<QDoubleSpinBox>("value_hires_per_seller"), "2.5");
        QCOMPARE(value(ParameterId::HiresPerSeller), 2.5);
        // Rates are typed in percent.
        typeInto(child<QDoubleSpinBox>("value_side_business_share"), "50");
        QCOMPARE(value(ParameterId::SideBusinessShare), 0.5);
        QVERIFY(m_window->isWindowModified());
    }

    void shouldNotApplyAnOutOfRangeValue()
    {
        auto *hires = child<QDoubleSpinBox>("value_hires_per_seller");
        typeInto(hires, "500");
        QVERIFY(value(ParameterId::HiresPerSeller) <= 100.0);
        QCOMPARE(hires->value(), value(ParameterId::HiresPerSeller));
    }

    void shouldUpdateKeyFiguresOnEverySliderStepAndUndoADragInOneStep()
    {
        auto *slider = child<QSlider>("slider_annual_growth_rate");
        auto *jobs = child<QLabel>("figureJobs");
        const QString before = jobs->text();
        slider->setSliderDown(true);
        slider->setValue(slider->value() + 50);
        const QString during = jobs->text();
        QVERIFY(during != before);
        const double growthDuring = value(ParameterId::AnnualGrowthRate);
        QCOMPARE(child<QDoubleSpinBox>("value_annual_growth_rate")->value(), growthDuring * 100);
        slider->setValue(slider->value() + 50);
        QVERIFY(jobs->text() != during);
        slider->setSliderDown(false);
        QCOMPARE(document()->undoStack()->count(), 1);

        document()->undoStack()->undo();
        QCOMPARE(value(ParameterId::AnnualGrowthRate), 0.36);
        QCOMPARE(jobs->text(), before);
        QCOMPARE(slider->value(), 82); // (0.36 + 0.5) / 10.5 of 1000 = 81.9
    }

    void shouldShowTheOddsRoughWhileDraggingAndRefinedOnceTheSliderRests()
    {
        QVERIFY(!document()->scenario().uncertainty.isCertain()); // the sourced ranges
        auto *odds = child<QLabel>("figureProbability");
        auto *range = child<QLabel>("figureJobsDraws");
        auto *slider = child<QSlider>("slider_annual_growth_rate");
        slider->setSliderDown(true);
        slider->setValue(slider->value() + 200);
        // On the step itself: the quick sample, marked so.
        QVERIFY(odds->text().endsWith(" (rough)"));
        QVERIFY(range->text().endsWith(" (rough)"));
        slider->setSliderDown(false);

        // Once the slider rests, the worker's full run replaces it: the engine's own figures.
        QTRY_VERIFY_WITH_TIMEOUT(!odds->text().endsWith(" (rough)"), 30000);
        MonteCarloEngine engine;
        const MonteCarloResult &expected =
            engine.run(document()->scenario().parameters, document()->scenario().uncertainty);
        const Eigen::Index horizon = expected.jobsPercentiles.rows() - 1;
        QCOMPARE(odds->text(),
                 QString("%1 of draws").arg(roundedPercentText(expected.probabilityTargetMet)));
        QCOMPARE(range->text(),
                 QString::fromUtf8("%1 (%2\u2013%3)")
                     .arg(roundedCountText(expected.jobsPercentiles(horizon, percentileColumn(0.50))),
                          roundedCountText(expected.jobsPercentiles(horizon, percentileColumn(0.10))),
                          roundedCountText(expected.jobsPercentiles(horizon, percentileColumn(0.90)))));

        Scenario certain = document()->scenario();
        certain.uncertainty = Uncertainty{};
        document()->reset(certain, QString());
        QCOMPARE(odds->text(), QString("certain: not met"));
    }

    void shouldRememberTheLogarithmicJobsAxis()
    {
        auto *action = m_window->findChild<QAction *>("logarithmicJobsAction");
        QVERIFY(action && action->isCheckable() && !action->isChecked());
        QCOMPARE(action->shortcut(), QKeySequence("Ctrl+L"));
        action->trigger();
        QVERIFY(m_window->charts()->isLogarithmicJobs());
        // A new window, as at the next start, opens as the last one was left.
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->charts()->isLogarithmicJobs());
        m_window->findChild<QAction *>("logarithmicJobsAction")->trigger();
        QVERIFY(!m_window->charts()->isLogarithmicJobs());
    }

    void shouldUndoARunOfArrowKeyStepsAsOneStep()
    {
        auto *slider = child<QSlider>("slider_hires_per_seller");
        slider->setFocus();
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(value(ParameterId::HiresPerSeller), 1.5); // five steps of 0.1 (a thousandth of 0-100)
        QCOMPARE(document()->undoStack()->count(), 1);
        QTest::qWait(700); // a pause starts a new run
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(document()->undoStack()->count(), 2);
        document()->undoStack()->undo();
        document()->undoStack()->undo();
        QCOMPARE(value(ParameterId::HiresPerSeller), 1.0);
    }

    void shouldRoundSliderValuesToWhatAnAnalystWouldType()
    {
        dragSlider(child<QSlider>("slider_annual_churn_rate"), {500});
        QCOMPARE(value(ParameterId::AnnualChurnRate), 0.45);
        dragSlider(child<QSlider>("slider_initial_sellers"), {500});
        QCOMPARE(value(ParameterId::InitialSellers), 3160.0); // sqrt(1e7) = 3162 to 3 digits
    }

    void shouldChangeTheGrowthCurveFromItsComboBox()
    {
        auto *combo = child<QComboBox>("value_growth_model");
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(document()->scenario().parameters.growthModel(), GrowthModel::Logistic);
    }

    void shouldResetAParameterToItsDefault()
    {
        document()->changeParameter(ParameterId::DisplacementShare, 0.6);
        auto *reset = child<QToolButton>("reset_displacement_share");
        QVERIFY(reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(value(ParameterId::DisplacementShare), 0.25);
        QVERIFY(!reset->isEnabled());
    }

    void shouldShowWhenThePledgeIsMetAndWhatItWouldNeed()
    {
        QVERIFY(m_window->controller()->newFromPreset("pledge-as-stated"));
        QCOMPARE(child<QLabel>("figureMetMonth")->text(), QString("2022-01 (month 60)"));
        QCOMPARE(child<QLabel>("figureRequiredHires")->text(), QString("1 workers"));
        QVERIFY(m_window->controller()->newFromPreset("sceptic"));
        QCOMPARE(child<QLabel>("figureMetMonth")->text(), QString("not met by 2022-01"));
        QCOMPARE(child<QLabel>("figureRequiredHires")->text(),
                 QString("out of reach within 0 to 100 workers"));
    }

    void shouldShowTheNameAndAModifiedMarkInTheTitle()
    {
        QVERIFY(m_window->windowTitle().startsWith("Central estimate (sourced defaults)[*]"));
        QVERIFY(!m_window->isWindowModified());
        child<QLineEdit>("scenarioName")->setFocus();
        QTest::keyClicks(child<QLineEdit>("scenarioName"), " 2");
        QCOMPARE(document()->displayName(), QString("Central estimate (sourced defaults) 2"));
        QVERIFY(m_window->windowTitle().startsWith("Central estimate (sourced defaults) 2[*]"));
        QVERIFY(m_window->isWindowModified());
    }

    void shouldSaveAndReopenWhatWasEdited()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("mine.json");
        typeInto(child<QDoubleSpinBox>("value_hires_per_seller"), "3");
        QVERIFY(m_window->controller()->saveTo(path));
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains("(mine.json)"));
        QCOMPARE(m_window->controller()->recentFiles().value(0), QFileInfo(path).absoluteFilePath());

        QVERIFY(m_window->controller()->newFromPreset("sceptic"));
        QVERIFY(m_window->controller()->openFile(path));
        QCOMPARE(value(ParameterId::HiresPerSeller), 3.0);
        QCOMPARE(child<QDoubleSpinBox>("value_hires_per_seller")->value(), 3.0);
    }

    void shouldKeepTheOpenDocumentWhenAFileCannotBeRead()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("broken.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"pledgecheck-scenario\", \"version\": 1}");
        file.close();
        document()->changeParameter(ParameterId::HiresPerSeller, 4);
        QVERIFY(!m_window->controller()->openFile(path));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors[0].contains("missing key \"name\""));
        QCOMPARE(value(ParameterId::HiresPerSeller), 4.0);
        QVERIFY(m_window->isWindowModified());
    }

    void shouldSayWhyASaveFailedAndKeepTheChanges()
    {
        document()->changeParameter(ParameterId::HiresPerSeller, 4);
        QVERIFY(!m_window->controller()->saveTo("/nonexistent-folder/x.json"));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors[0].contains("cannot write /nonexistent-folder/x.json"));
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(value(ParameterId::HiresPerSeller), 4.0);
    }

    void shouldRefuseToSaveOrExportOverAPipeSayingWhy()
    {
        QTemporaryDir folder;
        const QString pipe = folder.filePath("pipe.json");
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        document()->changeParameter(ParameterId::HiresPerSeller, 4);
        QVERIFY(!m_window->controller()->saveTo(pipe));
        QVERIFY(!m_window->controller()->exportDataTo(pipe));
        QVERIFY(!m_window->controller()->exportChartTo(ChartKind::Jobs, pipe, QSize(800, 450)));
        QCOMPARE(m_errors.size(), 3);
        for (const QString &message : std::as_const(m_errors))
            QVERIFY2(message.startsWith("cannot write " + pipe
                                        + ": it is a named pipe (FIFO), not a regular file"),
                     qPrintable(message));
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(pipe).constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode));
        QVERIFY(m_window->isWindowModified());
    }

    void shouldAskBeforeDroppingUnsavedChanges()
    {
        document()->changeParameter(ParameterId::HiresPerSeller, 4);
        m_answer = QMessageBox::Cancel;
        QVERIFY(!m_window->controller()->maybeSave());
        QVERIFY(!m_window->close());
        QCOMPARE(m_questions, 2);
        QCOMPARE(value(ParameterId::HiresPerSeller), 4.0);
        m_answer = QMessageBox::Discard;
        QVERIFY(m_window->close());
    }

    void shouldRevertToTheSavedFile()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("saved.json");
        QVERIFY(m_window->controller()->saveTo(path));
        document()->changeParameter(ParameterId::HiresPerSeller, 4);
        QVERIFY(m_window->controller()->revert());
        QCOMPARE(value(ParameterId::HiresPerSeller), 1.0);
        QVERIFY(!m_window->isWindowModified());
    }

    void shouldExportTheMonthlyDataAsCsv()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("data.csv");
        QVERIFY(m_window->controller()->exportDataTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 62);
        QVERIFY(lines[1].startsWith("2017-01,7000,"));
    }

    void shouldExportTheChartAsPngAtTheChosenSize()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("jobs.png");
        QVERIFY(m_window->controller()->exportChartTo(ChartKind::Jobs, path, QSize(1600, 900)));
        QCOMPARE(QImage(path).size(), QSize(1600, 900));
        QVERIFY(!m_window->controller()->exportChartTo(ChartKind::Jobs, folder.filePath("no/x.png"),
                                                      QSize(800, 600)));
        QCOMPARE(m_errors.size(), 1);
    }

    void shouldCopyTheYearlyTableAsTabSeparatedNumbers()
    {
        auto *table = child<YearlyTableView>("yearlyTable");
        QCOMPARE(table->model()->rowCount(), 6);
        table->selectAll();
        const QStringList lines = table->selectionAsText().trimmed().split('\n');
        QCOMPARE(lines.size(), 7);
        // The jobs column counts the jobs created since the start: none in 2017-01, of the 3,622.5
        // linked ((1330 + 3500) x 0.75).
        QCOMPARE(lines[0], QString("Month\tSellers\tHiring sellers\tDirect jobs\tService jobs\tJobs created\t"
                                   "Export-supported jobs"));
        QVERIFY(lines[1].startsWith("2017-01\t7000\t1330\t1330\t3500\t0\t"));
        document()->changeParameter(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Linked));
        const QStringList linked = table->selectionAsText().trimmed().split('\n');
        QVERIFY(linked[0].contains("\tJobs linked\t"));
        QVERIFY(linked[1].startsWith("2017-01\t7000\t1330\t1330\t3500\t3622.5\t"));
        document()->changeParameter(ParameterId::HorizonYears, 10);
        QCOMPARE(table->model()->rowCount(), 11);
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindowtest.moc"
