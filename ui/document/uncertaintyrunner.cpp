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
    ++m_generation;
    m_parameters = parameters;
    m_uncertainty = uncertainty;
    if (uncertainty.isCertain()) {
        // Nothing is uncertain: no draws to make, and no bands to draw.
        m_rest.stop();
        m_latest.reset();
        m_refined = true;
        emit changed();
        return m_latest;
    }
    Uncertainty quick = uncertainty;
    quick.samples = std::min(uncertainty.samples, kQuickSamples);
    Finished finished = run(m_compute, m_generation, parameters, quick, m_quickEngine,
                            UncertaintyResults::Correlations::Skip); // the full run has them
    m_latest = std::move(finished.results);
    m_problem = finished.problem;
    m_refined = quick.samples == uncertainty.samples || !m_latest; // a failed run is not retried
    if (!m_refined)
        m_rest.start();
    else
        m_rest.stop();
    emit changed();
    return m_latest;
}

UncertaintyRunner::Finished UncertaintyRunner::run(const Compute &compute, int generation,
                                                   const Parameters &parameters,
                                                   const Uncertainty &uncertainty,
                                                   MonteCarloEngine &engine,
                                                   UncertaintyResults::Correlations correlations)
{
    // An exception must not leave a slot or a worker: in a slot it ends the program with the
    // user's unsaved work. The window shows the reason instead, and the projection stays.
    try {
        return {generation,
                std::make_shared<const UncertaintyResults>(compute(parameters, uncertainty, engine,
                                                                   correlations)),
                {}};
    } catch (const std::exception &problem) {
        return {generation, nullptr, QString::fromUtf8(problem.what())};
    }
}

void UncertaintyRunner::startFullRun()
{
    if (m_refined)
        return; // the quick run was the whole sample, or nothing is uncertain
    if (m_worker.isRunning())
        return; // fullRunFinished() starts the newest values once this run is done
    // The worker gets copies: it shares nothing with the window's thread.
    m_worker.setFuture(QtConcurrent::run([compute = m_compute, generation = m_generation,
                                          parameters = m_parameters, uncertainty = m_uncertainty] {
        MonteCarloEngine engine;
        return run(compute, generation, parameters, uncertainty, engine,
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
        emit changed();
        emit refined();
    } else if (!m_rest.isActive()) {
        // Stale: the values changed while it ran and have rested since. Run the newest.
        startFullRun();
    }
}

} // namespace pledgecheck
