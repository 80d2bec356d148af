#include "parametereditor.h"

#include "distributiondialog.h"
#include "numberspinbox.h"
#include "palettecolors.h"
#include "parametertable.h"
#include "scenariodocument.h"
#include "trackslider.h"
#include "valuetext.h"
#include "yearmonth.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <cmath>

namespace pledgecheck {
namespace {

QDate firstDayOf(double monthIndex)
{
    const YearMonth month = YearMonth::fromIndex(static_cast<int>(std::lround(monthIndex)));
    return QDate(month.year, month.month, 1);
}

// The multiple of @p unit nearest @p value, as the analyst would type it: 0.36, not
// 36 x 0.01 = 0.36000000000000004.
double roundToMultiple(double value, double unit)
{
    if (unit < 1.0) {
        const double perUnit = std::round(1.0 / unit);
        return std::round(value * perUnit) / perUnit;
    }
    return std::round(value / unit) * unit;
}

} // namespace

ParameterEditor::ParameterEditor(const ParameterDescriptor &descriptor, ScenarioDocument *document,
                                 QWidget *parent)
    : QObject(parent)
    , m_descriptor(descriptor)
    , m_document(document)
{
    const QString key = modelText(descriptor.key);
    m_label = new QLabel(labelText(descriptor), parent);

    switch (descriptor.kind) {
    case ParameterKind::Choice:
        m_comboBox = new QComboBox(parent);
        for (int i = 0; i < static_cast<int>(descriptor.choices.size()); ++i)
            m_comboBox->addItem(choiceText(descriptor, i));
        connect(m_comboBox, &QComboBox::activated, this, [this](int index) { commit(index); });
        m_valueEditor = m_comboBox;
        break;
    case ParameterKind::Month:
        m_monthEdit = new QDateEdit(parent);
        m_monthEdit->setDisplayFormat(monthFormat());
        m_monthEdit->setDateRange(firstDayOf(descriptor.minimum), firstDayOf(descriptor.maximum));
        m_monthEdit->setKeyboardTracking(false);
        connect(m_monthEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
            commit(YearMonth{date.year(), date.month()}.toIndex());
        });
        m_valueEditor = m_monthEdit;
        break;
    case ParameterKind::Real:
    case ParameterKind::Integer:
        createNumberEditors(parent);
        break;
    }
    m_label->setBuddy(m_valueEditor);

    m_reset = new QToolButton(parent);
    m_reset->setText(QStringLiteral("\u21BA")); // anticlockwise open circle arrow
    m_reset->setAutoRaise(true);
    m_reset->setToolTip(tr("Reset to the default, %1").arg(valueText(descriptor, descriptor.defaultValue)));
    connect(m_reset, &QToolButton::clicked, this, [this] { commit(m_descriptor.defaultValue); });

