#include "uncertaintyrunner.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace pledgecheck {

UncertaintyRunner::UncertaintyRunner(QObject *parent)
    : QObject(parent)
{
    m_rest.setSingleShot(true);
    m_rest.setInterval(kRestMs);
    connect(&m_rest, &QTimer::timeout, this, &UncertaintyRunner::startFullRun);
    connect(&m_worker, &QFutureWatcher<Finished>::finished, this,
            &UncertaintyRunner::fullRunFinished);
}

UncertaintyRunner::~UncertaintyRunner()
{
    m_worker.waitForFinished(); // the worker reads nothing of ours, but let it end before we do
}

const std::shared_ptr<const UncertaintyResults> &
UncertaintyRunner::update(const Parameters &parameters, const Uncertainty &uncertainty)
{
    return update(parameters, ScenarioEvents{}, uncertainty);
}

const std::shared_ptr<const UncertaintyResults> &
UncertaintyRunner::update(const Parameters &parameters, const ScenarioEvents &events, const Uncertainty &uncertainty)
{
    ++m_generation;
    m_parameters = parameters;
    m_events = events;
    m_uncertainty = uncertainty;
    if (uncertainty.isCertain()) {
        // Nothing is uncertain: no draws to make, and no bands to draw.
        m_rest.stop();
        m_latest.reset();
        m_refined = true;
        m_correlated = true;
        emit changed();
        return m_latest;
    }
    Uncertainty step = uncertainty;
    step.samples = std::min(uncertainty.samples, kStepSamples);
    Finished finished = run(m_compute, m_generation, parameters, events, step, m_stepEngine,
                            UncertaintyResults::Correlations::Skip); // the worker adds them
    m_latest = std::move(finished.results);
    m_problem = finished.problem;
    m_refined = step.samples == uncertainty.samples || !m_latest; // a failed run is not retried
    m_correlated = !m_latest;
    if (!m_correlated)
        m_rest.start();
    else
        m_rest.stop();
    emit changed();
    return m_latest;
}

UncertaintyRunner::Finished UncertaintyRunner::run(const Compute &compute, int generation,
                                                   const Parameters &parameters,
                                                   const ScenarioEvents &events,
                                                   const Uncertainty &uncertainty,
                                                   MonteCarloEngine &engine,
                                                   UncertaintyResults::Correlations correlations)
{
    // An exception must not leave a slot or a worker: in a slot it ends the program with the
    // user's unsaved work. The window shows the reason instead, and the projection stays.
    try {
        return {generation,
                std::make_shared<const UncertaintyResults>(compute(parameters, events, uncertainty, engine,
                                                                   correlations)),
                {}};
    } catch (const std::exception &problem) {
        return {generation, nullptr, QString::fromUtf8(problem.what())};
    }
}

void UncertaintyRunner::startFullRun()
{
    if (m_refined && m_correlated)
        return; // nothing is uncertain, or the run failed
    if (m_worker.isRunning())
        return; // fullRunFinished() starts the newest values once this run is done
    // The worker gets copies: it shares nothing with the window's thread.
    m_worker.setFuture(QtConcurrent::run([compute = m_compute, generation = m_generation,
                                          parameters = m_parameters, events = m_events,
                                          uncertainty = m_uncertainty] {
        MonteCarloEngine engine;
        return run(compute, generation, parameters, events, uncertainty, engine,
                   UncertaintyResults::Correlations::Rank);
    }));
}

void UncertaintyRunner::fullRunFinished()
{
    const Finished finished = m_worker.result();
    if (finished.generation == m_generation) {
        m_latest = finished.results;
        m_problem = finished.problem;
        m_refined = true;
        m_correlated = true;
        emit changed();
        emit refined();
    } else if (!m_rest.isActive()) {
        // Stale: the values changed while it ran and have rested since. Run the newest.
        startFullRun();
    }
}

} // namespace pledgecheck
