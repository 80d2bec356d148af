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
/// disabled). Changing the kind suggests numbers of the new kind with the same centre and about
/// the same spread (the same 10th to 90th percentile width), so that OK leaves the parameter's
/// value where it was unless the user changed the centre.
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
    /// Fills the numbers of @p kind centred on @p centre, with a 90th percentile @p spread above
    /// it, or as near as the valid range allows without moving the centre.
    void suggestNumbers(DistributionKind kind, double centre, double spread);
    /// The spread the numbers suggested where there is none to keep: a quarter of the value, or
    /// a fiftieth of the valid range where the value is 0.
    double defaultSpread() const;
    /// Shows @p numbers (in the model's units) and keeps them exactly while the boxes still show
    /// them: a box rounds to its decimals, and 169.76 % is not the 1.6976176... it stands for.
    void setNumbers(const std::array<double, 3> &numbers);
    /// Number @p i in the model's units: exactly as set, unless the user changed the box.
    double number(std::size_t i) const;
    /// The numbers in the boxes read as a distribution of @p kind.
    Distribution entered(DistributionKind kind) const;
    std::optional<QString> problemOf(const Distribution &d) const;
    DistributionKind chosenKind() const;
    double factor() const { return m_descriptor.percent ? 100.0 : 1.0; }

    const ParameterDescriptor &m_descriptor;
    double m_value;
    DistributionKind m_shownKind = DistributionKind::Fixed; ///< the kind the numbers were made for
    std::array<double, 3> m_exact{};      ///< the numbers as set, in the model's units
    std::array<double, 3> m_exactShown{}; ///< what the boxes showed for them
    QComboBox *m_kind;
    std::array<QLabel *, 3> m_labels{};
    std::array<QDoubleSpinBox *, 3> m_numbers{};
    DensityPreview *m_preview;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace pledgecheck
