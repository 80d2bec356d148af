#include "changeparametercommand.h"

#include "parametertable.h"
#include "scenariodocument.h"

namespace pledgecheck {

ChangeParameterCommand::ChangeParameterCommand(ScenarioDocument *document, ParameterId id,
                                               double oldValue, double newValue,
                                               const Distribution &oldDistribution, int editSession)
    : m_document(document)
    , m_parameter(id)
    , m_oldValue(oldValue)
    , m_newValue(newValue)
    , m_oldDistribution(oldDistribution)
    , m_editSession(editSession)
{
    const std::string_view label = descriptor(id).label;
    setText(QObject::tr("Change %1").arg(QString::fromUtf8(label.data(), label.size())));
}

void ChangeParameterCommand::undo()
{
    m_document->applyParameter(m_parameter, m_oldValue, m_oldDistribution);
}

void ChangeParameterCommand::redo()
{
    // Moved from where it was before the edit, so a long drag does not accumulate rounding.
    const ParameterDescriptor &d = descriptor(m_parameter);
    m_document->applyParameter(m_parameter, m_newValue,
                               m_oldDistribution.centredOn(m_newValue, d.minimum, d.maximum));
}

int ChangeParameterCommand::id() const
{
    return 1;
}

bool ChangeParameterCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeParameterCommand *>(other);
    if (m_editSession == 0 || next->m_editSession != m_editSession
        || next->m_parameter != m_parameter)
        return false;
    m_newValue = next->m_newValue;
    setObsolete(m_newValue == m_oldValue);
    return true;
}

} // namespace pledgecheck
