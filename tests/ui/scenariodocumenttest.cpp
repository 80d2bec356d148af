#include "parametertable.h"
#include "scenariodetailseditor.h"
#include "scenariodocument.h"
#include "uncertaintyresults.h"
#include "uncertaintyrunner.h"

#include <cmath>

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace pledgecheck;

namespace {

// The central estimate with its sourced uncertainty: growth triangular(0.30, 0.35, 0.40), hires
// lognormal(1, 3), side businesses triangular(0.80, 0.84, 0.88), 10,000 draws.
void openCentral(ScenarioDocument &document)
{
    Scenario central;
    central.uncertainty = Uncertainty::sourcedDefaults();
    document.reset(central, QString());
}

QString undoText(const ScenarioDocument &document)
{
    return document.undoStack()->undoText();
}

} // namespace

class ScenarioDocumentTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldRecomputeResultsWhenAParameterChanges()
    {
        ScenarioDocument document;
        QSignalSpy results(&document, &ScenarioDocument::resultsChanged);
        const double before = document.results().figures.jobsAtHorizon;
        QVERIFY(document.changeParameter(ParameterId::HiresPerSeller, 2));
        QCOMPARE(results.count(), 1);
        QCOMPARE(document.scenario().parameters[ParameterId::HiresPerSeller], 2.0);
        QCOMPARE(document.results().parameters, document.scenario().parameters);
        QVERIFY(document.results().figures.jobsAtHorizon > before);
    }

    void shouldUndoAndRedoAChange()
    {
        ScenarioDocument document;
        document.changeParameter(ParameterId::HiresPerSeller, 3);
        document.undoStack()->undo();
        QCOMPARE(document.scenario().parameters[ParameterId::HiresPerSeller], 1.0);
        QCOMPARE(document.results().parameters[ParameterId::HiresPerSeller], 1.0);
        document.undoStack()->redo();
        QCOMPARE(document.scenario().parameters[ParameterId::HiresPerSeller], 3.0);
    }

    void shouldMergeOneDragIntoOneUndoStep()
    {
        ScenarioDocument document;
        const int drag = ScenarioDocument::beginEditSession();
        for (double g : {0.4, 0.5, 0.6, 0.7})
            QVERIFY(document.changeParameter(ParameterId::AnnualGrowthRate, g, drag));
        QCOMPARE(document.undoStack()->count(), 1);
        document.changeParameter(ParameterId::AnnualGrowthRate, 0.8); // a typed value: a new step
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(document.scenario().parameters[ParameterId::AnnualGrowthRate], 0.35);
    }

    void shouldLeaveNoUndoStepForADragBackToTheStart()
    {
        ScenarioDocument document;
        const int drag = ScenarioDocument::beginEditSession();
        document.changeParameter(ParameterId::AnnualGrowthRate, 0.5, drag);
        document.changeParameter(ParameterId::AnnualGrowthRate, 0.35, drag);
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
    }

    void shouldRefuseAnEditThatMakesTheScenarioInvalid()
    {
        ScenarioDocument document;
        QSignalSpy refused(&document, &ScenarioDocument::editRefused);
        QVERIFY(!document.changeParameter(ParameterId::HiresPerSeller, 500));
        QVERIFY(document.changeParameter(ParameterId::GrowthModel, 1));
        QVERIFY(!document.changeParameter(ParameterId::MarketSize, 10));
        QCOMPARE(refused.count(), 2);
        // In the window's words (ui/text/messagetext.h): the parameters by their labels, with units.
        QVERIFY(refused.at(1).at(0).toString().contains("Market size (logistic cap) = 10 sellers is below Sellers at start"));
        QCOMPARE(document.scenario().parameters[ParameterId::HiresPerSeller], 1.0);
        QCOMPARE(document.scenario().parameters[ParameterId::MarketSize], 31.7e6);
    }

    void shouldBeModifiedUntilSavedAndMoveTheBaselineOnSave()
    {
        ScenarioDocument document;
        QSignalSpy modified(&document, &ScenarioDocument::modifiedChanged);
        document.changeParameter(ParameterId::HiresPerSeller, 2);
        QVERIFY(document.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(document.baseline().parameters[ParameterId::HiresPerSeller], 1.0);
        document.markSaved("/tmp/saved.json");
        QVERIFY(!document.isModified());
        QCOMPARE(document.filePath(), QString("/tmp/saved.json"));
        QCOMPARE(document.baseline().parameters[ParameterId::HiresPerSeller], 2.0);
        document.undoStack()->undo();
        QVERIFY2(document.isModified(), "undoing past the save modifies the document again");
    }

    void shouldStartAfreshOnReset()
    {
        ScenarioDocument document;
        document.changeParameter(ParameterId::HiresPerSeller, 2);
        Scenario other;
        other.name = "Other";
        other.parameters.set(ParameterId::SideBusinessShare, 0.5);
        QSignalSpy reset(&document, &ScenarioDocument::documentReset);
        document.reset(other, "/tmp/other.json");
        QCOMPARE(reset.count(), 1);
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
        QCOMPARE(document.displayName(), QString("Other"));
        QCOMPARE(document.baseline().parameters, other.parameters);
        QCOMPARE(document.results().parameters, other.parameters);
    }

    // The window honours the scenario's events (docs/model.md, "Events"): the projection, the key
    // figures and the draws all take them, and a later edit keeps them.
    void shouldProjectAndDrawTheScenariosEvents()
    {
        ScenarioDocument document;
        Scenario central;
        central.uncertainty = Uncertainty::sourcedDefaults();
        central.events = {{YearMonth{2018, 9}, ParameterId::HiresPerSeller, 3, "more hires"}};
        document.reset(central, QString());
        const Projection expected = project(central.parameters, central.events);
        QCOMPARE(document.results().figures.jobsAtHorizon, expected.jobs(expected.lastMonth()));
        QVERIFY(document.results().figures.jobsAtHorizon > ScenarioResults::of(central.parameters).figures.jobsAtHorizon);
        MonteCarloEngine engine;
        const UncertaintyResults draws = UncertaintyResults::of(central.parameters, central.events, central.uncertainty,
                                                                engine, UncertaintyResults::Correlations::Skip);
        QVERIFY(document.uncertainty());
        QVERIFY((document.uncertainty()->monteCarlo.jobsPercentiles == draws.monteCarlo.jobsPercentiles).all());

        QVERIFY(document.changeParameter(ParameterId::AnnualGrowthRate, 0.5));
        Parameters changed = central.parameters;
        changed.set(ParameterId::AnnualGrowthRate, 0.5);
        const Projection afterEdit = project(changed, central.events);
        QCOMPARE(document.results().figures.jobsAtHorizon, afterEdit.jobs(afterEdit.lastMonth()));
    }

    void shouldMoveAParametersDistributionWithItAndRestoreItOnUndo()
    {
        ScenarioDocument document;
        Scenario central;
        central.uncertainty = Uncertainty::sourcedDefaults();
        document.reset(central, QString());
        // Side businesses: triangular(0.80, 0.84, 0.88). Dragged to 0.97, its ends move by 0.13
        // and the top (1.01) is clipped at 1; undo gives back the original exactly.
        const int drag = ScenarioDocument::beginEditSession();
        for (double share : {0.9, 0.95, 0.97})
            QVERIFY(document.changeParameter(ParameterId::SideBusinessShare, share, drag));
        const Distribution moved = document.scenario().uncertainty[ParameterId::SideBusinessShare];
        QCOMPARE(moved.b, 0.97);
        QCOMPARE(moved.c, 1.0);
        QVERIFY(std::abs(moved.a - (0.80 + 0.13)) < 1e-12);
        document.undoStack()->undo();
        QCOMPARE(document.scenario().uncertainty[ParameterId::SideBusinessShare],
                 Distribution::triangular(0.80, 0.84, 0.88));
    }

    // One command per parameter change, holding the value and the distribution before and after.
    void shouldUndoAndRedoAValueWithTheDistributionMovingWithIt()
    {
        ScenarioDocument document;
        openCentral(document);
        QVERIFY(document.changeParameter(ParameterId::AnnualGrowthRate, 0.5));
        QCOMPARE(undoText(document), QString("Change Yearly seller growth"));
        // Moved by 0.15: triangular(0.45, 0.5, 0.55), to rounding.
        const Distribution moved = document.scenario().uncertainty[ParameterId::AnnualGrowthRate];
        QCOMPARE(moved.b, 0.5);
        QVERIFY(std::abs(moved.a - 0.45) < 1e-12 && std::abs(moved.c - 0.55) < 1e-12);
        document.undoStack()->undo();
        QCOMPARE(document.scenario().parameters[ParameterId::AnnualGrowthRate], 0.35);
        QCOMPARE(document.scenario().uncertainty[ParameterId::AnnualGrowthRate],
                 Distribution::triangular(0.30, 0.35, 0.40));
        document.undoStack()->redo();
        QCOMPARE(document.scenario().parameters[ParameterId::AnnualGrowthRate], 0.5);
        QCOMPARE(document.scenario().uncertainty[ParameterId::AnnualGrowthRate], moved);
    }

    void shouldUndoAndRedoADistributionAloneNamingIt()
    {
        ScenarioDocument document;
        openCentral(document);
        // Centred where the value is: only the spread changes.
        const Distribution wider = Distribution::triangular(0.2, 0.35, 0.6);
        QVERIFY(document.changeDistribution(ParameterId::AnnualGrowthRate, wider));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(undoText(document), QString("Change the uncertainty of Yearly seller growth"));
        QCOMPARE(document.scenario().parameters[ParameterId::AnnualGrowthRate], 0.35);
        document.undoStack()->undo();
        QCOMPARE(document.scenario().uncertainty[ParameterId::AnnualGrowthRate],
                 Distribution::triangular(0.30, 0.35, 0.40));
        document.undoStack()->redo();
        QCOMPARE(document.scenario().uncertainty[ParameterId::AnnualGrowthRate], wider);
    }

    void shouldUndoAndRedoAValueAndADistributionAsOneStepNamingBoth()
    {
        ScenarioDocument document;
        openCentral(document);
        // A lognormal of median 2 moves hires from 1 to 2 as well: one step for both.
        const Distribution lognormal = Distribution::logNormal(2, 5);
        QVERIFY(document.changeDistribution(ParameterId::HiresPerSeller, lognormal));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(undoText(document), QString("Change Hires per hiring seller and its uncertainty"));
        QCOMPARE(document.scenario().parameters[ParameterId::HiresPerSeller], 2.0);
        QCOMPARE(document.results().parameters[ParameterId::HiresPerSeller], 2.0);
        document.undoStack()->undo();
        QCOMPARE(document.scenario().parameters[ParameterId::HiresPerSeller], 1.0);
        QCOMPARE(document.scenario().uncertainty[ParameterId::HiresPerSeller],
                 Distribution::logNormal(1, 3));
        QCOMPARE(document.results().parameters[ParameterId::HiresPerSeller], 1.0);
        document.undoStack()->redo();
        QCOMPARE(document.scenario().parameters[ParameterId::HiresPerSeller], 2.0);
        QCOMPARE(document.scenario().uncertainty[ParameterId::HiresPerSeller], lognormal);
        // Fixing it keeps the value: the uncertainty alone.
        QVERIFY(document.changeDistribution(ParameterId::HiresPerSeller, Distribution::fixed()));
        QCOMPARE(undoText(document), QString("Change the uncertainty of Hires per hiring seller"));
        QCOMPARE(document.scenario().parameters[ParameterId::HiresPerSeller], 2.0);
    }

    void shouldGiveBackTheSpreadADragClippedOnItsWay()
    {
        ScenarioDocument document;
        openCentral(document);
        // Side businesses, triangular(0.80, 0.84, 0.88): at 0.97 the top end (1.01) is clipped
        // at 1. Dragged on to 0.9 it is moved from where the drag began, by 0.06: (0.86, 0.9,
        // 0.94), not the clipped (0.86, 0.9, 0.93) a step-by-step move would leave.
        const int drag = ScenarioDocument::beginEditSession();
        for (double share : {0.97, 0.9})
            QVERIFY(document.changeParameter(ParameterId::SideBusinessShare, share, drag));
        const Distribution moved = document.scenario().uncertainty[ParameterId::SideBusinessShare];
        QVERIFY(std::abs(moved.a - 0.86) < 1e-12);
        QCOMPARE(moved.b, 0.9);
        QVERIFY(std::abs(moved.c - 0.94) < 1e-12);
        QCOMPARE(document.undoStack()->count(), 1);
        // Redo gives exactly what the drag left.
        document.undoStack()->undo();
        document.undoStack()->redo();
        QCOMPARE(document.scenario().uncertainty[ParameterId::SideBusinessShare], moved);
        // A second drag, back to the start: no step for it, and the spread exactly as it was.
        const int back = ScenarioDocument::beginEditSession();
        for (double share : {0.99, 0.84})
            QVERIFY(document.changeParameter(ParameterId::SideBusinessShare, share, back));
        QCOMPARE(document.undoStack()->count(), 2);
        QCOMPARE(document.undoStack()->undoText(), QString("Change Side businesses (hire no one)"));
        document.undoStack()->undo();
        QCOMPARE(document.scenario().uncertainty[ParameterId::SideBusinessShare], moved);
    }

    void shouldPushNothingForARefusedChange()
    {
        ScenarioDocument document;
        openCentral(document);
        QSignalSpy refused(&document, &ScenarioDocument::editRefused);
        QSignalSpy results(&document, &ScenarioDocument::resultsChanged);
        const Scenario before = document.scenario();
        // A value out of range, a distribution that does not suit the parameter (an sd of 0),
        // one centred outside the valid range (hires 0 to 100), and one on a choice.
        QVERIFY(!document.changeParameter(ParameterId::HiresPerSeller, 500));
        QVERIFY(!document.changeDistribution(ParameterId::HiresPerSeller, Distribution::normal(2, 0)));
        QVERIFY(!document.changeDistribution(ParameterId::HiresPerSeller, Distribution::uniform(150, 250)));
        QVERIFY(!document.changeDistribution(ParameterId::GrowthModel, Distribution::uniform(0, 1)));
        QCOMPARE(refused.count(), 4);
        for (const auto &signal : refused)
            QVERIFY2(!signal.at(0).toString().isEmpty(), "each says why");
        QCOMPARE(document.undoStack()->count(), 0);
        QCOMPARE(results.count(), 0);
        QCOMPARE(document.scenario().parameters, before.parameters);
        QCOMPARE(document.scenario().uncertainty, before.uncertainty);
        QVERIFY(!document.isModified());
    }

    // The document owns its results, the Monte Carlo's included: the scenario's whole sample with
    // every change, then the same draws with their rank correlations once the values rest, each
    // announced by resultsChanged().
    void shouldHoldTheDrawsOfItsValuesAtOnceThenWithTheirCorrelations()
    {
        ScenarioDocument document;
        QVERIFY2(!document.uncertainty(), "the default scenario fixes every input");
        QVERIFY(document.isUncertaintyRefined());
        QSignalSpy results(&document, &ScenarioDocument::resultsChanged);
        openCentral(document);
        QCOMPARE(results.count(), 1);
        QCOMPARE(results.at(0).at(0).value<ScenarioDocument::ResultsChange>(),
                 ScenarioDocument::ResultsChange::All);
        QVERIFY(document.uncertainty());
        QCOMPARE(document.uncertainty()->monteCarlo.samples, UncertaintyRunner::kStepSamples);
        QVERIFY(document.isUncertaintyRefined()); // the whole sample: nothing rough to show
        QVERIFY(document.uncertainty()->correlations.empty()); // too slow for a step
        QVERIFY(results.wait(30000));
        QCOMPARE(results.count(), 2);
        QCOMPARE(results.at(1).at(0).value<ScenarioDocument::ResultsChange>(),
                 ScenarioDocument::ResultsChange::RefinedDraws);
        QVERIFY(document.isUncertaintyRefined());
        QCOMPARE(document.uncertainty()->monteCarlo.samples, 10000);
        QVERIFY(!document.uncertainty()->correlations.empty());
        // A change brings the draws of the new values with it, in the same signal: twice
        // the hires, more jobs at the horizon in the draws' median too.
        const double median = document.uncertainty()->monteCarlo.jobsPercentiles(
            document.uncertainty()->monteCarlo.jobsPercentiles.rows() - 1, percentileColumn(0.50));
        QVERIFY(document.changeDistribution(ParameterId::HiresPerSeller, Distribution::logNormal(2, 6)));
        QCOMPARE(results.count(), 3);
        QCOMPARE(document.uncertainty()->monteCarlo.samples, UncertaintyRunner::kStepSamples);
        QVERIFY(document.uncertainty()->monteCarlo.jobsPercentiles(
                    document.uncertainty()->monteCarlo.jobsPercentiles.rows() - 1, percentileColumn(0.50))
                > median);
        // With every input fixed there are no draws, and nothing to refine.
        QVERIFY(document.changeDistribution(ParameterId::HiresPerSeller, Distribution::fixed()));
        Scenario fixed = document.scenario();
        fixed.uncertainty = Uncertainty{};
        document.reset(fixed, QString());
        QVERIFY(!document.uncertainty());
        QVERIFY(document.isUncertaintyRefined());
    }

    void shouldUndoNameAndNoteEditsAsRunsOfTyping()
    {
        ScenarioDocument document;
        QCOMPARE(document.displayName(), QString("Untitled"));
        document.changeName("M");
        document.changeName("My");
        document.changeName("My case");
        QCOMPARE(document.undoStack()->count(), 1);
        document.changeNote("Sources: CNNMoney");
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        QCOMPARE(document.scenario().note, std::string());
        document.undoStack()->undo();
        QCOMPARE(document.scenario().name, std::string());
    }

    void shouldRefuseANameOrNotePastItsLimitSayingWhy()
    {
        ScenarioDocument document;
        QSignalSpy refused(&document, &ScenarioDocument::editRefused);
        QVERIFY(document.changeName(QString(200, u'n')));
        QVERIFY(!document.changeName(QString(201, u'n')));
        QCOMPARE(document.scenario().name, std::string(200, 'n'));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first().toString(),
                 QString("the name is 201 characters long; the limit is 200 characters"));
        QVERIFY(!document.changeNote(QString(64 * 1024 + 1, u'x')));
        QCOMPARE(document.scenario().note, std::string());
        QCOMPARE(refused.size(), 2);
    }

    void shouldKeepAnOverlongNameInItsFieldWithAMessage()
    {
        ScenarioDocument document;
        ScenarioDetailsEditor editor(&document);
        auto *name = editor.findChild<QLineEdit *>("scenarioName");
        auto *problem = editor.findChild<QLabel *>("scenarioTextProblem");
        QVERIFY(name && problem);
        name->setFocus();
        QTest::keyClicks(name, QString(200, u'n'));
        QCOMPARE(document.scenario().name, std::string(200, 'n'));
        QVERIFY(problem->isHidden());
        QTest::keyClicks(name, "x");
        // Refused by the document, kept in the field, and said.
        QCOMPARE(document.scenario().name, std::string(200, 'n'));
        QCOMPARE(name->text(), QString(200, u'n') + "x");
        QVERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains("the name is 201 characters long; the limit is 200 characters"));
        // Another edit to the scenario leaves the typed text where it is.
        auto *note = editor.findChild<QPlainTextEdit *>("scenarioNote");
        note->setPlainText("Sources");
        QCOMPARE(document.scenario().note, std::string("Sources"));
        QCOMPARE(name->text(), QString(200, u'n') + "x");
        // Shortened again, it is taken and the message goes.
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(problem->isHidden());
        QCOMPARE(document.scenario().name, std::string(200, 'n'));
    }
};

QTEST_MAIN(ScenarioDocumentTest)
#include "scenariodocumenttest.moc"
