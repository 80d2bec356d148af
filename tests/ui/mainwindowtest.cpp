// The real main window, offscreen: find widgets by objectName, drive them as a user would, and
// check the document, the figures and the files written.
#include "chartpanel.h"
#include "documentcontroller.h"
#include "helpmenu.h"
#include "figuretext.h"
#include "mainwindow.h"
#include "parametertable.h"
#include "scenariodocument.h"
#include "scenariofile.h"
#include "trackslider.h"
#include "uncertaintyrunner.h"
#include "valuetext.h"
#include "yearlytableview.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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
        QCOMPARE(value(ParameterId::AnnualGrowthRate), 0.35);
        QCOMPARE(jobs->text(), before);
        QCOMPARE(slider->value(), 35); // one position per step of 0.01 from the track's 0 %
    }

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

    void shouldUndoARunOfArrowKeyStepsAsOneStep()
    {
        auto *slider = child<QSlider>("slider_hires_per_seller");
        slider->setFocus();
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(value(ParameterId::HiresPerSeller), 1.5); // five steps of 0.1 (a hundredth of 0-10)
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
        dragSlider(child<QSlider>("slider_annual_churn_rate"), {29});
        QCOMPARE(value(ParameterId::AnnualChurnRate), 0.29); // 29 steps of 0.01 from 0, not 0.29000000000000004
        dragSlider(child<QSlider>("slider_initial_sellers"), {250});
        // A quarter of the log track 1,000 to 100,000: 1,000 x 100^0.25 = 3,162 to 3 digits.
        QCOMPARE(value(ParameterId::InitialSellers), 3160.0);
    }

    // Issue 12, item 7: a slider spans its parameter's plausible range, the number field the
    // valid one.
    void shouldSpanEachSliderOverItsPlausibleTrack()
    {
        for (const ParameterDescriptor &d : parameterTable()) {
            if (d.kind != ParameterKind::Real && d.kind != ParameterKind::Integer)
                continue;
            const QString key = QString::fromLatin1(d.key.data(), d.key.size());
            auto *slider = child<QSlider>("slider_" + key);
            const double low = d.sliderMinimum.value_or(d.minimum);
            const double high = d.sliderMaximum.value_or(d.maximum);
            dragSlider(slider, {slider->maximum()});
            QVERIFY2(value(d.id) == high, qPrintable(key));
            dragSlider(slider, {slider->minimum()});
            QVERIFY2(value(d.id) == low, qPrintable(key));
            auto *number = child<QDoubleSpinBox>("value_" + key);
            const double factor = d.percent ? 100.0 : 1.0;
            QCOMPARE(number->minimum(), d.minimum * factor);
            QCOMPARE(number->maximum(), d.maximum * factor);
        }
        // One position per step on a linear track: growth 0 to 200 % by 1 %, hires 0 to 10 by 0.1.
        QCOMPARE(child<QSlider>("slider_annual_growth_rate")->maximum(), 200);
        QCOMPARE(child<QSlider>("slider_hires_per_seller")->maximum(), 100);
        QCOMPARE(child<QSlider>("slider_jobs_per_billion_exports")->maximum(), 1200);
    }

    void shouldPinTheThumbAtTheTracksEndForAValueTypedBeyondIt()
    {
        auto *slider = qobject_cast<TrackSlider *>(child<QSlider>("slider_hires_per_seller"));
        QVERIFY(slider);
        QCOMPARE(slider->beyond(), TrackSlider::Beyond::No);
        typeInto(child<QDoubleSpinBox>("value_hires_per_seller"), "50");
        QCOMPARE(value(ParameterId::HiresPerSeller), 50.0); // kept, though the track ends at 10
        QCOMPARE(slider->value(), slider->maximum());
        QCOMPARE(slider->beyond(), TrackSlider::Beyond::AboveTrack);
        QVERIFY(slider->toolTip().startsWith("<p><b>50 workers is beyond the slider</b>, which spans 0 to 10 workers"));

        auto *growth = qobject_cast<TrackSlider *>(child<QSlider>("slider_annual_growth_rate"));
        typeInto(child<QDoubleSpinBox>("value_annual_growth_rate"), "-20");
        QCOMPARE(value(ParameterId::AnnualGrowthRate), -0.2);
        QCOMPARE(growth->value(), growth->minimum());
        QCOMPARE(growth->beyond(), TrackSlider::Beyond::BelowTrack);

        // Back on the track, the mark goes; undo brings the pinned value and its mark back.
        typeInto(child<QDoubleSpinBox>("value_hires_per_seller"), "3");
        QCOMPARE(slider->value(), 30);
        QCOMPARE(slider->beyond(), TrackSlider::Beyond::No);
        QVERIFY(!slider->toolTip().contains("beyond the slider"));
        document()->undoStack()->undo();
        QCOMPARE(slider->beyond(), TrackSlider::Beyond::AboveTrack);

        // The mark is drawn: an arrow on the thumb in the warning colour.
        const QImage pinned = slider->grab().toImage();
        bool warningDrawn = false;
        for (int y = 0; y < pinned.height() && !warningDrawn; ++y)
            for (int x = 0; x < pinned.width() && !warningDrawn; ++x)
                warningDrawn = pinned.pixelColor(x, y) == QColor(0xB0, 0x30, 0x00);
        QVERIFY(warningDrawn);
    }

    void shouldRefuseATypedValueOutsideTheValidRangeSayingWhy()
    {
        auto *message = m_window->findChild<QLabel *>("message_annual_growth_rate");
        QVERIFY2(message, "a message line under the row");
        QVERIFY(message->isHidden());
        auto *growth = child<QDoubleSpinBox>("value_annual_growth_rate");
        typeInto(growth, "2000");
        QCOMPARE(value(ParameterId::AnnualGrowthRate), 0.35);
        QCOMPARE(growth->value(), 35.0);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(),
                 QString("2,000 % per year is outside the valid range, -50 to 1,000 % per year: not applied."));
        QVERIFY(!document()->isModified());
        // The next value taken clears it.
        typeInto(growth, "40");
        QCOMPARE(value(ParameterId::AnnualGrowthRate), 0.4);
        QVERIFY(message->isHidden());
    }

    void shouldMoveTheThumbVisiblyOnEveryArrowKey()
    {
        // Hires stepped by 0.1 over 0 to 100 moved the thumb a fifth of a pixel.
        auto *slider = child<QSlider>("slider_hires_per_seller");
        const auto thumbX = [slider] {
            QStyleOptionSlider option;
            option.initFrom(slider);
            option.orientation = slider->orientation();
            option.minimum = slider->minimum();
            option.maximum = slider->maximum();
            option.sliderPosition = slider->sliderPosition();
            option.sliderValue = slider->value();
            option.subControls = QStyle::SC_SliderHandle | QStyle::SC_SliderGroove;
            return slider->style()
                ->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider)
                .center()
                .x();
        };
        slider->setFocus();
        const int before = thumbX();
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(value(ParameterId::HiresPerSeller), 1.1);
        QVERIFY2(thumbX() - before >= 1, qPrintable(QString("moved %1 px").arg(thumbX() - before)));
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
        // The jobs column counts the jobs created since the start: none in 2017-01, of the 1,233.75
        // linked ((1120 + 525) x 0.75).
        QCOMPARE(lines[0], QString("Month\tSellers\tHiring sellers\tDirect jobs\tService jobs\tJobs created\t"
                                   "Export-supported jobs"));
        QVERIFY(lines[1].startsWith("2017-01\t7000\t1120\t1120\t525\t0\t"));
        document()->changeParameter(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Linked));
        const QStringList linked = table->selectionAsText().trimmed().split('\n');
        QVERIFY(linked[0].contains("\tJobs linked\t"));
        QVERIFY(linked[1].startsWith("2017-01\t7000\t1120\t1120\t525\t1233.75\t"));
        document()->changeParameter(ParameterId::HorizonYears, 10);
        QCOMPARE(table->model()->rowCount(), 11);
    }

    // Issue 12, item 9: a word in the status bar after Save, Export and Copy.
    void shouldConfirmSavesExportsAndCopiesInTheStatusBar()
    {
        QStatusBar *status = m_window->statusBar();
        QTemporaryDir folder;
        const QString scenario = QFileInfo(folder.filePath("mine.json")).absoluteFilePath();
        QVERIFY(m_window->controller()->saveTo(scenario));
        QCOMPARE(status->currentMessage(), "Saved " + scenario);
        const QString csv = QFileInfo(folder.filePath("data.csv")).absoluteFilePath();
        QVERIFY(m_window->controller()->exportDataTo(csv));
        QCOMPARE(status->currentMessage(), "Exported the data to " + csv);
        const QString png = QFileInfo(folder.filePath("jobs.png")).absoluteFilePath();
        QVERIFY(m_window->controller()->exportChartTo(ChartKind::Jobs, png, QSize(800, 450)));
        QCOMPARE(status->currentMessage(), "Exported the jobs chart to " + png);

        auto *table = child<YearlyTableView>("yearlyTable");
        QAction *copy = table->actions().value(0); // Ctrl+C on the table, and its context menu
        QVERIFY(copy && copy->shortcut() == QKeySequence(QKeySequence::Copy));
        table->clearSelection();
        copy->trigger();
        QCOMPARE(status->currentMessage(),
                 QString("Nothing copied: select rows or cells of the yearly table first"));
        table->selectAll();
        copy->trigger();
        QCOMPARE(status->currentMessage(), QString("Copied 6 rows of the yearly table"));

        // Gone after five seconds, so it never speaks of an older save.
        QTRY_VERIFY_WITH_TIMEOUT(status->currentMessage().isEmpty(), 7000);

        // A failed save says nothing here: its message box said why.
        QVERIFY(!m_window->controller()->saveTo("/nonexistent-folder/x.json"));
        QVERIFY(status->currentMessage().isEmpty());
    }

    void shouldSaveAsOnThePlatformsSaveAsKeys()
    {
        auto *saveAs = m_window->findChild<QAction *>("saveAsAction");
        QVERIFY(saveAs);
        const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::SaveAs);
        // The platform's own keys where it has them; Ctrl+Shift+S (GNOME's, KDE's, macOS's)
        // where it has none, as the offscreen platform and plain X11 do.
        QCOMPARE(saveAs->shortcuts(), platform.isEmpty() ? QList{QKeySequence("Ctrl+Shift+S")} : platform);

        // The keys open the Save As dialog: cancelled, nothing is saved.
        bool asked = false;
        QTimer::singleShot(0, this, [&asked] {
            QWidget *dialog = QApplication::activeModalWidget();
            asked = dialog && dialog->windowTitle() == "Save Scenario As";
            if (dialog)
                QTest::keyClick(dialog, Qt::Key_Escape);
        });
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(m_window.get(), saveAs->shortcuts().constFirst());
        QVERIFY(asked);
    }

    void shouldOfferHelpAboutAndTheDocumentation()
    {
        auto *help = m_window->findChild<QMenu *>("helpMenu");
        QVERIFY(help);
        QVERIFY(m_window->menuBar()->actions().contains(help->menuAction()));
        for (const char *name : {"userGuideAction", "modelDocumentationAction", "aboutAction", "aboutQtAction"})
            QVERIFY2(m_window->findChild<QAction *>(name), name);

        const QString about = HelpMenu::aboutText();
        QVERIFY(QRegularExpression("PledgeCheck \\d+\\.\\d+\\.\\d+").match(about).hasMatch());
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
