#include "parametertable.h"
#include "scenariodetailseditor.h"
#include "scenariodocument.h"

#include <cmath>

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace pledgecheck;

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
        QVERIFY(refused.at(1).at(0).toString().contains("market_size = 10 is below initial_sellers"));
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