    m_tooltip
        = tr("<p><b>%1</b> <code>%2</code></p><p>Default %3 (valid %4).</p><p>%5</p>")
              .arg(labelText(descriptor).toHtmlEscaped(), key,
                   valueText(descriptor, descriptor.defaultValue).toHtmlEscaped(),
                   rangeText(descriptor).toHtmlEscaped(), sourceText(descriptor).toHtmlEscaped());
    for (QWidget *widget : {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_slider),
                            m_valueEditor}) {
        if (widget)
            widget->setToolTip(m_tooltip);
    }
    // Named for screen readers by the parameter; the slider's description speaks its value
    // (showDocumentValue()), as its own accessible value is a bare track position.
    const QString name = labelText(descriptor);
    if (m_slider)
        m_slider->setAccessibleName(name);
    m_valueEditor->setAccessibleName(name);
    m_valueEditor->setAccessibleDescription(tr("Valid %1").arg(rangeText(descriptor)));
    m_reset->setAccessibleName(tr("Reset %1").arg(name));
    m_reset->setAccessibleDescription(m_reset->toolTip());
    m_label->setObjectName(QStringLiteral("label_") + key);
    m_valueEditor->setObjectName(QStringLiteral("value_") + key);
    m_reset->setObjectName(QStringLiteral("reset_") + key);

    m_message = new QLabel(parent);
    m_message->setObjectName(QStringLiteral("message_") + key);
    m_message->setWordWrap(true);
    QPalette warning = m_message->palette();
    // The distribution dialog's warning colour.
    warning.setColor(QPalette::WindowText, warningColor(warning));
    m_message->setPalette(warning);
    m_message->hide();

    // Any real parameter but the pledge itself (a pledge is a fixed number) may be uncertain.
    if (descriptor.kind == ParameterKind::Real && descriptor.id != ParameterId::TargetJobs) {
        m_uncertainty = new QToolButton(parent);
        m_uncertainty->setText(QStringLiteral("~"));
        m_uncertainty->setAutoRaise(true);
        m_uncertainty->setCheckable(true); // checked: uncertain
        m_uncertainty->setObjectName(QStringLiteral("uncertainty_") + key);
        m_uncertainty->setAccessibleName(tr("Uncertainty of %1").arg(labelText(descriptor)));
        connect(m_uncertainty, &QToolButton::clicked, this, &ParameterEditor::editDistribution);
    }
    showDocumentValue();
}

void ParameterEditor::editDistribution()
{
    const Scenario &scenario = m_document->scenario();
    DistributionDialog dialog(m_descriptor, scenario.uncertainty[m_descriptor.id],
                              scenario.parameters[m_descriptor.id], m_uncertainty->window());
    if (dialog.exec() == QDialog::Accepted)
        m_document->changeDistribution(m_descriptor.id, dialog.distribution());
    showDocumentDistribution(); // a click toggled the button: show the document's state again
}

void ParameterEditor::showDocumentDistribution()
{
    if (!m_uncertainty)
        return;
    const Uncertainty &uncertainty = m_document->scenario().uncertainty;
    const Distribution &distribution = uncertainty[m_descriptor.id];
    // Churn is held while growth is drawn: its own range stays in the file but moves no draw.
    const bool held = uncertainty.isHeld(m_descriptor.id);
    if (m_shownDistribution == distribution && m_shownHeld == held
        && m_uncertainty->isChecked() == !distribution.isFixed())
        return; // as shown (the check also restores the button after a click)
    m_shownDistribution = distribution;
    m_shownHeld = held;
    m_uncertainty->setChecked(!distribution.isFixed());
    const QString text = distributionText(m_descriptor, distribution);
    m_uncertainty->setAccessibleDescription(text);
    m_uncertainty->setToolTip(
        held ? tr("Uncertainty: %1. Held at its value in the draws while yearly seller growth is drawn: "
                  "growth's range is already one of net growth (docs/model.md, \"One net growth\"). "
                  "Click to edit.")
                   .arg(text)
             : tr("Uncertainty: %1. Click to edit.").arg(text));
}

