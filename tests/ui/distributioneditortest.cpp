// The distribution editor: the document's command, the dialog's widgets and its density preview,
// the row's button, and the file round trip.
#include "densitypreview.h"
#include "distributiondialog.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "parametertable.h"
#include "scenariodocument.h"
#include "scenariofile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace pledgecheck;

class DistributionEditorTest : public QObject
{
    Q_OBJECT

    static double areaUnder(const QList<QPointF> &curve)
    {
        double area = 0;
        for (qsizetype i = 1; i < curve.size(); ++i)
            area += (curve[i].x() - curve[i - 1].x()) * (curve[i].y() + curve[i - 1].y()) / 2;
        return area;
    }

    static QDoubleSpinBox *number(DistributionDialog &dialog, int i)
    {
        return dialog.findChild<QDoubleSpinBox *>(QString("distributionNumber%1").arg(i));
    }

    static void type(QDoubleSpinBox *box, const QString &text)
    {
        box->selectAll();
        QTest::keyClicks(box, text);
    }

private slots:
    void shouldSetTheDistributionAndMoveTheValueToItsCentreUndoably()
    {
        ScenarioDocument document;
        const Scenario before = document.scenario();
        const Distribution wide = Distribution::triangular(0.2, 0.5, 0.9);
        QVERIFY(document.changeDistribution(ParameterId::AnnualGrowthRate, wide));
        QCOMPARE(document.scenario().uncertainty[ParameterId::AnnualGrowthRate], wide);
        QCOMPARE(document.scenario().parameters[ParameterId::AnnualGrowthRate], 0.5);
        QCOMPARE(document.results().parameters[ParameterId::AnnualGrowthRate], 0.5);
        QVERIFY(document.isModified());
        document.undoStack()->undo();
        QCOMPARE(document.scenario().uncertainty, before.uncertainty);
        QCOMPARE(document.scenario().parameters, before.parameters);
        document.undoStack()->redo();
        QCOMPARE(document.scenario().uncertainty[ParameterId::AnnualGrowthRate], wide);
        // Made fixed, the value stays where it is.
        QVERIFY(document.changeDistribution(ParameterId::AnnualGrowthRate, Distribution::fixed()));
        QVERIFY(document.scenario().uncertainty[ParameterId::AnnualGrowthRate].isFixed());
        QCOMPARE(document.scenario().parameters[ParameterId::AnnualGrowthRate], 0.5);
    }

    void shouldRefuseABadDistributionNamingTheProblemAndChangeNothing()
    {
        ScenarioDocument document;
        QSignalSpy refused(&document, &ScenarioDocument::editRefused);
        const Scenario before = document.scenario();
        QVERIFY(!document.changeDistribution(ParameterId::AnnualGrowthRate, Distribution::uniform(0.4, 0.3)));
        QVERIFY(!document.changeDistribution(ParameterId::AnnualGrowthRate, Distribution::normal(0.36, -0.1)));
        QVERIFY(!document.changeDistribution(ParameterId::AnnualGrowthRate, Distribution::uniform(-0.9, 0.5)));
        QVERIFY(!document.changeDistribution(ParameterId::TargetJobs, Distribution::normal(1e6, 1e5)));
        QCOMPARE(refused.count(), 4);
        // In the window's words (ui/text/messagetext.h): the label, and the numbers in percent.
        QCOMPARE(refused[0][0].toString(), QString("Yearly seller growth: uniform low 40 % per year is above high 30 % per year"));
        QCOMPARE(refused[1][0].toString(), QString("Yearly seller growth: normal sd must be above 0, got -10 % per year"));
        QVERIFY(refused[2][0].toString().contains("leaves the valid range -50 to "));
        QCOMPARE(document.scenario().uncertainty, before.uncertainty);
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void shouldDrawADensityOfAreaOnePeakingAtTheMode()
    {
        const QList<QPointF> triangle =
            DensityPreview::densityCurve(Distribution::triangular(0, 2, 10), -100, 100, 400);
        // 0.998 of the mass lies between the 0.001 and 0.999 quantiles.
        QVERIFY(std::abs(areaUnder(triangle) - 0.998) < 0.01);
        const auto peak = std::max_element(triangle.begin(), triangle.end(),
                                           [](QPointF a, QPointF b) { return a.y() < b.y(); });
        QVERIFY(std::abs(peak->x() - 2) < 0.1);
        QVERIFY(std::abs(peak->y() - 2.0 / 10) < 0.01); // a triangle's peak is 2 / (high - low)

        // Truncated: a normal(0, 1) cut at 0 is twice as dense on the half that is left.
        const QList<QPointF> half = DensityPreview::densityCurve(Distribution::normal(0, 1), 0, 10, 400);
        QVERIFY(half.front().x() >= 0);
        QVERIFY(std::abs(half.front().y() - 2 * 0.3989) < 0.02);
        QVERIFY(std::abs(areaUnder(half) - 0.998) < 0.01);
    }

    void shouldBuildTheDistributionFromTheNumbersTypedInPercent()
    {
        const ParameterDescriptor &growth = descriptor(ParameterId::AnnualGrowthRate);
        DistributionDialog dialog(growth, Distribution::fixed(), 0.36);
        auto *kind = dialog.findChild<QComboBox *>("distributionKind");
        kind->setCurrentIndex(kind->findText("Uniform"));
        // Suggested around the value.
        QVERIFY(dialog.distribution().kind == DistributionKind::Uniform);
        QVERIFY(!dialog.problem());
        type(number(dialog, 0), "20");
        type(number(dialog, 1), "60");
        QCOMPARE(dialog.distribution(), Distribution::uniform(0.2, 0.6));
        QCOMPARE(dialog.valueAfter(), 0.4);
        QCOMPARE(dialog.findChild<DensityPreview *>()->curve().size() > 10, true);

        // Low above high: named, and OK cannot be pressed.
        type(number(dialog, 0), "70");
        QCOMPARE(*dialog.problem(), QString("The low end, 70 % per year, is above the high end, 60 % per year."));
        auto *problem = dialog.findChild<QLabel *>("distributionProblem");
        QCOMPARE(problem->text(), *dialog.problem());
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());

        kind->setCurrentIndex(kind->findText("Normal"));
        type(number(dialog, 0), "36");
        type(number(dialog, 1), "0");
        QCOMPARE(*dialog.problem(), QString("The standard deviation must be above 0."));
        type(number(dialog, 1), "5");
        QVERIFY(!dialog.problem());
        QCOMPARE(dialog.distribution(), Distribution::normal(0.36, 0.05));
    }

