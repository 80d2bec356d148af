// The distribution editor: the document's command, the dialog's widgets and its density preview,
// the row's button, and the file round trip.
#include "densitypreview.h"
#include "distributiondialog.h"
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
        QCOMPARE(refused[0][0].toString(), QString("annual_growth_rate: uniform low 0.4 is above high 0.3"));
        QCOMPARE(refused[1][0].toString(), QString("annual_growth_rate: normal sd must be above 0, got -0.1"));
        QVERIFY(refused[2][0].toString().contains("leaves the valid range -0.5 to 10"));
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
