#pragma once

#include "distribution.h"
#include "parameterdescriptor.h"

#include <QDialog>

#include <array>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

namespace pledgecheck {

class DensityPreview;

/// The editor of one parameter's uncertainty: its kind (fixed, uniform, triangular, normal,
/// lognormal) and numbers in the units the window shows (percent for rates), with a preview of
/// the density and, while the numbers do not make a distribution, a line saying why (OK is then
/// disabled).
class DistributionDialog : public QDialog
{
    Q_OBJECT

public:
    /// For parameter @p descriptor, whose value is @p value, starting from @p current.
    DistributionDialog(const ParameterDescriptor &descriptor, const Distribution &current,
                       double value, QWidget *parent = nullptr);

    /// The distribution as entered, in the model's units.
    Distribution distribution() const;
    /// The parameter's value with that distribution: its centre, or the value as it was.
    double valueAfter() const;
    /// Why the numbers entered are not a distribution of this parameter, or none.
    std::optional<QString> problem() const;

private:
    void kindChanged();
    void numbersChanged();
    /// Fills the numbers with a sensible spread around the value for the kind now chosen.
    void suggestNumbers(DistributionKind kind);
    double factor() const { return m_descriptor.percent ? 100.0 : 1.0; }

    const ParameterDescriptor &m_descriptor;
    double m_value;
    QComboBox *m_kind;
    std::array<QLabel *, 3> m_labels{};
    std::array<QDoubleSpinBox *, 3> m_numbers{};
    DensityPreview *m_preview;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace pledgecheck
