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
class TrackSlider;

/// The editor of one parameter, generated from its descriptor: a slider and an exact spin box
/// (a combo box for a choice, a month field for a month) and a reset-to-default button, with the
/// default's source as tooltip. The slider's track spans the parameter's plausible range, the
/// number field its whole valid range; a number out of that range is refused with a message
/// under the row. Edits go to the document as undo commands; the editor follows the document. The
/// parameter panel lays out its widgets in a grid row, and the message in the row below.
class ParameterEditor : public QObject
{
    Q_OBJECT

public:
    ParameterEditor(const ParameterDescriptor &descriptor, ScenarioDocument *document,
                    QWidget *parent);

    QLabel *label() const { return m_label; }
    /// The slider, or none for a choice or a month.
    QSlider *slider() const;
    /// The spin box, combo box or month field.
    QWidget *valueEditor() const { return m_valueEditor; }
    QToolButton *resetButton() const { return m_reset; }
    /// Opens the distribution editor; none for a parameter that cannot be uncertain.
    QToolButton *uncertaintyButton() const { return m_uncertainty; }
    /// Why a typed number was refused, naming the valid range; hidden until one is.
    QLabel *message() const { return m_message; }

    /// Shows the document's current value.
    void showDocumentValue();

    /// The ends of the slider's track: the parameter's plausible range (ParameterDescriptor::
    /// sliderMinimum, sliderMaximum), or its valid range where the table gives none.
    double trackMinimum() const;
    double trackMaximum() const;
    /// Slider position (0 ... sliderPositions()) for @p value, pinned to the track's ends, and
    /// back, rounded to a value an analyst would type (the step, or three significant digits on a
    /// log scale). A linear track has one position per step; a log one kLogSliderPositions.
    int sliderPosition(double value) const;
    double valueAtSliderPosition(int position) const;
    int sliderPositions() const;
    static constexpr int kLogSliderPositions = 1000;

private:
    void createNumberEditors(QWidget *parent);
    void commit(double value, int editSession = 0);
    void refuseTyped(double shown);
    void showTrackEnd(double value);
    bool logTrack() const;
    QString rangeOfTrackText() const;
    void editDistribution();
    void showDocumentDistribution();
    double displayFactor() const;

    const ParameterDescriptor &m_descriptor;
    ScenarioDocument *m_document;
    QLabel *m_label = nullptr;
    TrackSlider *m_slider = nullptr;
    QDoubleSpinBox *m_spinBox = nullptr;
    QComboBox *m_comboBox = nullptr;
    QDateEdit *m_monthEdit = nullptr;
    QWidget *m_valueEditor = nullptr;
    QToolButton *m_reset = nullptr;
    QToolButton *m_uncertainty = nullptr;
    QLabel *m_message = nullptr;
    QString m_tooltip; ///< the row's tooltip: the default, the valid range and the source
    int stepSession();

    int m_dragSession = 0;
    int m_stepSession = 0;      ///< the run of arrow-key or page steps under way
    QElapsedTimer m_lastStep;
    std::optional<Distribution> m_shownDistribution;
    bool m_shownHeld = false; ///< whether the tooltip says the draws hold the parameter
    std::optional<double> m_shownValue; // what the widgets show, so a redraw happens only on change
};

} // namespace pledgecheck
