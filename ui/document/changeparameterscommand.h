#pragma once

#include "changeparametercommand.h"

#include <QUndoCommand>

#include <utility>
#include <vector>

namespace pledgecheck {

/// Several parameters of the document changed at once as one undo step, each value with its
/// distribution (a fit to reported data): applied together, so that no step in between is a
/// scenario of its own (one that need not even be valid).
class ChangeParametersCommand : public QUndoCommand
{
public:
    using Settings = std::vector<std::pair<ParameterId, ParameterSetting>>;

    /// @p before and @p after name the same parameters in the same order; @p text is what the
    /// Edit menu calls the step.
    ChangeParametersCommand(ScenarioDocument *document, const QString &text, Settings before, Settings after);

    void undo() override;
    void redo() override;

private:
    ScenarioDocument *m_document;
    Settings m_before;
    Settings m_after;
};

} // namespace pledgecheck
