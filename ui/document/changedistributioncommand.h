#pragma once

#include "distribution.h"
#include "parameterdescriptor.h"

#include <QUndoCommand>

namespace pledgecheck {

class ScenarioDocument;

/// Gives one parameter a new distribution, and the value at its centre (a parameter's value is
/// the centre of its distribution). Undo restores both exactly.
class ChangeDistributionCommand : public QUndoCommand
{
public:
    ChangeDistributionCommand(ScenarioDocument *document, ParameterId id, double oldValue,
                              const Distribution &oldDistribution, double newValue,
                              const Distribution &newDistribution);

    void undo() override;
    void redo() override;

private:
    ScenarioDocument *m_document;
    ParameterId m_parameter;
    double m_oldValue;
    Distribution m_oldDistribution;
    double m_newValue;
    Distribution m_newDistribution;
};

} // namespace pledgecheck
