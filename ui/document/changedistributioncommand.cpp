#include "changedistributioncommand.h"

#include "parametertable.h"
#include "scenariodocument.h"
#include "valuetext.h"

namespace pledgecheck {

ChangeDistributionCommand::ChangeDistributionCommand(ScenarioDocument *document, ParameterId id,
                                                     double oldValue,
                                                     const Distribution &oldDistribution,
                                                     double newValue,
                                                     const Distribution &newDistribution)
    : m_document(document)
    , m_parameter(id)
    , m_oldValue(oldValue)
    , m_oldDistribution(oldDistribution)
    , m_newValue(newValue)
    , m_newDistribution(newDistribution)
{
    setText(QObject::tr("Change the uncertainty of %1").arg(labelText(descriptor(id))));
}

void ChangeDistributionCommand::undo()
{
    m_document->applyParameter(m_parameter, m_oldValue, m_oldDistribution);
}

void ChangeDistributionCommand::redo()
{
    m_document->applyParameter(m_parameter, m_newValue, m_newDistribution);
}

} // namespace pledgecheck
