// Reported data in the window: a line per report under the key figures, the Fit to Reported
// Data dialog, and its values applied as one undo step.
#include "doublingscenario.h"
#include "fitdialog.h"
#include "keyfiguresview.h"
#include "mainwindowfixture.h"
#include "observationlinesview.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QUndoStack>

using namespace pledgecheck;

namespace {

using pledgecheck::testing::doublingScenario; // S(t) = 1000 x 2^(t/12) from 2017-01

// Sellers of 3000 in 2018-01 and 9000 in 2019-01 from 1000: a growth of 200 % meets both.
Scenario withTwoReports()
{
    Scenario scenario = doublingScenario();
    scenario.observations = {{YearMonth{2018, 1}, ObservedMetric::Sellers, 3000, {}, {}, "a"},
                             {YearMonth{2019, 1}, ObservedMetric::Sellers, 9000, {}, {}, "b"}};
    return scenario;
}

} // namespace

class FitToReportedDataTest : public MainWindowFixture
{
    Q_OBJECT

private slots:
    void init()
    {
        forgetSettings();
        openWindow();
    }
    void cleanup() { m_window.reset(); }

    void severalParametersChangeAsOneUndoStep()
    {
        document()->reset(doublingScenario(), QString());
        QVERIFY(document()->changeParameters(
            {{ParameterId::AnnualGrowthRate, 2.0}, {ParameterId::HiresPerSeller, 3.0}}, QStringLiteral("Fit")));
        QUndoStack *stack = document()->undoStack();
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Fit"));
        QCOMPARE(value(ParameterId::AnnualGrowthRate), 2.0);
        QCOMPARE(value(ParameterId::HiresPerSeller), 3.0);
        // S(60) = 1000 x 3^5 = 243,000, recomputed once for both.
        QCOMPARE(qRound(document()->results().figures.sellersAtHorizon), 243000);
        stack->undo();
        QCOMPARE(value(ParameterId::AnnualGrowthRate), 1.0);
        QCOMPARE(value(ParameterId::HiresPerSeller), 2.0);
        QCOMPARE(document()->scenario(), doublingScenario());
    }

    void valuesThatMakeAnInvalidScenarioAreRefusedWhole()
    {
        document()->reset(doublingScenario(), QString());
        QSignalSpy refused(document(), &ScenarioDocument::editRefused);
        // A logistic market below the starting sellers.
        QVERIFY(!document()->changeParameters({{ParameterId::GrowthModel, 1.0}, {ParameterId::MarketSize, 10.0}},
                                              QStringLiteral("Fit")));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(document()->undoStack()->count(), 0);
        QCOMPARE(document()->scenario(), doublingScenario());
    }

    void keyFiguresHoldALinePerReport()
    {
        auto *lines = child<ObservationLinesView>(QStringLiteral("observationLines"));
        QVERIFY(lines->isHidden()); // the default preset reports nothing
        Scenario scenario = doublingScenario();
        scenario.observations = {{YearMonth{2018, 1}, ObservedMetric::Sellers, 500, 100, 1000, "a survey"}};
        document()->reset(scenario, QString());
        QVERIFY(!lines->isHidden());
        // S(12) = 2000, 4 times the 500 reported; the pledge's path a year on, 7000 (1e6 /
        // 7000)^(1/5) = 18,883 sellers, to three figures.
        QCOMPARE(lines->lines(),
                 QStringList{QStringLiteral("2018-01 sellers: reported 500 (100–1,000), projected 2,000, 4×; "
                                            "the pledge's own path 18,900")});
        const auto *label = lines->findChild<QLabel *>();
        QVERIFY(label->toolTip().contains(QStringLiteral("outside the reported range")));
        QVERIFY(label->toolTip().contains(QStringLiteral("Source: a survey")));
        // A slider step moves the line with it: g = 300 % gives S(12) = 4000, 8 times.
        QVERIFY(document()->changeParameter(ParameterId::AnnualGrowthRate, 3.0));
        QVERIFY(lines->lines().constFirst().contains(QStringLiteral("projected 4,000, 8×")));
    }

    void theDialogFitsTheGrowthChecked()
    {
        FitDialog dialog(withTwoReports());
        QCOMPARE(dialog.chosen(), std::vector<ParameterId>{ParameterId::AnnualGrowthRate});
        auto *apply = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);
        QVERIFY(!apply->isEnabled());
        dialog.fit();
        QVERIFY(apply->isEnabled());
        const auto values = dialog.fittedValues();
        QCOMPARE(values.size(), std::size_t{1});
        QCOMPARE(values.front().first, ParameterId::AnnualGrowthRate);
        QVERIFY(std::abs(values.front().second - 2.0) < 1e-6);
        QVERIFY2(dialog.resultText().contains(QStringLiteral("→ 200 % per year")), qPrintable(dialog.resultText()));
        // Another choice forgets the fit until it is run again.
        dialog.findChild<QCheckBox *>(QStringLiteral("fit_hires_per_seller"))->setChecked(true);
        QVERIFY(!apply->isEnabled());
        QVERIFY(dialog.fittedValues().empty());
        dialog.fit();
        QVERIFY2(dialog.resultText().contains(QStringLiteral("Hires per hiring seller does not move the reported figures")),
                 qPrintable(dialog.resultText()));
    }

    void theDialogSaysWhyThereIsNothingToFit()
    {
        FitDialog dialog(doublingScenario());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("fitButton"))->isEnabled());
        QCOMPARE(dialog.resultText(),
                 QStringLiteral("the scenario holds no reported figures (observations) to fit to"));
    }

    void theScenarioMenuFitsAndAppliesAsOneUndoStep()
    {
        document()->reset(withTwoReports(), QString());
        auto *action = child<QAction>(QStringLiteral("fitToReportedDataAction"));
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&sawDialog] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<FitDialog *>(widget)) {
                    sawDialog = true;
                    dialog->fit();
                    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
                }
            }
        });
        action->trigger();
        QVERIFY(sawDialog);
        QVERIFY(std::abs(value(ParameterId::AnnualGrowthRate) - 2.0) < 1e-6);
        QCOMPARE(document()->undoStack()->count(), 1);
        QCOMPARE(document()->undoStack()->undoText(), QStringLiteral("Fit to Reported Data"));
        document()->undoStack()->undo();
        QCOMPARE(value(ParameterId::AnnualGrowthRate), 1.0);
    }
};

QTEST_MAIN(FitToReportedDataTest)
#include "fittoreporteddatatest.moc"
