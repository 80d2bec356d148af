// The hand-off between the step's run on the window's thread (the scenario's sample, up to
// kStepSamples draws, without the rank correlations) and the worker's (with them, and the whole of a
// larger sample): the worker's run arrives for the values last set, and a worker's result for older
// values is never published over newer ones.
#include "uncertaintyrunner.h"

#include <QSignalSpy>
#include <QTest>

#include <stdexcept>

using namespace pledgecheck;

class UncertaintyRunnerTest : public QObject
{
    Q_OBJECT

    // The worker's run takes well under a second, but a loaded 2-core machine has been seen to
    // take over 10 s to schedule it; a passing run never waits this long.
    static constexpr int kWorkerTimeoutMs = 60000;

    // Values told apart by their horizon: a result's row count says which values it is for.
    static Parameters withHorizon(int years)
    {
        Parameters p;
        p.set(ParameterId::HorizonYears, years);
        return p;
    }

    static Uncertainty uncertain(int samples)
    {
        Uncertainty u = Uncertainty::sourcedDefaults();
        u.samples = samples;
        return u;
    }

    static Eigen::Index rowsOf(const std::shared_ptr<const UncertaintyResults> &r)
    {
        return r ? r->monteCarlo.jobsPercentiles.rows() : -1;
    }

private slots:
    void shouldStandInForALargerSampleWithItsFirstDrawsUntilTheValuesRest()
    {
        UncertaintyRunner runner;
        QSignalSpy refined(&runner, &UncertaintyRunner::refined);
        const Parameters p = withHorizon(5);
        const Uncertainty u = uncertain(20000);
        const auto &step = runner.update(p, u);
        QVERIFY(step);
        QCOMPARE(step->monteCarlo.samples, UncertaintyRunner::kStepSamples);
        QVERIFY(!runner.isRefined());
        QVERIFY(refined.wait(kWorkerTimeoutMs));
        QCOMPARE(refined.count(), 1);
        QVERIFY(runner.isRefined());
        QCOMPARE(runner.latest()->monteCarlo.samples, 20000);

        // The worker's figures are the engine's own for those values, bit for bit.
        MonteCarloEngine engine;
        const UncertaintyResults expected = UncertaintyResults::of(p, u, engine);
        QVERIFY((runner.latest()->monteCarlo.jobsPercentiles == expected.monteCarlo.jobsPercentiles).all());
        QCOMPARE(runner.latest()->monteCarlo.probabilityTargetMet, expected.monteCarlo.probabilityTargetMet);
        QCOMPARE(runner.latest()->tornado.size(), expected.tornado.size());
    }

    void shouldNeverPublishAWorkersResultForValuesSinceChanged()
    {
        UncertaintyRunner runner;
        std::vector<std::pair<Eigen::Index, int>> published; // (rows, samples) of each result shown
        connect(&runner, &UncertaintyRunner::changed, this, [&] {
            published.emplace_back(rowsOf(runner.latest()),
                                   runner.latest() ? runner.latest()->monteCarlo.samples : 0);
        });
        // Long enough that A's full run is most likely still going when B comes; were it done
        // sooner, A's result would be shown before B's quick one, which is no harm.
        const Uncertainty big = uncertain(200000);

        // Values A rest, so their full run starts in the worker...
        runner.update(withHorizon(3), big);
        QTest::qWait(UncertaintyRunner::kRestMs + 50);
        // ...and change to B while it runs. A's full run must be dropped, B's published.
        runner.update(withHorizon(7), big);
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(runner.latest()) == 7 * 12 + 1 && runner.isRefined(), 60000);
        QCOMPARE(runner.latest()->monteCarlo.samples, 200000);

