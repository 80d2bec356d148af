#include "uncertaintyrunner.h"

#include <QtConcurrent/QtConcurrentRun>

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
    m_latest = std::make_shared<const UncertaintyResults>(
        UncertaintyResults::of(parameters, quick, m_quickEngine,
                               UncertaintyResults::Correlations::Skip)); // the full run has them
    m_refined = quick.samples == uncertainty.samples;
    if (!m_refined)
        m_rest.start();
    emit changed();
    return m_latest;
}

void UncertaintyRunner::startFullRun()
{
    if (m_refined)
        return; // the quick run was the whole sample, or nothing is uncertain
    if (m_worker.isRunning())
        return; // fullRunFinished() starts the newest values once this run is done
    // The worker gets copies: it shares nothing with the window's thread.
    m_worker.setFuture(QtConcurrent::run(
        [generation = m_generation, parameters = m_parameters, uncertainty = m_uncertainty] {
            MonteCarloEngine engine;
            return Finished{generation, std::make_shared<const UncertaintyResults>(
                                            UncertaintyResults::of(parameters, uncertainty, engine))};
        }));
}

void UncertaintyRunner::fullRunFinished()
{
    const Finished finished = m_worker.result();
    if (finished.generation == m_generation) {
        m_latest = finished.results;
        m_refined = true;
        emit changed();
        emit refined();
    } else if (!m_rest.isActive()) {
        // Stale: the values changed while it ran and have rested since. Run the newest.
        startFullRun();
    }
}

} // namespace pledgecheck
