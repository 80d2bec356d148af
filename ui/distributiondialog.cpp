#include "distributiondialog.h"

#include "densitypreview.h"
#include "numberspinbox.h"
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
namespace {

constexpr std::array<DistributionKind, 5> kKinds{DistributionKind::Fixed, DistributionKind::Uniform,
                                                 DistributionKind::Triangular,
                                                 DistributionKind::Normal,
                                                 DistributionKind::LogNormal};

QString kindName(DistributionKind kind)
{
    switch (kind) {
    case DistributionKind::Fixed: return QObject::tr("Fixed (no uncertainty)");
    case DistributionKind::Uniform: return QObject::tr("Uniform");
    case DistributionKind::Triangular: return QObject::tr("Triangular");
    case DistributionKind::Normal: return QObject::tr("Normal");
    case DistributionKind::LogNormal: return QObject::tr("Lognormal");
    }
    return {};
}

// The numbers each kind takes, in order (a, b, c of Distribution).
QStringList numberNames(DistributionKind kind)
{
    switch (kind) {
    case DistributionKind::Fixed: return {};
    case DistributionKind::Uniform: return {QObject::tr("Low"), QObject::tr("High")};
    case DistributionKind::Triangular:
        return {QObject::tr("Low"), QObject::tr("Most likely"), QObject::tr("High")};
    case DistributionKind::Normal: return {QObject::tr("Mean"), QObject::tr("Standard deviation")};
    case DistributionKind::LogNormal: return {QObject::tr("Median"), QObject::tr("90th percentile")};
    }
    return {};
}

} // namespace

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
    for (DistributionKind kind : kKinds)
        m_kind->addItem(kindName(kind), static_cast<int>(kind));
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
        number->setSuffix(unitSuffix(descriptor));
        number->setKeyboardTracking(true); // the preview follows each key
        number->setMinimumWidth(160);
        connect(number, &QDoubleSpinBox::valueChanged, this, &DistributionDialog::numbersChanged);
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
    warning.setColor(QPalette::WindowText, QColor(0xB0, 0x30, 0x00));
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

    m_kind->setCurrentIndex(static_cast<int>(std::find(kKinds.begin(), kKinds.end(), current.kind)
                                             - kKinds.begin()));
    if (current.isFixed()) {
        suggestNumbers(DistributionKind::Fixed);
    } else {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_numbers[0]), QSignalBlocker(m_numbers[1]),
                                           QSignalBlocker(m_numbers[2])};
        m_numbers[0]->setValue(current.a * factor());
        m_numbers[1]->setValue(current.b * factor());
        m_numbers[2]->setValue(current.c * factor());
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DistributionDialog::kindChanged);
    kindChanged();
    // Opened to change the uncertainty: start on the kind, so arrow keys pick one at once.
    m_kind->setFocus();
}

void DistributionDialog::kindChanged()
{
    const auto kind = static_cast<DistributionKind>(m_kind->currentData().toInt());
    const QStringList names = numberNames(kind);
    for (std::size_t i = 0; i < m_numbers.size(); ++i) {
        const bool used = static_cast<qsizetype>(i) < names.size();
        m_labels[i]->setVisible(used);
        m_numbers[i]->setVisible(used);
        if (used)
            m_labels[i]->setText(names[static_cast<qsizetype>(i)] + QLatin1Char(':'));
    }
    if (distribution().kind != kind || problem())
        suggestNumbers(kind);
    numbersChanged();
}

void DistributionDialog::suggestNumbers(DistributionKind kind)
{
    const ParameterDescriptor &d = m_descriptor;
    const double v = m_value;
    // A quarter of the value either side, or a fiftieth of the range where the value is 0.
    const double spread = std::max(std::abs(v) * 0.25, (d.maximum - d.minimum) * 0.02);
    const double low = std::max(d.minimum, v - spread), high = std::min(d.maximum, v + spread);
    std::array<double, 3> numbers{};
    switch (kind) {
    case DistributionKind::Fixed: numbers = {v, 0, 0}; break;
    case DistributionKind::Uniform: numbers = {low, high, 0}; break;
    case DistributionKind::Triangular: numbers = {low, v, high}; break;
    case DistributionKind::Normal: numbers = {v, spread / 2, 0}; break;
    case DistributionKind::LogNormal: numbers = {v, std::min(d.maximum, 2 * v), 0}; break;
    }
    for (std::size_t i = 0; i < m_numbers.size(); ++i) {
        const QSignalBlocker blocker(m_numbers[i]);
        m_numbers[i]->setValue(numbers[i] * factor());
    }
}

double DistributionDialog::valueAfter() const
{
    const Distribution d = distribution();
    return d.isFixed() ? m_value : d.centre();
}

Distribution DistributionDialog::distribution() const
{
    const auto kind = static_cast<DistributionKind>(m_kind->currentData().toInt());
    if (kind == DistributionKind::Fixed)
        return Distribution::fixed();
    return {kind, m_numbers[0]->value() / factor(), m_numbers[1]->value() / factor(),
            kind == DistributionKind::Triangular ? m_numbers[2]->value() / factor() : 0.0};
}

std::optional<QString> DistributionDialog::problem() const
{
    const Distribution d = distribution();
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
        return QString::fromStdString(*modelProblem);
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
