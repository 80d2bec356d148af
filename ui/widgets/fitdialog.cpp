#include "fitdialog.h"

#include "figuretext.h"
#include "messagetext.h"
#include "parametertable.h"
#include "valuetext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace pledgecheck {

FitDialog::FitDialog(const Scenario &scenario, QWidget *parent)
    : QDialog(parent)
    , m_scenario(scenario)
    , m_fitButton(new QPushButton(tr("&Fit"), this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Fit to Reported Data"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Check the parameters whose values should bring the projection closest to the "
                                "scenario's reported figures (%1), on the logarithms of the values.")
                                 .arg(scenario.observations.size()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    int row = 0;
    for (const ParameterDescriptor &d : parameterTable()) {
        if (d.kind != ParameterKind::Real)
            continue;
        auto *box = new QCheckBox(labelText(d), this);
        box->setObjectName(QStringLiteral("fit_") + modelText(d.key));
        box->setChecked(d.id == ParameterId::AnnualGrowthRate);
        box->setToolTip(tr("Now %1; valid from %2").arg(valueText(d, scenario.parameters[d.id]), rangeText(d)));
        connect(box, &QCheckBox::toggled, this, &FitDialog::forgetFit);
        grid->addWidget(box, row / 2, row % 2);
        m_boxes.emplace_back(d.id, box);
        ++row;
    }
    layout->addLayout(grid);
    m_fitButton->setObjectName(QStringLiteral("fitButton"));
    layout->addWidget(m_fitButton, 0, Qt::AlignLeft);
    m_result->setObjectName(QStringLiteral("fitResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    connect(m_fitButton, &QPushButton::clicked, this, &FitDialog::fit);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    forgetFit();
}

std::vector<ParameterId> FitDialog::chosen() const
{
    std::vector<ParameterId> ids;
    for (const auto &[id, box] : m_boxes)
        if (box->isChecked())
            ids.push_back(id);
    return ids;
}

void FitDialog::forgetFit()
{
    m_fit.reset();
    const auto problem = fitProblem(chosen(), m_scenario.observations, m_scenario.parameters);
    m_result->setText(problem ? messageText(*problem) : QString());
    m_fitButton->setEnabled(!problem);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
}

void FitDialog::fit()
{
    const std::vector<ParameterId> ids = chosen();
    if (fitProblem(ids, m_scenario.observations, m_scenario.parameters))
        return;
    m_fit = fitToObservations(m_scenario.parameters, ids, m_scenario.observations, scenarioProjector(m_scenario));
    QStringList lines;
    for (const ParameterId id : m_fit->fitted) {
        const ParameterDescriptor &d = descriptor(id);
        lines.append(tr("%1: %2 → %3").arg(labelText(d), roundedValueText(d, m_scenario.parameters[id]),
                                            roundedValueText(d, m_fit->parameters[id])));
    }
    // e^rms: how many times off the projection then typically stands from a report.
    lines.append(tr("The projection then stands, typically, a factor of %1 from the reports (root mean square "
                    "of the log errors %2; reports used: %3).")
                     .arg(roundedCountText(std::exp(m_fit->rmsLogError)), numberText(m_fit->rmsLogError, 3))
                     .arg(m_fit->observationsUsed));
    for (const ModelMessage &warning : m_fit->warnings)
        lines.append(tr("\u26a0 %1").arg(messageText(warning)));
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(!m_fit->fitted.empty());
}

std::vector<std::pair<ParameterId, double>> FitDialog::fittedValues() const
{
    std::vector<std::pair<ParameterId, double>> values;
    if (m_fit)
        for (const ParameterId id : m_fit->fitted)
            values.emplace_back(id, m_fit->parameters[id]);
    return values;
}

QString FitDialog::resultText() const
{
    return m_result->text();
}

} // namespace pledgecheck
