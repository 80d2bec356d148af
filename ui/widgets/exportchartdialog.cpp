#include "exportchartdialog.h"

#include "chartpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSpinBox>

namespace pledgecheck {

ExportChartDialog::ExportChartDialog(ChartKind chart, QSize size, bool footer, QWidget *parent)
    : QDialog(parent)
    , m_chart(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_footer(new QCheckBox(tr("&Source line under the chart: scenario, version, sources"), this))
    , m_theme(new QComboBox(this))
{
    setWindowTitle(tr("Export Chart"));
    // Each chart by its tab's title; its command-line name (--chart) kept as the item's data.
    for (const QString &name : chartNames())
        m_chart->addItem(chartTitle(*chartNamed(name)), name);
    m_chart->setCurrentIndex(m_chart->findData(chartName(chart)));
    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(ChartPanel::kSmallestExportSide, ChartPanel::kLargestExportSide);
        side->setSuffix(tr(" px"));
    }
    m_width->setValue(size.width());
    m_height->setValue(size.height());

    m_footer->setObjectName(QStringLiteral("exportFooter"));
    m_footer->setChecked(footer);

    m_theme->setObjectName(QStringLiteral("exportTheme"));
    m_theme->addItem(tr("Light: on white, for print and most pages"), static_cast<int>(ChartThemeName::Light));
    m_theme->addItem(tr("Dark: on dark grey, for dark slides and pages"), static_cast<int>(ChartThemeName::Dark));

    auto *presets = new QHBoxLayout;
    for (const QSize preset : {QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)}) {
        auto *button = new QPushButton(tr("%1 x %2").arg(preset.width()).arg(preset.height()), this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, preset] {
            m_width->setValue(preset.width());
            m_height->setValue(preset.height());
        });
        presets->addWidget(button);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Chart"), m_chart);
    layout->addRow(tr("&Width"), m_width);
    layout->addRow(tr("&Height"), m_height);
    layout->addRow(tr("Common sizes"), presets);
    layout->addRow(tr("C&olours"), m_theme);
    layout->addRow(m_footer);
    layout->addRow(buttons);
}

ChartKind ExportChartDialog::chart() const
{
    return chartNamed(m_chart->currentData().toString()).value_or(ChartKind::Jobs);
}

QSize ExportChartDialog::size() const
{
    return {m_width->value(), m_height->value()};
}

bool ExportChartDialog::footer() const
{
    return m_footer->isChecked();
}

void ExportChartDialog::setTheme(ChartThemeName theme)
{
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(theme)));
}

ChartThemeName ExportChartDialog::theme() const
{
    return static_cast<ChartThemeName>(m_theme->currentData().toInt());
}

} // namespace pledgecheck
