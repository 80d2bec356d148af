#include "distributiondialog.h"

#include "densitypreview.h"
#include "distributionkinds.h"
#include "messagetext.h"
#include "numberspinbox.h"
#include "palettecolors.h"
#include "valuetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pledgecheck {
DistributionDialog::DistributionDialog(const ParameterDescriptor &descriptor,
                                       const Distribution &current, double value, QWidget *parent)
    : QDialog(parent)
    , m_descriptor(descriptor)
    , m_value(value)
{
    setWindowTitle(tr("Uncertainty of %1").arg(labelText(descriptor)));
    setObjectName(QStringLiteral("distributionDialog"));

    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("distributionKind"));
    for (const DistributionKindInfo &kind : distributionKinds())
        m_kind->addItem(translatedModelText("Distribution", kind.label),
                        static_cast<int>(kind.kind));
    form->addRow(tr("&Kind"), m_kind);
    const double span = descriptor.maximum - descriptor.minimum;
    for (std::size_t i = 0; i < m_numbers.size(); ++i) {
        auto *number = new NumberSpinBox(this);
        number->setObjectName(QStringLiteral("distributionNumber%1").arg(i));
        // Anything in the valid range, and a standard deviation up to the range's width: a value
        // outside is refused as it is typed.
        number->setRange(std::min(descriptor.minimum, 0.0) * factor(),
                         std::max(descriptor.maximum, span) * factor());
        number->setDecimals(descriptor.percent ? 2 : 4);
        number->setSingleStep(descriptor.step * factor());
        number->setUnits(unitSuffix(descriptor, 1), unitSuffix(descriptor));
        number->setKeyboardTracking(true); // the preview follows each key
        number->setMinimumWidth(160);
        connect(number, &QDoubleSpinBox::valueChanged, this, &DistributionDialog::numbersChanged);
        connect(number, &NumberSpinBox::refused, this, [this, number](double typed) {
            m_problem->setText(tr("%1 is outside what this number may be, %2 to %3; it was not "
                                  "taken.")
                                   .arg(valueText(m_descriptor, typed / factor()),
                                        valueText(m_descriptor, number->minimum() / factor()),
                                        valueText(m_descriptor, number->maximum() / factor())));
            m_problem->show();
        });
        m_numbers[i] = number;
        m_labels[i] = new QLabel(this);
        m_labels[i]->setBuddy(number);
        form->addRow(m_labels[i], number);
    }

    m_preview = new DensityPreview(this);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("distributionProblem"));
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, warningColor(warning));
    m_problem->setPalette(warning);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *note = new QLabel(tr("The parameter's value is the centre of its distribution: the "
                               "midpoint, the most likely value, the mean or the median. Draws "
                               "are kept to the valid range, %1.")
                                .arg(rangeText(descriptor)),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(current.kind)));
    m_shownKind = current.kind;
    if (current.isFixed())
        suggestNumbers(DistributionKind::Fixed, m_value, defaultSpread());
    else
        setNumbers({current.a, current.b, current.c});
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DistributionDialog::kindChanged);
    kindChanged();
    // Opened to change the uncertainty: start on the kind, so arrow keys pick one at once.
    m_kind->setFocus();
}

DistributionKind DistributionDialog::chosenKind() const
{
    return static_cast<DistributionKind>(m_kind->currentData().toInt());
}

void DistributionDialog::kindChanged()
{
    const DistributionKind kind = chosenKind();
    const std::span<const DistributionNumber> numbers = kindInfo(kind).numbers();
    for (std::size_t i = 0; i < m_numbers.size(); ++i) {
        const bool used = i < numbers.size();
        m_labels[i]->setVisible(used);
        m_numbers[i]->setVisible(used);
        if (used)
            m_labels[i]->setText(translatedModelText("Distribution", numbers[i].label)
                                 + QLatin1Char(':'));
    }
    if (kind != m_shownKind) {
        // The numbers were made for the kind before: read as the new kind they would mean
        // something else (triangular 30/35/40 read as a lognormal is median 30, p90 35, and
        // moved the value from 35 % to 30 %). Keep its centre and spread instead.
        const Distribution before = entered(m_shownKind);
        const bool keep = !before.isFixed() && !problemOf(before);
        const double centre = keep ? before.centre() : m_value;
        const double spread = keep ? (before.highEnd(m_descriptor.minimum, m_descriptor.maximum)
                                      - before.lowEnd(m_descriptor.minimum, m_descriptor.maximum))
                                         / 2
                                   : defaultSpread();
        suggestNumbers(kind, centre, spread > 0 ? spread : defaultSpread());
        m_shownKind = kind;
    }
    numbersChanged();
}

double DistributionDialog::defaultSpread() const
{
    return std::max(std::abs(m_value) * 0.25, (m_descriptor.maximum - m_descriptor.minimum) * 0.02);
}

