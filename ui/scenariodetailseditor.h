#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace pledgecheck {

class ScenarioDocument;

/// The scenario's name and free-text note (where an analyst cites sources), edited in place and
/// saved with the scenario. Each edit is undoable; typing runs together as one step.
class ScenarioDetailsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioDetailsEditor(ScenarioDocument *document, QWidget *parent = nullptr);

private:
    void showDocumentText();

    ScenarioDocument *m_document;
    QLineEdit *m_name;
    QPlainTextEdit *m_note;
};

} // namespace pledgecheck
