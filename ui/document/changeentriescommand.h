#pragma once

#include "scenarioevents.h"

#include <QString>
#include <QUndoCommand>

#include <utility>

namespace pledgecheck {

class ScenarioDocument;

/// Replaces the scenario's events, or its observations, with the list as one edit left it: one
/// entry added, removed or changed ("Add event", "Edit observation"). The lists are a few entries
/// long, so the whole list before and after is kept: undo puts back exactly what was there, order
/// and all. One template for both lists, as a parameter's value and its distribution share one
/// command; the only code besides the document that changes them.
template <typename Entries>
class ChangeEntriesCommand : public QUndoCommand
{
public:
    ChangeEntriesCommand(ScenarioDocument *document, Entries before, Entries after, const QString &text)
        : m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(text);
    }

    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

private:
    void apply(const Entries &entries);

    ScenarioDocument *m_document;
    Entries m_before;
    Entries m_after;
};

using ChangeEventsCommand = ChangeEntriesCommand<ScenarioEvents>;
using ChangeObservationsCommand = ChangeEntriesCommand<Observations>;

} // namespace pledgecheck
