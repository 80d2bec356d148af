#include "scenariodetailseditor.h"

#include "messagetext.h"
#include "scenariodocument.h"

#include "scenariotext.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace pledgecheck {

ScenarioDetailsEditor::ScenarioDetailsEditor(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("scenarioName"));
    m_note->setObjectName(QStringLiteral("scenarioNote"));
    m_problem->setObjectName(QStringLiteral("scenarioTextProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    m_name->setPlaceholderText(tr("Scenario name"));
    m_note->setPlaceholderText(tr("Assumptions and their sources"));
    // Tab leaves the note, as it leaves every other field: typing a tab into it would trap a
    // keyboard user there (Ctrl+Tab switches the charts).
    m_note->setTabChangesFocus(true);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Name"), m_name);
    layout->addRow(tr("N&ote"), m_note);
    layout->addRow(m_problem);

    connect(m_name, &QLineEdit::textEdited, this, &ScenarioDetailsEditor::applyName);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ScenarioDetailsEditor::applyNote);
    connect(document, &ScenarioDocument::nameOrNoteChanged, this,
            &ScenarioDetailsEditor::showDocumentText);
    showDocumentText();
}

void ScenarioDetailsEditor::applyName()
{
    // The field keeps what was typed even when the document refuses it: nothing typed is lost,
    // and the message says what to shorten.
    const QString name = m_name->text();
    const auto nameProblem = scenarioNameProblem(name);
    m_nameProblem = nameProblem ? messageText(*nameProblem) : QString();
    if (m_nameProblem.isEmpty())
        m_document->changeName(name);
    showProblems();
}

void ScenarioDetailsEditor::applyNote()
{
    const QString note = m_note->toPlainText();
    const auto noteProblem = scenarioNoteProblem(note);
    m_noteProblem = noteProblem ? messageText(*noteProblem) : QString();
    if (m_noteProblem.isEmpty())
        m_document->changeNote(note);
    showProblems();
}

void ScenarioDetailsEditor::showProblems()
{
    QStringList problems;
    for (const QString &problem : {m_nameProblem, m_noteProblem}) {
        if (!problem.isEmpty())
            problems << tr("Not saved: %1. Shorten it to keep it with the scenario.").arg(problem);
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
}

void ScenarioDetailsEditor::showDocumentText()
{
    const QString name = QString::fromStdString(m_document->scenario().name);
    if (name != m_documentName || m_nameProblem.isEmpty()) {
        m_documentName = name;
        m_nameProblem.clear();
        if (m_name->text() != name) {
            const QSignalBlocker blocker(m_name);
            m_name->setText(name);
        }
    }
    const QString note = QString::fromStdString(m_document->scenario().note);
    if (note != m_documentNote || m_noteProblem.isEmpty()) {
        m_documentNote = note;
        m_noteProblem.clear();
        if (m_note->toPlainText() != note) {
            const QSignalBlocker blocker(m_note);
            m_note->setPlainText(note);
        }
    }
    showProblems();
}

} // namespace pledgecheck
