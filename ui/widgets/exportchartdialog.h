#pragma once

#include "chartkind.h"

#include <QDialog>
#include <QSize>

class QComboBox;
class QSpinBox;

namespace pledgecheck {

/// Asks which chart to export and at what size in pixels (16 to 8192 a side; 1920x1080 first).
class ExportChartDialog : public QDialog
{
    Q_OBJECT

public:
    ExportChartDialog(ChartKind chart, QSize size, QWidget *parent = nullptr);

    ChartKind chart() const;
    QSize size() const;

private:
    QComboBox *m_chart;
    QSpinBox *m_width;
    QSpinBox *m_height;
};

} // namespace pledgecheck
