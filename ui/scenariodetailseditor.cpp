#include "scenariodetailseditor.h"

#include "scenariodocument.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace pledgecheck {

ScenarioDetailsEditor::ScenarioDetailsEditor(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
{
    m_name->setObjectName(QStringLiteral("scenarioName"));
    m_note->setObjectName(QStringLiteral("scenarioNote"));
    m_name->setPlaceholderText(tr("Scenario name"));
    m_note->setPlaceholderText(tr("Assumptions and their sources"));
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Name"), m_name);
    layout->addRow(tr("N&ote"), m_note);

    connect(m_name, &QLineEdit::textEdited, document, &ScenarioDocument::changeName);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        m_document->changeNote(m_note->toPlainText());
    });
    connect(document, &ScenarioDocument::nameOrNoteChanged, this,
            &ScenarioDetailsEditor::showDocumentText);
    showDocumentText();
}

void ScenarioDetailsEditor::showDocumentText()
{
    const QString name = QString::fromStdString(m_document->scenario().name);
    if (m_name->text() != name) {
        const QSignalBlocker blocker(m_name);
        m_name->setText(name);
    }
    const QString note = QString::fromStdString(m_document->scenario().note);
    if (m_note->toPlainText() != note) {
        const QSignalBlocker blocker(m_note);
        m_note->setPlainText(note);
    }
}

} // namespace pledgecheck
