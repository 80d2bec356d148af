// The document's events and observations: their edits, each one undo step, checked by the rules
// the file reader and the command line share (model/scenarioeventrules.h). Apart from
// scenariodocument.cpp, which keeps the values and their results.
#include "scenariodocument.h"

#include "changeentriescommand.h"
#include "scenarioeventrules.h"
#include "strandedentries.h"

#include <QUndoStack>

namespace pledgecheck {
namespace {

// A list as one edit leaves it; the caller checks that @p row is in it.
template <typename Entries>
Entries added(Entries entries, const typename Entries::value_type &entry)
{
    entries.push_back(entry);
    return entries;
}

template <typename Entries>
Entries changed(Entries entries, std::size_t row, const typename Entries::value_type &entry)
{
    entries[row] = entry;
    return entries;
}

template <typename Entries>
Entries removed(Entries entries, std::size_t row)
{
    entries.erase(entries.begin() + static_cast<std::ptrdiff_t>(row));
    return entries;
}

} // namespace

bool ScenarioDocument::pushEvents(ScenarioEvents after, std::optional<std::size_t> changedRow,
                                  const QString &text)
{
    // Every other entry fits the scenario (a start or horizon that would strand one is refused:
    // model/strandedentries.h), so the first problem of the list is the changed entry's own, or
    // its clash with another change of the same parameter in the same month.
    if (changedRow) {
        if (const auto problem = eventrules::eventsProblem(after, m_scenario.parameters))
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
    return pushEvents(added(m_scenario.events, event), m_scenario.events.size(), tr("Add event"));
}

bool ScenarioDocument::changeEvent(std::size_t row, const ScenarioEvent &event)
{
    return row < m_scenario.events.size()
           && pushEvents(changed(m_scenario.events, row, event), row, tr("Edit event"));
}

bool ScenarioDocument::removeEvent(std::size_t row)
{
    return row < m_scenario.events.size()
           && pushEvents(removed(m_scenario.events, row), std::nullopt, tr("Remove event"));
}

bool ScenarioDocument::addObservation(const Observation &observation)
{
    return pushObservations(added(m_scenario.observations, observation), m_scenario.observations.size(),
                            tr("Add observation"));
}

bool ScenarioDocument::changeObservation(std::size_t row, const Observation &observation)
{
    return row < m_scenario.observations.size()
           && pushObservations(changed(m_scenario.observations, row, observation), row, tr("Edit observation"));
}

bool ScenarioDocument::removeObservation(std::size_t row)
{
    return row < m_scenario.observations.size()
           && pushObservations(removed(m_scenario.observations, row), std::nullopt, tr("Remove observation"));
}

std::optional<ModelMessage> ScenarioDocument::problemWith(const Parameters &changed) const
{
    if (auto problem = changed.validate())
        return problem;
    // Refused rather than kept and marked: a scenario with an entry outside it could be neither
    // saved nor recovered (the reader refuses it), and undo steps back through valid ones only.
    return eventrules::strandingProblem(m_scenario.events, m_scenario.observations, m_scenario.parameters,
                                        changed);
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
