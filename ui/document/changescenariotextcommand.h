#pragma once

#include <QString>
#include <QUndoCommand>

namespace pledgecheck {

class ScenarioDocument;

/// Sets the scenario's name or note. Typing runs together: successive edits of the same field
/// merge into one undo step.
class ChangeScenarioTextCommand : public QUndoCommand
{
public:
    enum Field { Name, Note };

    ChangeScenarioTextCommand(ScenarioDocument *document, Field field, const QString &oldText,
                              const QString &newText);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QString &text);

    ScenarioDocument *m_document;
    Field m_field;
    QString m_oldText;
    QString m_newText;
};

} // namespace pledgecheck
