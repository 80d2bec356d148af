#pragma once

#include "fit.h"
#include "scenario.h"

#include <QDialog>

#include <optional>
#include <utility>
#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace pledgecheck {

/// Fit to reported data (docs/model.md, "Fitting to reported data"): a check box for each
/// real-valued parameter (the yearly seller growth checked at first), Fit, which shows the
/// fitted values, how far the projection then stands from the reports and every warning, and
/// Apply, which takes the fitted values. The dialog changes nothing itself: the caller applies
/// fittedValues() as one undo step.
class FitDialog : public QDialog
{
    Q_OBJECT

public:
    FitDialog(const Scenario &scenario, QWidget *parent = nullptr);

    /// The parameters checked, in the order of the parameter table.
    std::vector<ParameterId> chosen() const;
    /// Runs the fit of the parameters checked; Apply is enabled when it moved one.
    void fit();
    /// The values of the last fit, each parameter it moved: what Apply takes.
    std::vector<std::pair<ParameterId, double>> fittedValues() const;
    /// The text under the check boxes: the last fit's values and warnings, or why there is none.
    QString resultText() const;

private:
    void forgetFit();

    Scenario m_scenario;
    std::vector<std::pair<ParameterId, QCheckBox *>> m_boxes;
    QPushButton *m_fitButton;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    std::optional<FitResult> m_fit;
};

} // namespace pledgecheck