    // Issue 12, item 5: changing the kind read the old kind's numbers as the new kind's, so the
    // sceptic's growth, triangular 30/35/40 at 35 %, became a lognormal of median 30 % and OK
    // moved growth to 30 %; Normal gave an sd of 35 %.
    void shouldSuggestNumbersCentredOnTheValueWhenTheKindChanges()
    {
        const ParameterDescriptor &growth = descriptor(ParameterId::AnnualGrowthRate);
        const Distribution sceptic = Distribution::triangular(0.30, 0.35, 0.40);
        // The triangle's 10th to 90th percentiles: 0.30 + sqrt(0.1 x 0.10 x 0.05) = 32.236 % to
        // 0.40 - sqrt(0.1 x 0.10 x 0.05) = 37.764 %, so its 90th percentile lies
        // w = 0.0276393 above its mode. Each new kind is centred on 35 % with that spread,
        // widths rounded to the boxes' hundredths of a percent.
        {
            DistributionDialog dialog(growth, sceptic, 0.35);
            auto *kind = dialog.findChild<QComboBox *>("distributionKind");
            kind->setCurrentIndex(kind->findText("Lognormal"));
            QVERIFY(!dialog.problem());
            QCOMPARE(number(dialog, 0)->value(), 35.0);  // the median is the value
            QCOMPARE(number(dialog, 1)->value(), 37.76); // p90 = 35 + 2.76 %
            QVERIFY(dialog.valueAfter() == 0.35);
        }
        {
            DistributionDialog dialog(growth, sceptic, 0.35);
            auto *kind = dialog.findChild<QComboBox *>("distributionKind");
            kind->setCurrentIndex(kind->findText("Normal"));
            // sd = w / 1.28155 (a normal's p90 is 1.28155 sd above its mean) = 2.157 -> 2.16 %.
            QCOMPARE(number(dialog, 0)->value(), 35.0);
            QCOMPARE(number(dialog, 1)->value(), 2.16);
            QVERIFY(dialog.distribution().a == 0.35);
            QVERIFY(dialog.valueAfter() == 0.35);
        }
        {
            DistributionDialog dialog(growth, sceptic, 0.35);
            auto *kind = dialog.findChild<QComboBox *>("distributionKind");
            kind->setCurrentIndex(kind->findText("Uniform"));
            // Half-width w / 0.8 (a uniform's p90 is 0.8 of its half-width above its middle)
            // = 3.45 %: 31.55 to 38.45 %, whose midpoint is the value.
            QCOMPARE(number(dialog, 0)->value(), 31.55);
            QCOMPARE(number(dialog, 1)->value(), 38.45);
            QVERIFY(dialog.valueAfter() == 0.35);
            // And back to a triangle: the uniform's own p90 lies 0.8 x 3.45 = 2.76 % above its
            // middle, so a half-width of 2.76 / (1 - sqrt(0.2)) = 4.993 -> 4.99 %: 30.01 to
            // 39.99 %, as near the triangle it came from as the boxes' rounding leaves it.
            kind->setCurrentIndex(kind->findText("Triangular"));
            QCOMPARE(number(dialog, 0)->value(), 30.01);
            QCOMPARE(number(dialog, 1)->value(), 35.0);
            QCOMPARE(number(dialog, 2)->value(), 39.99);
            QVERIFY(dialog.valueAfter() == 0.35);
        }
    }

