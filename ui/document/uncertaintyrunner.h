#pragma once

#include "uncertaintyresults.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace pledgecheck {

/// Keeps a Monte Carlo result in step with the document without ever blocking the window: each
/// change runs at once on a small sample (fast enough for every slider step; without the rank
/// correlations, whose sorting would cost more than the run), and once the values
/// have rested a moment the full sample runs in a worker thread. A worker's result is published
/// only if no newer change came in meanwhile, so a stale result is never shown over a newer one.
/// ScenarioDocument owns one and runs it with every change of its values: the views read the
/// draws from the document, never from here.
class UncertaintyRunner : public QObject
{
    Q_OBJECT

public:
    /// Draws in the quick run: under a millisecond on this machine (window_benchmark). The
    /// same seed on every step gives the same uniform numbers, so the bands move smoothly with
    /// the slider rather than jittering, even from a small sample.
    static constexpr int kQuickSamples = 1000;
    /// How long the values must rest before the full run starts.
    static constexpr int kRestMs = 200;

    explicit UncertaintyRunner(QObject *parent = nullptr);
    ~UncertaintyRunner() override;

    /// Runs the quick sample for valid @p parameters now and schedules the full run. When every
    /// parameter is fixed there is no result (null): nothing is uncertain.
    const std::shared_ptr<const UncertaintyResults> &update(const Parameters &parameters,
                                                            const Uncertainty &uncertainty);

    /// The latest result: the quick one until the full one for the same values arrives; null
    /// when every parameter is fixed. Shared, never changed: holders keep it as long as they like.
    const std::shared_ptr<const UncertaintyResults> &latest() const { return m_latest; }
    /// True when latest() comes from the full sample.
    bool isRefined() const { return m_refined; }
    /// Why the latest values have no result although something is uncertain (the engine refused
    /// to report a figure that is not finite); empty otherwise.
    QString problem() const { return m_problem; }

    /// The run itself: UncertaintyResults::of by default; replaced by tests.
    using Compute = std::function<UncertaintyResults(const Parameters &, const Uncertainty &,
                                                     MonteCarloEngine &,
                                                     UncertaintyResults::Correlations)>;
    void setCompute(Compute compute) { m_compute = std::move(compute); }

signals:
    /// latest() changed: a quick run for new values, or the full run for the latest ones.
    void changed();
    /// The full run for the latest values finished and latest() now holds it.
    void refined();

private:
    struct Finished {
        int generation;
        std::shared_ptr<const UncertaintyResults> results; ///< null when the run failed
        QString problem;
    };
    static Finished run(const Compute &compute, int generation, const Parameters &parameters,
                        const Uncertainty &uncertainty, MonteCarloEngine &engine,
                        UncertaintyResults::Correlations correlations);
    void startFullRun();
    void fullRunFinished();

    Compute m_compute = &UncertaintyResults::of;
    MonteCarloEngine m_quickEngine;
    std::shared_ptr<const UncertaintyResults> m_latest;
    bool m_refined = false;
    QString m_problem;
    Parameters m_parameters;
    Uncertainty m_uncertainty;
    int m_generation = 0;          ///< counts changes; a worker's result carries the one it ran
    QTimer m_rest;
    QFutureWatcher<Finished> m_worker;
};

} // namespace pledgecheck
