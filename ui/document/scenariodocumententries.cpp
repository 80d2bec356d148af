// The document's events and observations: their edits, each one undo step, checked by the rules
// the file reader and the command line share (model/scenarioeventrules.h). Apart from
// scenariodocument.cpp, which keeps the values and their results.
#include "scenariodocument.h"

#include "changeentriescommand.h"
#include "scenarioeventrules.h"

#include <QUndoStack>

namespace pledgecheck {

bool ScenarioDocument::pushEvents(ScenarioEvents after, std::optional<std::size_t> changedRow,
                                  const QString &text)
{
    const Parameters &parameters = m_scenario.parameters;
    if (changedRow) {
        const ScenarioEvent &changed = after[*changedRow];
        if (const auto problem = eventrules::eventProblem(changed, parameters))
            return refuse(*problem);
        // Two changes of one parameter in one month: asked of the entries that fit the scenario,
        // so that one left outside it by a shorter horizon does not block every other edit.
        ScenarioEvents fitting;
        for (std::size_t row = 0; row < after.size(); ++row) {
            if (row != *changedRow && !eventrules::eventProblem(after[row], parameters))
                fitting.push_back(after[row]);
        }
        fitting.push_back(changed);
        if (const auto problem = eventrules::eventsProblem(fitting, parameters))
            return refuse(*problem);
    }
    if (after != m_scenario.events)
        m_undoStack->push(new ChangeEventsCommand(this, m_scenario.events, std::move(after), text));
    return true;
}

bool ScenarioDocument::pushObservations(Observations after, std::optional<std::size_t> changedRow,
                                        const QString &text)
{
    if (changedRow) {
        if (const auto problem = eventrules::observationProblem(after[*changedRow], m_scenario.parameters))
            return refuse(*problem);
    }
    if (after != m_scenario.observations)
        m_undoStack->push(
            new ChangeObservationsCommand(this, m_scenario.observations, std::move(after), text));
    return true;
}

bool ScenarioDocument::addEvent(const ScenarioEvent &event)
{
    ScenarioEvents after = m_scenario.events;
    after.push_back(event);
    return pushEvents(after, after.size() - 1, tr("Add event"));
}

bool ScenarioDocument::changeEvent(std::size_t row, const ScenarioEvent &event)
{
    if (row >= m_scenario.events.size())
        return false;
    ScenarioEvents after = m_scenario.events;
    after[row] = event;
    return pushEvents(after, row, tr("Edit event"));
}

bool ScenarioDocument::removeEvent(std::size_t row)
{
    if (row >= m_scenario.events.size())
        return false;
    ScenarioEvents after = m_scenario.events;
    after.erase(after.begin() + static_cast<std::ptrdiff_t>(row));
    return pushEvents(after, std::nullopt, tr("Remove event"));
}

bool ScenarioDocument::addObservation(const Observation &observation)
{
    Observations after = m_scenario.observations;
    after.push_back(observation);
    return pushObservations(after, after.size() - 1, tr("Add observation"));
}

bool ScenarioDocument::changeObservation(std::size_t row, const Observation &observation)
{
    if (row >= m_scenario.observations.size())
        return false;
    Observations after = m_scenario.observations;
    after[row] = observation;
    return pushObservations(after, row, tr("Edit observation"));
}

bool ScenarioDocument::removeObservation(std::size_t row)
{
    if (row >= m_scenario.observations.size())
        return false;
    Observations after = m_scenario.observations;
    after.erase(after.begin() + static_cast<std::ptrdiff_t>(row));
    return pushObservations(after, std::nullopt, tr("Remove observation"));
}

void ScenarioDocument::applyEntries(const ScenarioEvents &events)
{
    m_scenario.events = events;
    // Events change the projection from their month on (docs/model.md, "Events").
    recompute();
    emit eventsChanged();
    emit resultsChanged(ResultsChange::All);
}

void ScenarioDocument::applyEntries(const Observations &observations)
{
    m_scenario.observations = observations;
    emit observationsChanged();
}

} // namespace pledgecheck
