#include "changeparameterscommand.h"

#include "scenariodocument.h"

namespace pledgecheck {

ChangeParametersCommand::ChangeParametersCommand(ScenarioDocument *document, const QString &text, Settings before,
                                                 Settings after)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

void ChangeParametersCommand::undo()
{
    m_document->applyParameters(m_before);
}

void ChangeParametersCommand::redo()
{
    m_document->applyParameters(m_after);
}

} // namespace pledgecheck