    void shouldKeepAValueTheBoxesCannotShowExactly()
    {
        // The pledge as stated: growth (1,000,000 / 7,000)^(1/5) - 1 = 169.7617...%, fixed. The
        // boxes show 169.76 %, but OK must not round the value to it.
        const double value = 1.6976176347003635;
        const ParameterDescriptor &growth = descriptor(ParameterId::AnnualGrowthRate);
        DistributionDialog dialog(growth, Distribution::fixed(), value);
        auto *kind = dialog.findChild<QComboBox *>("distributionKind");
        for (const char *name : {"Uniform", "Triangular", "Normal", "Lognormal"}) {
            kind->setCurrentIndex(kind->findText(name));
            QVERIFY2(!dialog.problem(), name);
            QVERIFY2(dialog.valueAfter() == value, name);
            QVERIFY2(dialog.distribution().centre() == value, name);
        }
        // Typed, the centre is what was typed.
        type(number(dialog, 0), "150");
        QCOMPARE(dialog.valueAfter(), 1.5);
    }

    void shouldLeaveTheValueWhereItWasWhenOnlyTheKindChangesFromTheRow()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PledgeCheckTests"));
        MainWindow window;
        window.show();
        ScenarioDocument *document = window.document();
        QVERIFY(window.controller()->newFromPreset("sceptic"));
        const double jobs = document->results().figures.jobsAtHorizon;
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<DistributionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *kind = dialog->findChild<QComboBox *>("distributionKind");
            kind->setCurrentIndex(kind->findText("Lognormal"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        window.findChild<QToolButton *>("uncertainty_annual_growth_rate")->click();
        QCOMPARE(document->scenario().uncertainty[ParameterId::AnnualGrowthRate].kind,
                 DistributionKind::LogNormal);
        QVERIFY(document->scenario().parameters[ParameterId::AnnualGrowthRate] == 0.35);
        QCOMPARE(document->results().figures.jobsAtHorizon, jobs);
    }

    void shouldOpenFromTheParameterRowAndSaveTheDistribution()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PledgeCheckTests"));
        MainWindow window;
        window.show();
        ScenarioDocument *document = window.document();
        auto *button = window.findChild<QToolButton *>("uncertainty_annual_churn_rate");
        QVERIFY(button && button->isChecked()); // the sourced range: uncertain
        QVERIFY(button->toolTip().startsWith("Uncertainty: triangular, 6 to 20 % per year, most likely 13 % per year"));
        QVERIFY(!window.findChild<QToolButton *>("uncertainty_target_jobs")); // a pledge is fixed
        // Held while growth is drawn (docs/model.md, "One net growth"), drawn once growth is fixed.
        QVERIFY(button->toolTip().contains("Held at its value in the draws while yearly seller growth is drawn"));
        QVERIFY(document->changeDistribution(ParameterId::AnnualGrowthRate, Distribution::fixed()));
        QVERIFY(!button->toolTip().contains("Held"));
        document->undoStack()->undo();
        QVERIFY(button->toolTip().contains("Held at its value"));

        // Click, pick "Fixed", press Enter: the churn is certain, in one undo step.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<DistributionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *kind = dialog->findChild<QComboBox *>("distributionKind");
            kind->setCurrentIndex(kind->findText("Fixed (no uncertainty)"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        button->click();
        QVERIFY(document->scenario().uncertainty[ParameterId::AnnualChurnRate].isFixed());
        QVERIFY(!button->isChecked());
        QCOMPARE(document->undoStack()->count(), 1);
        document->undoStack()->undo();
        QVERIFY(button->isChecked());

        // Cancel changes nothing, and the button keeps the document's state.
        QTimer::singleShot(0, this, [] { QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Escape); });
        button->click();
        QVERIFY(button->isChecked());
        QCOMPARE(document->undoStack()->index(), 0);

        // Saved and read back exactly.
        QVERIFY(document->changeDistribution(ParameterId::HiresPerSeller, Distribution::logNormal(1.5, 4)));
        QTemporaryDir folder;
        const QString path = folder.filePath("s.json");
        QString error;
        QVERIFY2(scenariofile::write(path, document->scenario(), &error), qPrintable(error));
        const auto read = scenariofile::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->uncertainty[ParameterId::HiresPerSeller], Distribution::logNormal(1.5, 4));
        QCOMPARE(read->parameters[ParameterId::HiresPerSeller], 1.5);
    }
};

QTEST_MAIN(DistributionEditorTest)
#include "distributioneditortest.moc"
