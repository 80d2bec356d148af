#include "changeparametercommand.h"

#include "parametertable.h"
#include "scenariodocument.h"
#include "valuetext.h"

#include <QCoreApplication>

namespace pledgecheck {

ChangeParameterCommand::ChangeParameterCommand(ScenarioDocument *document, ParameterId id,
                                               const ParameterSetting &before,
                                               const ParameterSetting &after, int editSession)
    : m_document(document)
    , m_parameter(id)
    , m_before(before)
    , m_after(after)
    , m_editSession(editSession)
{
    describe();
}

Distribution ChangeParameterCommand::following(const Distribution &distribution, double from,
                                               double to, const ParameterDescriptor &descriptor)
{
    // centredOn() at the same value can still move an end by an ulp (a uniform's half-width is
    // worked out again): a value that did not move leaves the distribution exactly as it was.
    if (to == from)
        return distribution;
    return distribution.centredOn(to, descriptor.minimum, descriptor.maximum);
}

void ChangeParameterCommand::describe()
{
    const ParameterDescriptor &d = descriptor(m_parameter);
    const bool valueChanged = m_after.value != m_before.value;
    // A distribution that only followed the value is part of the value's change.
    const bool uncertaintyChanged =
        !valueChanged
        || m_after.distribution != following(m_before.distribution, m_before.value, m_after.value, d);
    if (!uncertaintyChanged)
        setText(
            QCoreApplication::translate("ChangeParameterCommand", "Change %1").arg(labelText(d)));
    else if (!valueChanged)
        setText(
            QCoreApplication::translate("ChangeParameterCommand", "Change the uncertainty of %1")
                .arg(labelText(d)));
    else
        setText(
            QCoreApplication::translate("ChangeParameterCommand", "Change %1 and its uncertainty")
                .arg(labelText(d)));
}

void ChangeParameterCommand::undo()
{
    m_document->applyParameter(m_parameter, m_before);
}

void ChangeParameterCommand::redo()
{
    m_document->applyParameter(m_parameter, m_after);
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
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    describe();
    return true;
}

} // namespace pledgecheck
