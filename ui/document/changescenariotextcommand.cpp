#include "changescenariotextcommand.h"

#include "scenariodocument.h"

#include <QCoreApplication>

namespace pledgecheck {

ChangeScenarioTextCommand::ChangeScenarioTextCommand(ScenarioDocument *document, Field field,
                                                     const QString &oldText,
                                                     const QString &newText)
    : m_document(document)
    , m_field(field)
    , m_oldText(oldText)
    , m_newText(newText)
{
    setText(field == Name
                ? QCoreApplication::translate("ChangeScenarioTextCommand", "Rename Scenario")
                : QCoreApplication::translate("ChangeScenarioTextCommand", "Edit Note"));
}

void ChangeScenarioTextCommand::undo()
{
    apply(m_oldText);
}

void ChangeScenarioTextCommand::redo()
{
    apply(m_newText);
}

int ChangeScenarioTextCommand::id() const
{
    return 2;
}

bool ChangeScenarioTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeScenarioTextCommand *>(other);
    if (next->m_field != m_field)
        return false;
    m_newText = next->m_newText;
    setObsolete(m_newText == m_oldText);
    return true;
}

void ChangeScenarioTextCommand::apply(const QString &text)
{
    if (m_field == Name)
        m_document->applyName(text);
    else
        m_document->applyNote(text);
}

} // namespace pledgecheck