void ParameterEditor::createNumberEditors(QWidget *parent)
{
    const ParameterDescriptor &d = m_descriptor;
    const double factor = displayFactor();

    m_slider = new TrackSlider(parent);
    m_slider->setRange(0, sliderPositions());
    // An arrow key moves the thumb a hundredth of the track at least, so that it visibly moves
    // (one step of 0.1 hires on a track of 0 to 100 moved it a fifth of a pixel).
    m_slider->setSingleStep(std::max(1, sliderPositions() / 100));
    m_slider->setPageStep(std::max(1, sliderPositions() / 20));
    m_slider->setObjectName(QStringLiteral("slider_") + modelText(d.key));
    // A log track has no one step: its positions lie further apart as the value grows.
    m_slider->setShownScale(trackMinimum() * factor, trackMaximum() * factor, logTrack() ? 0.0 : d.step * factor,
                            [this](double shown) { return sliderPosition(shown / displayFactor()); });
    // One drag is one edit session, so it undoes as one step.
    connect(m_slider, &QSlider::sliderPressed, this,
            [this] { m_dragSession = ScenarioDocument::beginEditSession(); });
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        m_dragSession = 0;
        m_shownValue.reset(); // settle the handle on the value the drag left
        showDocumentValue();
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        if (m_slider->isSliderDown()) {
            commit(valueAtSliderPosition(position), m_dragSession);
            return;
        }
        commit(valueAtSliderPosition(position), stepSession());
        // A pause is the user's, from the end of this step: the time the step itself took (the
        // model and the Monte Carlo run, slow in a debug build) does not part one run of steps.
        m_lastStep.restart();
    });

    auto *spinBox = new NumberSpinBox(parent);
    m_spinBox = spinBox;
    // Decimals enough for a tenth of a step: 36.5 %, 1.25 workers, whole sellers and dollars.
    const double shownStep = d.step * factor;
    const bool fractionalStep = shownStep < 1.0 || d.percent;
    m_spinBox->setDecimals(d.kind == ParameterKind::Integer ? 0
                           : std::max(0, static_cast<int>(std::ceil(-std::log10(shownStep))))
                                 + (fractionalStep ? 1 : 0));
    m_spinBox->setRange(d.minimum * factor, d.maximum * factor);
    m_spinBox->setSingleStep(d.step * factor);
    spinBox->setUnits(unitSuffix(d, 1), unitSuffix(d));
    m_spinBox->setKeyboardTracking(false); // commit on Enter or focus out, not on every key
    m_spinBox->setAccelerated(true);
    m_spinBox->setMinimumWidth(140);
    m_spinBox->setAlignment(Qt::AlignRight);
    connect(m_spinBox, &QDoubleSpinBox::valueChanged, this,
            [this](double shown) { commit(shown / displayFactor()); });
    connect(spinBox, &NumberSpinBox::refused, this, &ParameterEditor::refuseTyped);
    m_valueEditor = m_spinBox;
}

// Arrow keys, Page Up/Down and holding the mouse on the groove move the slider in steps. A run of
// steps with no pause of more than a moment undoes as one, as a drag does.
int ParameterEditor::stepSession()
{
    constexpr qint64 kPauseMs = 600;
    if (!m_lastStep.isValid() || m_lastStep.elapsed() > kPauseMs)
        m_stepSession = ScenarioDocument::beginEditSession();
    return m_stepSession;
}

double ParameterEditor::displayFactor() const
{
    return m_descriptor.percent ? 100.0 : 1.0;
}

void ParameterEditor::commit(double value, int editSession)
{
    // A value in range may still be refused by the document (a horizon that would leave an event
    // outside the scenario): its reason, caught for this edit alone, shows under the row as well
    // as in the status bar.
    QString problem;
    const auto connection = connect(m_document, &ScenarioDocument::editRefused, this,
                                    [&problem](const QString &reason) { problem = reason; });
    const bool taken = m_document->changeParameter(m_descriptor.id, value, editSession);
    disconnect(connection);
    if (!taken) {
        m_shownValue.reset(); // the widget shows the refused value: show the document's again
        showDocumentValue();
        m_message->setText(problem);
        m_message->setVisible(!problem.isEmpty());
        return;
    }
    m_message->hide();
}

// The spin box has already gone back to the document's value; this says why, under the row,
// until the next value is taken.
void ParameterEditor::refuseTyped(double shown)
{
    m_message->setText(tr("%1 is outside the valid range, %2: not applied.")
                           .arg(valueText(m_descriptor, shown / displayFactor()),
                                rangeText(m_descriptor)));
    m_message->show();
}

QSlider *ParameterEditor::slider() const
{
    return m_slider;
}

