#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pledgecheck {

class ScenarioDocument;

/// The scenario's name and free-text note (where an analyst cites sources), edited in place and
/// saved with the scenario. Each edit is undoable; typing runs together as one step. A name or
/// note past its limit stays in its field, marked, with a message saying what is too long; the
/// scenario keeps the last text within the limit until it is shortened.
class ScenarioDetailsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioDetailsEditor(ScenarioDocument *document, QWidget *parent = nullptr);

private:
    void showDocumentText();
    /// Passes the fields' text to the document and shows what it refuses, if anything.
    void applyName();
    void applyNote();
    void showProblems();

    ScenarioDocument *m_document;
    QLineEdit *m_name;
    QPlainTextEdit *m_note;
    QLabel *m_problem;
    QString m_nameProblem, m_noteProblem;
    /// The document's name and note as this editor last saw them: when the document changes
    /// one of them (undo, open), its field follows; when it does not, a field holding a refused
    /// text keeps it.
    QString m_documentName, m_documentNote;
};

} // namespace pledgecheck
