#pragma once

#include "uncertaintyresults.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace pledgecheck {

/// Keeps a Monte Carlo result in step with the document without ever blocking the window for long:
/// each change runs the scenario's own sample at once, on the window's thread and the engine's
/// reused buffers (up to kStepSamples draws, which fit a slider step; without the rank
/// correlations, whose sorting would cost more than the run), and once the values have rested a
/// moment a worker thread runs it again with the correlations, or the whole of a larger sample. A
/// worker's result is published only if no newer change came in meanwhile, so a stale result is
/// never shown over a newer one. ScenarioDocument owns one and runs it with every change of its
/// values: the views read the draws from the document, never from here.
class UncertaintyRunner : public QObject
{
    Q_OBJECT

public:
    /// The most draws run on every change: the scenario's default sample, about 2 ms on an Intel
    /// Xeon of the kind the window is measured on (window_benchmark, docs/model.md). The same
    /// seed on every step gives the same uniform numbers, so the bands move smoothly with the
    /// slider rather than jittering. A larger sample is stood in for by its first kStepSamples
    /// draws until the worker's run of the whole arrives.
    static constexpr int kStepSamples = 10000;
    /// How long the values must rest before the full run starts.
    static constexpr int kRestMs = 200;

    explicit UncertaintyRunner(QObject *parent = nullptr);
    ~UncertaintyRunner() override;

    /// Runs the sample (up to kStepSamples draws) for valid @p parameters now and schedules the
    /// worker's run. When every parameter is fixed there is no result (null): nothing is uncertain.
    const std::shared_ptr<const UncertaintyResults> &update(const Parameters &parameters,
                                                            const Uncertainty &uncertainty);
    /// The same under @p events (docs/model.md, "Events").
    const std::shared_ptr<const UncertaintyResults> &update(const Parameters &parameters, const ScenarioEvents &events,
                                                            const Uncertainty &uncertainty);

    /// The latest result: the step's until the worker's for the same values arrives; null when
    /// every parameter is fixed. Shared, never changed: holders keep it as long as they like.
    const std::shared_ptr<const UncertaintyResults> &latest() const { return m_latest; }
    /// True when latest() comes from the scenario's whole sample (its rank correlations may still
    /// be on their way: refined() says when they are in).
    bool isRefined() const { return m_refined; }
    /// Why the latest values have no result although something is uncertain (the engine refused
    /// to report a figure that is not finite); empty otherwise.
    QString problem() const { return m_problem; }

    /// The run itself: UncertaintyResults::of by default; replaced by tests.
    using Compute = std::function<UncertaintyResults(const Parameters &, const ScenarioEvents &,
                                                     const Uncertainty &, MonteCarloEngine &,
                                                     UncertaintyResults::Correlations)>;
    void setCompute(Compute compute) { m_compute = std::move(compute); }

signals:
    /// latest() changed: a step's run for new values, or the worker's for the latest ones.
    void changed();
    /// The worker's run for the latest values (the whole sample, with the rank correlations)
    /// finished and latest() now holds it.
    void refined();

private:
    struct Finished {
        int generation;
        std::shared_ptr<const UncertaintyResults> results; ///< null when the run failed
        QString problem;
    };
    static Finished run(const Compute &compute, int generation, const Parameters &parameters,
                        const ScenarioEvents &events, const Uncertainty &uncertainty, MonteCarloEngine &engine,
                        UncertaintyResults::Correlations correlations);
    void startFullRun();
    void fullRunFinished();

    Compute m_compute = [](const Parameters &parameters, const ScenarioEvents &events, const Uncertainty &uncertainty,
                           MonteCarloEngine &engine, UncertaintyResults::Correlations correlations) {
        return UncertaintyResults::of(parameters, events, uncertainty, engine, correlations);
    };
    MonteCarloEngine m_stepEngine;
    std::shared_ptr<const UncertaintyResults> m_latest;
    bool m_refined = false;   ///< m_latest holds the whole sample
    bool m_correlated = true; ///< m_latest holds the rank correlations, or no worker can add them
    QString m_problem;
    Parameters m_parameters;
    ScenarioEvents m_events;
    Uncertainty m_uncertainty;
    int m_generation = 0;          ///< counts changes; a worker's result carries the one it ran
    QTimer m_rest;
    QFutureWatcher<Finished> m_worker;
};

} // namespace pledgecheck
