#include "scenariodocument.h"

#include "changedistributioncommand.h"
#include "changeparametercommand.h"
#include "changescenariotextcommand.h"
#include "parametertable.h"
#include "scenariotext.h"

#include <QUndoStack>

#include <atomic>

namespace pledgecheck {

ScenarioDocument::ScenarioDocument(QObject *parent)
    : QObject(parent)
    , m_results(ScenarioResults::of(m_scenario.parameters))
    , m_baseline(m_results)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

ScenarioDocument::~ScenarioDocument() = default;

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
    m_results.recompute(m_scenario.parameters);
    m_baseline = m_results;
    m_undoStack->clear();
    m_undoStack->setClean();
    m_filePath = filePath;
    emit documentReset();
    emit filePathChanged();
    emit nameOrNoteChanged();
    emit resultsChanged();
    emit modifiedChanged(false);
}

void ScenarioDocument::markSaved(const QString &filePath)
{
    m_baseline = m_results;
    m_undoStack->setClean();
    if (filePath != m_filePath) {
        m_filePath = filePath;
        emit filePathChanged();
    }
    emit resultsChanged(); // the baseline ghost moved
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

bool ScenarioDocument::changeParameter(ParameterId id, double value, int editSession)
{
    const double oldValue = m_scenario.parameters[id];
    if (value == oldValue)
        return true;
    Parameters changed = m_scenario.parameters;
    changed.set(id, value);
    if (const auto problem = changed.validate()) {
        emit editRefused(QString::fromStdString(*problem));
        return false;
    }
    m_undoStack->push(new ChangeParameterCommand(this, id, oldValue, value,
                                                 m_scenario.uncertainty[id], editSession));
    return true;
}

bool ScenarioDocument::changeDistribution(ParameterId id, const Distribution &distribution)
{
    const auto refuse = [this](const std::string &problem) {
        emit editRefused(QString::fromStdString(problem));
        return false;
    };
    Uncertainty uncertainty = m_scenario.uncertainty;
    uncertainty.set(id, distribution);
    if (const auto problem = distribution.check(descriptor(id)))
        return refuse(*problem);
    if (const auto problem = uncertainty.validate())
        return refuse(*problem);
    const double oldValue = m_scenario.parameters[id];
    const double value = distribution.isFixed() ? oldValue : distribution.centre();
    Parameters changed = m_scenario.parameters;
    changed.set(id, value);
    if (const auto problem = changed.validate())
        return refuse(*problem);
    if (value == oldValue && distribution == m_scenario.uncertainty[id])
        return true;
    m_undoStack->push(new ChangeDistributionCommand(this, id, oldValue, m_scenario.uncertainty[id],
                                                    value, distribution));
    return true;
}

bool ScenarioDocument::changeName(const QString &name)
{
    if (const auto problem = scenarioNameProblem(name)) {
        emit editRefused(*problem);
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
        emit editRefused(*problem);
        return false;
    }
    if (note.toStdString() != m_scenario.note)
        m_undoStack->push(new ChangeScenarioTextCommand(
            this, ChangeScenarioTextCommand::Note, QString::fromStdString(m_scenario.note), note));
    return true;
}

void ScenarioDocument::applyParameter(ParameterId id, double value, const Distribution &distribution)
{
    m_scenario.parameters.set(id, value);
    m_scenario.uncertainty.set(id, distribution);
    m_results.recompute(m_scenario.parameters);
    emit resultsChanged();
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