        // Once B's step result is out, everything published is B's, ending with its full run.
        const Eigen::Index rowsA = 3 * 12 + 1, rowsB = 7 * 12 + 1;
        QCOMPARE(published.front(), std::make_pair(rowsA, UncertaintyRunner::kStepSamples));
        const auto stepB = std::find(published.begin(), published.end(),
                                     std::make_pair(rowsB, UncertaintyRunner::kStepSamples));
        QVERIFY(stepB != published.end());
        for (auto shown = stepB; shown != published.end(); ++shown)
            QCOMPARE(shown->first, rowsB);
        QCOMPARE(published.back(), std::make_pair(rowsB, 200000));
        // And no later run changes it again.
        QTest::qWait(UncertaintyRunner::kRestMs * 2);
        QCOMPARE(published.back(), std::make_pair(rowsB, 200000));
    }

    void shouldDropEverythingWhenEveryInputIsFixed()
    {
        UncertaintyRunner runner;
        QSignalSpy refined(&runner, &UncertaintyRunner::refined);
        runner.update(withHorizon(5), uncertain(50000));
        QVERIFY(runner.latest());
        // Before the values rest, every distribution is made fixed: no result, and no worker
        // result for the uncertain values may come back later.
        QVERIFY(!runner.update(withHorizon(5), Uncertainty{}));
        QVERIFY(runner.isRefined());
        QTest::qWait(UncertaintyRunner::kRestMs * 3);
        QCOMPARE(refined.count(), 0);
        QVERIFY(!runner.latest());
    }

    // The scenario's own sample on every change (the default 10,000 draws fit a slider step):
    // whole at once, never marked rough; the worker adds only the rank correlations, and its
    // figures are the step's, bit for bit.
    void shouldRunTheWholeSampleAtOnceAndAddTheCorrelationsOnceTheValuesRest()
    {
        UncertaintyRunner runner;
        QSignalSpy changed(&runner, &UncertaintyRunner::changed);
        QSignalSpy refined(&runner, &UncertaintyRunner::refined);
        const Parameters p = withHorizon(5);
        const Uncertainty u = uncertain(UncertaintyRunner::kStepSamples);
        const std::shared_ptr<const UncertaintyResults> step = runner.update(p, u);
        QVERIFY(runner.isRefined());
        QCOMPARE(step->monteCarlo.samples, UncertaintyRunner::kStepSamples);
        QVERIFY(step->correlations.empty());
        QCOMPARE(changed.count(), 1);

        QVERIFY(refined.wait(kWorkerTimeoutMs));
        QCOMPARE(changed.count(), 2);
        const UncertaintyResults &whole = *runner.latest();
        QVERIFY(!whole.correlations.empty());
        QVERIFY((whole.monteCarlo.jobsPercentiles == step->monteCarlo.jobsPercentiles).all());
        QVERIFY((whole.monteCarlo.jobsAtHorizon == step->monteCarlo.jobsAtHorizon).all());
        QCOMPARE(whole.monteCarlo.probabilityTargetMet, step->monteCarlo.probabilityTargetMet);
        // Nothing more runs for values that have not changed.
        QTest::qWait(UncertaintyRunner::kRestMs * 3);
        QCOMPARE(changed.count(), 2);
    }

    // Every step runs on the engine's buffers from the last: a run after other values gives the
    // figures of a fresh engine, bit for bit.
    void shouldGiveTheSameFiguresOnAReusedEngineAsOnAFreshOne()
    {
        UncertaintyRunner runner;
        runner.update(withHorizon(7), uncertain(UncertaintyRunner::kStepSamples));
        const Parameters p = withHorizon(5);
        const Uncertainty u = uncertain(UncertaintyRunner::kStepSamples);
        const std::shared_ptr<const UncertaintyResults> step = runner.update(p, u);
        MonteCarloEngine fresh;
        const MonteCarloResult &expected = fresh.run(p, u);
        QVERIFY((step->monteCarlo.jobsPercentiles == expected.jobsPercentiles).all());
        QVERIFY((step->monteCarlo.sellersPercentiles == expected.sellersPercentiles).all());
        QVERIFY((step->monteCarlo.firstMetShare == expected.firstMetShare).all());
    }

    // The engine throws rather than report a figure that is not finite. Before, the exception
    // left the slot (or the worker) and ended the program with the user's unsaved work.
    void shouldSayWhyWhenTheStepsRunFailsAndNotRetryIt()
    {
        UncertaintyRunner runner;
        runner.setCompute([](const Parameters &, const ScenarioEvents &, const Uncertainty &, MonteCarloEngine &,
                             UncertaintyResults::Correlations) -> UncertaintyResults {
            throw std::domain_error("a draw gave a figure that is not a finite number");
        });
        QSignalSpy changed(&runner, &UncertaintyRunner::changed);
        QCOMPARE(rowsOf(runner.update(withHorizon(5), uncertain(5000))), -1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(runner.problem(), QStringLiteral("a draw gave a figure that is not a finite number"));
        QVERIFY(runner.isRefined());
        QTest::qWait(3 * UncertaintyRunner::kRestMs); // no worker starts for a failed run
        QCOMPARE(changed.count(), 1);
    }

    void shouldSayWhyWhenTheFullRunFailsInItsWorker()
    {
        UncertaintyRunner runner;
        runner.setCompute([](const Parameters &p, const ScenarioEvents &, const Uncertainty &u, MonteCarloEngine &engine,
                             UncertaintyResults::Correlations c) {
            if (c == UncertaintyResults::Correlations::Rank) // the worker's run, not the step's
                throw std::domain_error("the full run failed");
            return UncertaintyResults::of(p, u, engine, c);
        });
        QSignalSpy refined(&runner, &UncertaintyRunner::refined);
        QCOMPARE(rowsOf(runner.update(withHorizon(5), uncertain(5000))), 61);
        QVERIFY(runner.problem().isEmpty());
        QVERIFY(refined.wait(kWorkerTimeoutMs));
        QCOMPARE(rowsOf(runner.latest()), -1);
        QCOMPARE(runner.problem(), QStringLiteral("the full run failed"));

        // Values that can be run again clear the reason.
        runner.setCompute([](const Parameters &p, const ScenarioEvents &e, const Uncertainty &u,
                             MonteCarloEngine &engine, UncertaintyResults::Correlations c) {
            return UncertaintyResults::of(p, e, u, engine, c);
        });
        QCOMPARE(rowsOf(runner.update(withHorizon(4), uncertain(1000))), 49);
        QVERIFY(runner.problem().isEmpty());
    }
};

QTEST_MAIN(UncertaintyRunnerTest)
#include "uncertaintyrunnertest.moc"
