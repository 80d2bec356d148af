#pragma once

#include "distribution.h"
#include "parameterdescriptor.h"

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QAbstractSpinBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QToolButton;

namespace pledgecheck {

class ScenarioDocument;

/// The editor of one parameter, generated from its descriptor: a slider and an exact spin box
/// (a combo box for a choice, a month field for a month) and a reset-to-default button, with the
/// default's source as tooltip. Edits go to the document as undo commands; the editor follows the
/// document. The parameter panel lays out its widgets in a grid row.
class ParameterEditor : public QObject
{
    Q_OBJECT

public:
    ParameterEditor(const ParameterDescriptor &descriptor, ScenarioDocument *document,
                    QWidget *parent);

    QLabel *label() const { return m_label; }
    /// The slider, or none for a choice or a month.
    QSlider *slider() const { return m_slider; }
    /// The spin box, combo box or month field.
    QWidget *valueEditor() const { return m_valueEditor; }
    QToolButton *resetButton() const { return m_reset; }
    /// Opens the distribution editor; none for a parameter that cannot be uncertain.
    QToolButton *uncertaintyButton() const { return m_uncertainty; }

    /// Shows the document's current value.
    void showDocumentValue();

    /// Slider position (0 ... kSliderPositions) for @p value, and back, rounded to a value an
    /// analyst would type (the step, or three significant digits on a log scale).
    int sliderPosition(double value) const;
    double valueAtSliderPosition(int position) const;
    static constexpr int kSliderPositions = 1000;

private:
    void createNumberEditors(QWidget *parent);
    void commit(double value, int editSession = 0);
    void editDistribution();
    void showDocumentDistribution();
    double displayFactor() const;

    const ParameterDescriptor &m_descriptor;
    ScenarioDocument *m_document;
    QLabel *m_label = nullptr;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_spinBox = nullptr;
    QComboBox *m_comboBox = nullptr;
    QDateEdit *m_monthEdit = nullptr;
    QWidget *m_valueEditor = nullptr;
    QToolButton *m_reset = nullptr;
    QToolButton *m_uncertainty = nullptr;
    int stepSession();

    int m_dragSession = 0;
    int m_stepSession = 0;      ///< the run of arrow-key or page steps under way
    QElapsedTimer m_lastStep;
    std::optional<Distribution> m_shownDistribution;
    std::optional<double> m_shownValue; // what the widgets show, so a redraw happens only on change
};

} // namespace pledgecheck
