#pragma once

#include "scenarioresults.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QCategoryAxis;
class QChart;
class QLineSeries;
class QXYSeries;
QT_END_NAMESPACE

namespace pledgecheck {

/// One chart of a scenario over its months: a QChart with a time axis labelled in years and a
/// count axis with thousands separators and round ticks. Subclasses add their series and fill them
/// in show(), which runs on every slider step: series and axes are made once and updated in place.
class ScenarioChart
{
public:
    virtual ~ScenarioChart();

    QChart *chart() const { return m_chart; }

    /// Draws @p current, with @p baseline (the scenario as last opened or saved) as a ghost.
    virtual void show(const QString &scenarioName, const ScenarioResults &current,
                      const ScenarioResults &baseline) = 0;

    /// Scales fonts and line widths for drawing at a size other than the window's: 2 for a
    /// 2560-pixel-wide export, for instance.
    void setScale(double scale);

protected:
    ScenarioChart();

    QLineSeries *addLine(const QString &name, const QColor &color, double width,
                         Qt::PenStyle style = Qt::SolidLine);
    /// Adds a series made elsewhere, attached to both axes.
    void attach(QAbstractSeries *series);

    /// Sets the time axis to months 0 ... @p lastMonth from the start month of @p parameters.
    void setTimeAxis(const Parameters &parameters, int lastMonth);
    /// Sets the count axis to 0 ... a round number above @p largest.
    void setCountAxis(double largest, const QString &title);

    /// Replaces the points of @p series with (t, values(t)), reusing one buffer.
    void replacePoints(QXYSeries *series, const Eigen::ArrayXd &values);
    /// Called when the scale changes, for what a subclass sizes itself (markers, labels).
    virtual void scaleChanged(double scale);
    /// The app font at @p points, scaled.
    QFont scaledFont(double points) const;

    /// Replaces the points of @p series with a horizontal line at @p y over months 0 ... @p lastMonth.
    void replaceWithLevel(QXYSeries *series, double y, int lastMonth);

private:
    struct Line {
        QLineSeries *series;
        double width;
    };
    void applyFonts();

    QChart *m_chart;
    QCategoryAxis *m_timeAxis;
    QCategoryAxis *m_countAxis;
    std::vector<Line> m_lines;
    QList<QPointF> m_buffer;
    double m_scale = 1.0;
    int m_timeStart = -1;
    int m_timeLastMonth = -1;
    double m_countTop = -1;
};

} // namespace pledgecheck
