#pragma once

#include "distribution.h"
#include "parameterdescriptor.h"

#include <QUndoCommand>

namespace pledgecheck {

class ScenarioDocument;

/// Sets one parameter of the document, and moves its distribution with it (the value is the
/// distribution's centre). Undo restores the distribution exactly as it was, clipping and all.
/// Successive commands of one edit session (a slider drag) on the same parameter merge into one
/// undo step; a drag back to where it began leaves none.
class ChangeParameterCommand : public QUndoCommand
{
public:
    ChangeParameterCommand(ScenarioDocument *document, ParameterId id, double oldValue,
                           double newValue, const Distribution &oldDistribution, int editSession);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ScenarioDocument *m_document;
    ParameterId m_parameter;
    double m_oldValue;
    double m_newValue;
    Distribution m_oldDistribution;
    int m_editSession;
};

} // namespace pledgecheck
