#include "scenariodocument.h"

#include "changeparametercommand.h"
#include "changeparameterscommand.h"
#include "changescenariotextcommand.h"
#include "messagetext.h"
#include "parametertable.h"
#include "scenariotext.h"
#include "uncertaintyrunner.h"

#include <QUndoStack>

#include <atomic>

namespace pledgecheck {

ScenarioDocument::ScenarioDocument(QObject *parent)
    : QObject(parent)
    , m_results(ScenarioResults::of(m_scenario.parameters, m_scenario.events))
    , m_baseline(m_results)
    , m_undoStack(new QUndoStack(this))
    , m_uncertainty(new UncertaintyRunner(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    // The runner's quick run is part of recompute(); its full run, later, brings the draws alone.
    connect(m_uncertainty, &UncertaintyRunner::refined, this,
            [this] { emit resultsChanged(ResultsChange::RefinedDraws); });
    m_uncertainty->update(m_scenario.parameters, m_scenario.events, m_scenario.uncertainty);
}

ScenarioDocument::~ScenarioDocument() = default;

const std::shared_ptr<const UncertaintyResults> &ScenarioDocument::uncertainty() const
{
    return m_uncertainty->latest();
}

bool ScenarioDocument::isUncertaintyRefined() const
{
    return m_uncertainty->isRefined();
}

QString ScenarioDocument::uncertaintyProblem() const
{
    return m_uncertainty->problem();
}

void ScenarioDocument::recompute()
{
    m_results.recompute(m_scenario.parameters, m_scenario.events);
    m_uncertainty->update(m_scenario.parameters, m_scenario.events, m_scenario.uncertainty);
}

QString ScenarioDocument::displayName() const
{
    return m_scenario.name.empty() ? tr("Untitled") : QString::fromStdString(m_scenario.name);
}

bool ScenarioDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ScenarioDocument::reset(const Scenario &scenario, const QString &filePath)
{
    Q_ASSERT(!scenario.parameters.validate());
    m_scenario = scenario;
    recompute();
    m_baseline = m_results;
    m_baselineObservations = m_scenario.observations.size();
    m_undoStack->clear();
    m_undoStack->setClean();
    m_filePath = filePath;
    emit documentReset();
    emit filePathChanged();
    emit nameOrNoteChanged();
    emit resultsChanged(ResultsChange::All);
    emit modifiedChanged(false);
}

void ScenarioDocument::markSaved(const QString &filePath)
{
    m_baseline = m_results;
    m_baselineObservations = m_scenario.observations.size();
    m_undoStack->setClean();
    if (filePath != m_filePath) {
        m_filePath = filePath;
        emit filePathChanged();
    }
    emit resultsChanged(ResultsChange::All); // the baseline ghost moved; the draws are as they were
}

void ScenarioDocument::markRecovered()
{
    m_undoStack->resetClean();
    emit modifiedChanged(true);
}

int ScenarioDocument::beginEditSession()
{
    static std::atomic<int> lastSession{0};
    return ++lastSession;
}

bool ScenarioDocument::refuse(const ModelMessage &problem)
{
    emit editRefused(messageText(problem));
    return false;
}

const ChangeParameterCommand *ScenarioDocument::openDrag(ParameterId id, int editSession) const
{
    if (editSession == 0 || m_undoStack->index() == 0)
        return nullptr;
    const auto *top = dynamic_cast<const ChangeParameterCommand *>(
        m_undoStack->command(m_undoStack->index() - 1));
    return top && top->editSession() == editSession && top->parameter() == id ? top : nullptr;
}

bool ScenarioDocument::changeParameter(ParameterId id, double value, int editSession)
{
    const ParameterSetting now{m_scenario.parameters[id], m_scenario.uncertainty[id]};
    if (value == now.value)
        return true;
    Parameters changed = m_scenario.parameters;
    changed.set(id, value);
    if (const auto problem = problemWith(changed))
        return refuse(*problem);
    // A drag moves the distribution from where it stood when the drag began, not step by step:
    // an end clipped at the edge of the range on the way comes back when the slider does, and
    // the drag's undo step redoes exactly what was seen.
    const ChangeParameterCommand *drag = openDrag(id, editSession);
    const ParameterSetting start = drag ? drag->before() : now;
    const ParameterSetting after{
        value, ChangeParameterCommand::following(start.distribution, start.value, value, descriptor(id))};
    m_undoStack->push(new ChangeParameterCommand(this, id, now, after, editSession));
    return true;
}

bool ScenarioDocument::changeParameters(const std::vector<std::pair<ParameterId, double>> &values,
                                        const QString &text)
{
    Parameters changed = m_scenario.parameters;
    for (const auto &[id, value] : values)
        changed.set(id, value);
    if (const auto problem = problemWith(changed))
        return refuse(*problem);
    if (changed == m_scenario.parameters)
        return true;
    ChangeParametersCommand::Settings before;
    ChangeParametersCommand::Settings after;
    for (const auto &[id, value] : values) {
        const ParameterSetting now{m_scenario.parameters[id], m_scenario.uncertainty[id]};
        before.emplace_back(id, now);
        after.emplace_back(id, ParameterSetting{value, ChangeParameterCommand::following(
                                                           now.distribution, now.value, value, descriptor(id))});
    }
    m_undoStack->push(new ChangeParametersCommand(this, text, std::move(before), std::move(after)));
    return true;
}

bool ScenarioDocument::changeDistribution(ParameterId id, const Distribution &distribution)
{
    Uncertainty uncertainty = m_scenario.uncertainty;
    uncertainty.set(id, distribution);
    if (const auto problem = distribution.check(descriptor(id)))
        return refuse(*problem);
    if (const auto problem = uncertainty.validate())
        return refuse(*problem);
    const ParameterSetting now{m_scenario.parameters[id], m_scenario.uncertainty[id]};
    const ParameterSetting after{distribution.isFixed() ? now.value : distribution.centre(),
                                 distribution};
    Parameters changed = m_scenario.parameters;
    changed.set(id, after.value);
    if (const auto problem = problemWith(changed))
        return refuse(*problem);
    if (after != now)
        m_undoStack->push(new ChangeParameterCommand(this, id, now, after, 0));
    return true;
}

bool ScenarioDocument::changeName(const QString &name)
{
    if (const auto problem = scenarioNameProblem(name)) {
        emit editRefused(messageText(*problem));
        return false;
    }
    if (name.toStdString() != m_scenario.name)
        m_undoStack->push(new ChangeScenarioTextCommand(
            this, ChangeScenarioTextCommand::Name, QString::fromStdString(m_scenario.name), name));
    return true;
}

bool ScenarioDocument::changeNote(const QString &note)
{
    if (const auto problem = scenarioNoteProblem(note)) {
        emit editRefused(messageText(*problem));
        return false;
    }
    if (note.toStdString() != m_scenario.note)
        m_undoStack->push(new ChangeScenarioTextCommand(
            this, ChangeScenarioTextCommand::Note, QString::fromStdString(m_scenario.note), note));
    return true;
}

void ScenarioDocument::applyParameter(ParameterId id, const ParameterSetting &setting)
{
    m_scenario.parameters.set(id, setting.value);
    m_scenario.uncertainty.set(id, setting.distribution);
    recompute();
    emit resultsChanged(ResultsChange::All);
}

void ScenarioDocument::applyParameters(const std::vector<std::pair<ParameterId, ParameterSetting>> &settings)
{
    for (const auto &[id, setting] : settings) {
        m_scenario.parameters.set(id, setting.value);
        m_scenario.uncertainty.set(id, setting.distribution);
    }
    recompute();
    emit resultsChanged(ResultsChange::All);
}

void ScenarioDocument::applyName(const QString &name)
{
    m_scenario.name = name.toStdString();
    emit nameOrNoteChanged();
}

void ScenarioDocument::applyNote(const QString &note)
{
    m_scenario.note = note.toStdString();
    emit nameOrNoteChanged();
}

} // namespace pledgecheck