// A value beyond the track pins the thumb at that end; the thumb and its tooltip say so.
void ParameterEditor::showTrackEnd(double value)
{
    const auto beyond = value < trackMinimum()   ? TrackSlider::Beyond::BelowTrack
                        : value > trackMaximum() ? TrackSlider::Beyond::AboveTrack
                                                 : TrackSlider::Beyond::No;
    m_slider->setBeyond(beyond);
    if (beyond == TrackSlider::Beyond::No) {
        m_slider->setToolTip(m_tooltip);
        return;
    }
    m_slider->setToolTip(
        tr("<p><b>%1 is beyond the slider</b>, which spans %2; type a value to change it, or drag "
           "to come back onto the track.</p>")
            .arg(valueText(m_descriptor, value).toHtmlEscaped(),
                 rangeOfTrackText().toHtmlEscaped())
        + m_tooltip);
}

void ParameterEditor::showDocumentValue()
{
    const double value = m_document->scenario().parameters[m_descriptor.id];
    // Every editor hears of every change; only the changed one redraws (a slider step is
    // measured in milliseconds, and repainting fifteen rows costs several).
    showDocumentDistribution();
    if (m_shownValue == value && !(m_slider && m_slider->isSliderDown()))
        return;
    m_shownValue = value;
    if (m_slider && !m_slider->isSliderDown()) {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(sliderPosition(value));
    }
    if (m_slider) {
        showTrackEnd(value);
        m_slider->setAccessibleDescription(valueText(m_descriptor, value));
        m_slider->setShownValue(valueText(m_descriptor, value), value * displayFactor());
    }
    m_message->hide(); // it spoke of the value before this one
    if (m_spinBox) {
        const QSignalBlocker blocker(m_spinBox);
        m_spinBox->setValue(value * displayFactor());
    }
    if (m_comboBox) {
        const QSignalBlocker blocker(m_comboBox);
        m_comboBox->setCurrentIndex(static_cast<int>(std::lround(value)));
    }
    if (m_monthEdit) {
        const QSignalBlocker blocker(m_monthEdit);
        m_monthEdit->setDate(firstDayOf(value));
    }
    m_reset->setEnabled(value != m_descriptor.defaultValue);
}

double ParameterEditor::trackMinimum() const
{
    return m_descriptor.sliderMinimum.value_or(m_descriptor.minimum);
}

double ParameterEditor::trackMaximum() const
{
    return m_descriptor.sliderMaximum.value_or(m_descriptor.maximum);
}

QString ParameterEditor::rangeOfTrackText() const
{
    return tr("%1 to %2").arg(valueNumberText(m_descriptor, trackMinimum()),
                              valueText(m_descriptor, trackMaximum()));
}

bool ParameterEditor::logTrack() const
{
    return m_descriptor.logScale && trackMinimum() > 0;
}

int ParameterEditor::sliderPositions() const
{
    if (logTrack())
        return kLogSliderPositions;
    return static_cast<int>(std::lround((trackMaximum() - trackMinimum()) / m_descriptor.step));
}

int ParameterEditor::sliderPosition(double value) const
{
    const double low = trackMinimum(), high = trackMaximum();
    const double onTrack = std::clamp(value, low, high);
    const double fraction = logTrack() ? std::log(onTrack / low) / std::log(high / low)
                                       : (onTrack - low) / (high - low);
    return static_cast<int>(std::lround(fraction * sliderPositions()));
}

double ParameterEditor::valueAtSliderPosition(int position) const
{
    const double low = trackMinimum(), high = trackMaximum();
    const double fraction = static_cast<double>(position) / sliderPositions();
    double value;
    if (logTrack()) {
        value = low * std::pow(high / low, fraction);
        value = roundToMultiple(value, std::pow(10.0, std::floor(std::log10(value)) - 2));
    } else {
        value = roundToMultiple(low + position * m_descriptor.step, m_descriptor.step);
    }
    return std::clamp(value, low, high);
}

} // namespace pledgecheck
