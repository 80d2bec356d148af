// The parameter panel in the real main window, offscreen: a row for every parameter, typed values,
// sliders over their tracks, keyboard steps, and a drag or a run of keys undone as one step.
#include "mainwindowfixture.h"
#include "trackslider.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolButton>
#include <QUndoStack>

using namespace pledgecheck;

class ParameterPanelTest : public MainWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { forgetSettings(); }
    void init() { openWindow(); }
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

    void shouldWriteTheUnitAsTheNumberReads()
    {
        // "1 worker", "2.5 workers": the unit follows the value, typed or set by undo, and either
        // form reads back as typed over the other.
        auto *hires = child<QDoubleSpinBox>("value_hires_per_seller");
        typeInto(hires, "1");
        QCOMPARE(hires->text(), QString("1 worker"));
        typeInto(hires, "2.5");
        QCOMPARE(hires->text(), QString("2.5 workers"));
        m_window->findChild<QUndoStack *>()->undo();
        QCOMPARE(hires->text(), QString("1 worker"));
        QCOMPARE(hires->valueFromText("3 worker"), 3.0);
        QCOMPARE(hires->valueFromText("1 workers"), 1.0);
    }

    void shouldShowEveryTypedValueWhole()
    {
        // Each value box holds its whole text, unit included, at the value as set and at the ends
        // of the valid range ("2,142,857 USD a year" was cut to "2,142,857 USD a yea": Qt sizes a
        // spin box by the first 18 characters of its texts).
        for (const ParameterDescriptor &d : parameterTable()) {
            auto *box = m_window->findChild<QDoubleSpinBox *>("value_" + QString::fromLatin1(d.key.data(), d.key.size()));
            if (!box)
                continue; // a choice or a month
            QLineEdit *edit = box->findChild<QLineEdit *>();
            for (const double shown : {box->value(), box->minimum(), box->maximum()}) {
                const QString text = box->textFromValue(shown);
                QVERIFY2(edit->fontMetrics().horizontalAdvance(text) <= edit->contentsRect().width(),
                         qPrintable(QString("%1: \"%2\" in %3 px").arg(d.key.data(), text).arg(edit->contentsRect().width())));
            }
        }
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

    void shouldRefuseAHorizonOrStartThatWouldLeaveAnEventOutsideSayingWhy()
    {
        Scenario scenario = document()->scenario();
        scenario.parameters.set(ParameterId::Start, YearMonth{2017, 1}.toIndex());
        scenario.parameters.set(ParameterId::HorizonYears, 5);
        scenario.events = {{YearMonth{2021, 3}, ParameterId::AnnualGrowthRate, 0.1, "late"}};
        document()->reset(scenario, QString());
        // 2017-01 and 3 years end in 2020-01, before the event: typed, refused, the box back at 5.
        auto *horizon = child<QDoubleSpinBox>("value_horizon_years");
        typeInto(horizon, "3");
        QCOMPARE(value(ParameterId::HorizonYears), 5.0);
        QCOMPARE(horizon->value(), 5.0);
        QVERIFY(!document()->isModified());
        const QString why = QStringLiteral("Horizon = 3 years is not valid: an event on Yearly seller growth in 2021-03");
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(why), qPrintable(m_window->statusBar()->currentMessage()));
        auto *message = m_window->findChild<QLabel *>("message_horizon_years");
        QVERIFY(message->isVisible());
        QVERIFY(message->text().startsWith(why));
        QVERIFY(message->text().contains(QStringLiteral("the valid range is 5 years to 30 years")));
        // A value that keeps it is taken, and the line goes.
        typeInto(horizon, "6");
        QCOMPARE(value(ParameterId::HorizonYears), 6.0);
        QVERIFY(message->isHidden());
        // The start month: 2015-02 and six years end in 2021-02, a month short.
        auto *start = child<QDateEdit>("value_start");
        start->setDate(QDate(2015, 2, 1));
        QCOMPARE(value(ParameterId::Start), static_cast<double>(YearMonth{2017, 1}.toIndex()));
        QCOMPARE(start->date(), QDate(2017, 1, 1));
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Start month = 2015-02 is not valid")));
        start->setDate(QDate(2015, 3, 1));
        QCOMPARE(value(ParameterId::Start), static_cast<double>(YearMonth{2015, 3}.toIndex()));
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
};

QTEST_MAIN(ParameterPanelTest)
#include "parameterpaneltest.moc"
