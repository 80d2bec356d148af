#include "changeentriescommand.h"

#include "scenariodocument.h"

namespace pledgecheck {

template <typename Entries>
void ChangeEntriesCommand<Entries>::apply(const Entries &entries)
{
    m_document->applyEntries(entries);
}

template class ChangeEntriesCommand<ScenarioEvents>;
template class ChangeEntriesCommand<Observations>;

} // namespace pledgecheck