void DistributionDialog::suggestNumbers(DistributionKind kind, double centre, double spread)
{
    const ParameterDescriptor &d = m_descriptor;
    // Widths are rounded to what the boxes show, so that they read as typed; the centre is kept
    // exactly, since it is the parameter's value.
    const double unit = std::pow(10.0, -m_numbers[0]->decimals()) / factor();
    const auto shown = [unit](double width) {
        return std::max(unit, std::round(width / unit) * unit);
    };
    // Half-widths whose 90th percentile lies @p spread above the centre (symmetric kinds): a
    // uniform's p90 is 0.8 of its half-width above its middle, a symmetric triangle's
    // 1 - sqrt(0.2) = 0.553, a normal's 1.2816 sd.
    constexpr double kUniformP90 = 0.8, kTriangularP90 = 0.5527864045, kNormalP90 = 1.2815515655;
    std::array<double, 3> numbers{};
    switch (kind) {
    case DistributionKind::Fixed: numbers = {centre, 0, 0}; break;
    case DistributionKind::Uniform: {
        // Clipped evenly, so that the midpoint stays the centre.
        const double half =
            std::min({shown(spread / kUniformP90), centre - d.minimum, d.maximum - centre});
        double low = centre - half, high = centre + half;
        // (low + high) / 2 can round an ulp off the centre: nudge the high end until it does not.
        for (int i = 0; i < 4 && (low + high) / 2 != centre; ++i)
            high = std::nextafter(high, (low + high) / 2 < centre ? d.maximum + 1 : d.minimum - 1);
        numbers = {low, high, 0};
        break;
    }
    case DistributionKind::Triangular: {
        const double half = shown(spread / kTriangularP90);
        numbers = {std::max(d.minimum, centre - half), centre, std::min(d.maximum, centre + half)};
        break;
    }
    case DistributionKind::Normal: numbers = {centre, shown(spread / kNormalP90), 0}; break;
    case DistributionKind::LogNormal: numbers = {centre, centre + shown(spread), 0}; break;
    }
    setNumbers(numbers);
}

void DistributionDialog::setNumbers(const std::array<double, 3> &numbers)
{
    for (std::size_t i = 0; i < m_numbers.size(); ++i) {
        const QSignalBlocker blocker(m_numbers[i]);
        m_numbers[i]->setValue(numbers[i] * factor());
        m_exact[i] = numbers[i];
        m_exactShown[i] = m_numbers[i]->value();
    }
}

double DistributionDialog::number(std::size_t i) const
{
    const double shown = m_numbers[i]->value();
    return shown == m_exactShown[i] ? m_exact[i] : shown / factor();
}

double DistributionDialog::valueAfter() const
{
    const Distribution d = distribution();
    return d.isFixed() ? m_value : d.centre();
}

Distribution DistributionDialog::distribution() const
{
    return entered(chosenKind());
}

Distribution DistributionDialog::entered(DistributionKind kind) const
{
    // The numbers the kind takes, as many as it takes; the others 0, as a file reads them.
    std::array<double, 3> numbers{};
    for (std::size_t i = 0; i < kindInfo(kind).numbers().size(); ++i)
        numbers[i] = number(i);
    return {kind, numbers[0], numbers[1], numbers[2]};
}

std::optional<QString> DistributionDialog::problem() const
{
    return problemOf(distribution());
}

std::optional<QString> DistributionDialog::problemOf(const Distribution &d) const
{
    const auto shown = [this](double v) { return valueText(m_descriptor, v); };
    // In the window's units first, for the slips a person makes while typing.
    switch (d.kind) {
    case DistributionKind::Fixed: return std::nullopt;
    case DistributionKind::Uniform:
        if (d.a > d.b)
            return tr("The low end, %1, is above the high end, %2.").arg(shown(d.a), shown(d.b));
        break;
    case DistributionKind::Triangular:
        if (d.a > d.b || d.b > d.c)
            return tr("Low %1, most likely %2 and high %3 must come in that order.")
                .arg(shown(d.a), shown(d.b), shown(d.c));
        break;
    case DistributionKind::Normal:
        if (!(d.b > 0))
            return tr("The standard deviation must be above 0.");
        break;
    case DistributionKind::LogNormal:
        if (!(d.a > 0) || !(d.b > d.a))
            return tr("The median must be above 0 and the 90th percentile above the median.");
        break;
    }
    if (d.centre() < m_descriptor.minimum || d.centre() > m_descriptor.maximum)
        return tr("Its centre, %1, is outside the valid range, %2.")
            .arg(shown(d.centre()), rangeText(m_descriptor));
    if (const auto modelProblem = d.check(m_descriptor))
        return messageText(*modelProblem);
    return std::nullopt;
}

void DistributionDialog::numbersChanged()
{
    const std::optional<QString> why = problem();
    m_problem->setText(why.value_or(QString()));
    m_problem->setVisible(why.has_value());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!why);
    if (why)
        m_preview->setMessage(tr("No distribution to draw"));
    else
        m_preview->setDistribution(m_descriptor, distribution(), valueAfter());
}

} // namespace pledgecheck
