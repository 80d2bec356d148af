#include "parameterpanel.h"

#include "parametereditor.h"
#include "parametertable.h"
#include "scenariodocument.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace pledgecheck {
namespace {

QString groupTitle(ParameterGroup group)
{
    switch (group) {
    case ParameterGroup::Sellers:
        return QCoreApplication::translate("ParameterPanel", "Sellers");
    case ParameterGroup::Hiring:
        return QCoreApplication::translate("ParameterPanel", "Hiring");
    case ParameterGroup::WiderEffects:
        return QCoreApplication::translate("ParameterPanel", "Wider effects");
    case ParameterGroup::Pledge:
        return QCoreApplication::translate("ParameterPanel", "Pledge");
    }
    return {};
}

} // namespace

ParameterPanel::ParameterPanel(ScenarioDocument *document, QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("parameterPanel"));
    setAccessibleName(tr("Parameters"));
    // No Tab stop of its own, before the first parameter, where the focus would be unseen: the
    // panel scrolls to whichever of its controls has the focus.
    setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);

    QGroupBox *group = nullptr;
    QGridLayout *grid = nullptr;
    std::optional<ParameterGroup> currentGroup;
    for (const ParameterDescriptor &d : parameterTable()) {
        if (d.group != currentGroup) {
            currentGroup = d.group;
            group = new QGroupBox(groupTitle(d.group), content);
            grid = new QGridLayout(group);
            grid->setColumnStretch(1, 1);
            layout->addWidget(group);
        }
        auto *editor = new ParameterEditor(d, document, group);
        const int row = grid->rowCount();
        grid->addWidget(editor->label(), row, 0);
        if (editor->slider())
            grid->addWidget(editor->slider(), row, 1);
        grid->addWidget(editor->valueEditor(), row, editor->slider() ? 2 : 1, 1,
                        editor->slider() ? 1 : 2);
        grid->addWidget(editor->resetButton(), row, 3);
        if (editor->uncertaintyButton())
            grid->addWidget(editor->uncertaintyButton(), row, 4);
        // Under the slider and the number, the line that says why a typed value was refused; a
        // hidden row takes no room.
        grid->addWidget(editor->message(), row + 1, 1, 1, 4);
        m_editors.push_back(editor);
    }
    layout->addStretch();
    setWidget(content);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(content->sizeHint().width() + 24);

    connect(document, &ScenarioDocument::resultsChanged, this,
            [this](ScenarioDocument::ResultsChange change) {
                if (change == ScenarioDocument::ResultsChange::All)
                    showDocumentValues(); // refined draws move no value
            });
}

void ParameterPanel::showDocumentValues()
{
    for (ParameterEditor *editor : m_editors)
        editor->showDocumentValue();
}

} // namespace pledgecheck
