#pragma once

#include "distribution.h"
#include "parameterdescriptor.h"

#include <QUndoCommand>

namespace pledgecheck {

class ScenarioDocument;

/// One parameter as the document holds it: its value and the uncertainty around it.
struct ParameterSetting {
    double value = 0;
    Distribution distribution;

    friend bool operator==(const ParameterSetting &, const ParameterSetting &) = default;
};

/// Changes one parameter of the document, its value and its distribution together, from
/// @p before to @p after: a typed or dragged value (the distribution moves with it), a new
/// distribution (the value moves to its centre), or both. Undo restores both exactly, clipping
/// and all. Successive commands of one edit session (a slider drag) on the same parameter merge
/// into one undo step; a drag back to where it began leaves none. The only code besides the
/// document that changes a parameter, and it does so through the document's private apply.
class ChangeParameterCommand : public QUndoCommand
{
public:
    ChangeParameterCommand(ScenarioDocument *document, ParameterId id,
                           const ParameterSetting &before, const ParameterSetting &after,
                           int editSession);

    /// @p distribution, held at @p from, moved to follow the value to @p to: the same spread
    /// centred on it (Distribution::centredOn), and exactly @p distribution when @p to is
    /// @p from, so that a drag back to its start gives back the spread it began with.
    static Distribution following(const Distribution &distribution, double from, double to,
                                  const ParameterDescriptor &descriptor);

    ParameterId parameter() const { return m_parameter; }
    int editSession() const { return m_editSession; }
    const ParameterSetting &before() const { return m_before; }
    const ParameterSetting &after() const { return m_after; }

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    /// "Change Hires per hiring seller", "Change the uncertainty of ...", or "Change ... and its
    /// uncertainty": what the step undoes, in the Edit menu.
    void describe();

    ScenarioDocument *m_document;
    ParameterId m_parameter;
    ParameterSetting m_before;
    ParameterSetting m_after;
    int m_editSession;
};

} // namespace pledgecheck
