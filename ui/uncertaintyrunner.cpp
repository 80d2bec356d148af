#include "uncertaintyrunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pledgecheck {

UncertaintyRunner::UncertaintyRunner(QObject *parent)
    : QObject(parent)
{
    m_rest.setSingleShot(true);
    m_rest.setInterval(kRestMs);
    connect(&m_rest, &QTimer::timeout, this, &UncertaintyRunner::startFullRun);
    connect(&m_worker, &QFutureWatcher<std::shared_ptr<Finished>>::finished, this,
            &UncertaintyRunner::fullRunFinished);
}

UncertaintyRunner::~UncertaintyRunner()
{
    m_worker.waitForFinished(); // the worker reads nothing of ours, but let it end before we do
}

const MonteCarloResult &UncertaintyRunner::update(const Parameters &parameters,
                                                  const Uncertainty &uncertainty)
{
    ++m_generation;
    m_parameters = parameters;
    m_uncertainty = uncertainty;
    if (uncertainty.isCertain()) {
        // Nothing is uncertain: no draws to make, and no bands to draw.
        m_rest.stop();
        m_latest = MonteCarloResult{};
        m_refined = true;
        emit changed();
        return m_latest;
    }
    Uncertainty quick = uncertainty;
    quick.samples = std::min(uncertainty.samples, kQuickSamples);
    m_latest = m_quickEngine.run(parameters, quick);
    m_refined = quick.samples == uncertainty.samples;
    if (!m_refined)
        m_rest.start();
    emit changed();
    return m_latest;
}

void UncertaintyRunner::startFullRun()
{
    if (m_worker.isRunning()) {
        m_runAgain = true; // fullRunFinished() starts the newest once this one is done
        return;
    }
    // The worker gets copies: it shares nothing with the window's thread.
    m_worker.setFuture(QtConcurrent::run(
        [generation = m_generation, parameters = m_parameters, uncertainty = m_uncertainty] {
            MonteCarloEngine engine;
            return std::make_shared<Finished>(Finished{generation, engine.run(parameters, uncertainty)});
        }));
}

void UncertaintyRunner::fullRunFinished()
{
    const std::shared_ptr<Finished> finished = m_worker.result();
    if (finished && finished->generation == m_generation) {
        m_latest = finished->result;
        m_refined = true;
        emit changed();
        emit refined();
    } else if (!m_rest.isActive()) {
        // Stale: the values changed while it ran and have rested since. Run the newest.
        startFullRun();
    }
    m_runAgain = false;
}

} // namespace pledgecheck
