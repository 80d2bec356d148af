#pragma once

#include "chartkind.h"
#include "charttheme.h"

#include <QDialog>
#include <QSize>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace pledgecheck {

/// Asks which chart to export, at what size in pixels (16 to 8192 a side; 1920x1080 first) and
/// whether to put the source line (the scenario, PledgeCheck's version, the defaults' sources)
/// under it, and in which colours.
class ExportChartDialog : public QDialog
{
    Q_OBJECT

public:
    ExportChartDialog(ChartKind chart, QSize size, bool footer, QWidget *parent = nullptr);

    ChartKind chart() const;
    QSize size() const;
    bool footer() const;
    /// Light (on white, the default) or dark: the window's palette has no say in a picture.
    void setTheme(ChartThemeName theme);
    ChartThemeName theme() const;

private:
    QComboBox *m_chart;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QCheckBox *m_footer;
    QComboBox *m_theme;
};

} // namespace pledgecheck
