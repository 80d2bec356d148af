#pragma once

#include <QScrollArea>

#include <vector>

namespace pledgecheck {

class ParameterEditor;
class ScenarioDocument;

/// Every parameter's editor, generated from the model's parameter table, in groups (Sellers,
/// Hiring, Wider effects, Pledge). Tab moves through them in order, so the keyboard reaches all.
class ParameterPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit ParameterPanel(ScenarioDocument *document, QWidget *parent = nullptr);

private:
    void showDocumentValues();

    std::vector<ParameterEditor *> m_editors;
};

} // namespace pledgecheck
