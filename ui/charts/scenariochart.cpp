#include "scenariochart.h"

#include "yearmonth.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLocale>

#include <array>
#include <cmath>

namespace pledgecheck {
namespace {

// Round tops for a count axis and the tick step that divides each into 4 to 6 labels, for tops of
// 1 to 10 (times a power of ten).
struct NiceTop {
    double top;
    double step;
};
constexpr std::array<NiceTop, 11> kNiceTops{{{1, 0.2}, {1.2, 0.2}, {1.5, 0.25}, {2, 0.4},
                                             {2.5, 0.5}, {3, 0.5}, {4, 1}, {5, 1}, {6, 1},
                                             {8, 2}, {10, 2}}};

NiceTop niceTopAbove(double largest)
{
    if (!(largest > 0))
        return {1, 0.2};
    const double magnitude = std::pow(10.0, std::floor(std::log10(largest)));
    const double mantissa = largest / magnitude;
    for (const NiceTop nice : kNiceTops) {
        if (nice.top >= mantissa * (1 - 1e-12))
            return {nice.top * magnitude, nice.step * magnitude};
    }
    return {10 * magnitude, 2 * magnitude};
}

void clearCategories(QCategoryAxis *axis)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
}

} // namespace

ScenarioChart::ScenarioChart()
    : m_chart(new QChart)
    , m_timeAxis(new QCategoryAxis)
    , m_countAxis(new QCategoryAxis)
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    for (QCategoryAxis *axis : {m_timeAxis, m_countAxis}) {
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setGridLineColor(QColor(0, 0, 0, 28));
        axis->setLinePenColor(QColor(0, 0, 0, 90));
    }
    m_timeAxis->setTitleText(QObject::tr("Year"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    applyFonts();
}

ScenarioChart::~ScenarioChart()
{
    delete m_chart; // owns its series and axes; a chart shown in a view belongs to the view's scene
}

void ScenarioChart::setScale(double scale)
{
    m_scale = scale;
    applyFonts();
}

void ScenarioChart::applyFonts()
{
    const auto sized = [this](double points, bool bold = false) {
        QFont font = scaledFont(points);
        font.setBold(bold);
        return font;
    };
    // Room on the right for the last year's label, which sits on the plot's edge.
    const int margin = static_cast<int>(8 * m_scale);
    m_chart->setMargins(QMargins(margin, margin, static_cast<int>(28 * m_scale), margin));
    m_chart->setTitleFont(sized(13, true));
    m_chart->legend()->setFont(sized(10));
    for (QCategoryAxis *axis : {m_timeAxis, m_countAxis}) {
        axis->setLabelsFont(sized(9));
        axis->setTitleFont(sized(10));
    }
    for (const Line &line : m_lines) {
        QPen pen = line.series->pen();
        pen.setWidthF(line.width * m_scale);
        line.series->setPen(pen);
    }
    scaleChanged(m_scale);
}

void ScenarioChart::scaleChanged(double) {}

QFont ScenarioChart::scaledFont(double points) const
{
    QFont font;
    font.setPointSizeF(points * m_scale);
    return font;
}

QLineSeries *ScenarioChart::addLine(const QString &name, const QColor &color, double width,
                                    Qt::PenStyle style)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color, width * m_scale, style, Qt::RoundCap, Qt::RoundJoin);
    series->setPen(pen);
    m_lines.push_back({series, width});
    attach(series);
    return series;
}

void ScenarioChart::attach(QAbstractSeries *series)
{
    m_chart->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_countAxis);
}

void ScenarioChart::setTimeAxis(const Parameters &parameters, int lastMonth)
{
    const int start = static_cast<int>(std::lround(parameters[ParameterId::Start]));
    if (start == m_timeStart && lastMonth == m_timeLastMonth)
        return; // labels only change with the start month or the horizon
    m_timeStart = start;
    m_timeLastMonth = lastMonth;
    clearCategories(m_timeAxis);
    m_timeAxis->setRange(0, lastMonth);
    const int years = lastMonth / 12;
    const int everyYears = years <= 10 ? 1 : years <= 20 ? 2 : 5;
    for (int month = 0; month <= lastMonth; ++month) {
        const YearMonth date = YearMonth::fromIndex(start + month);
        if (date.month == 1 && date.year % everyYears == 0)
            m_timeAxis->append(QString::number(date.year), month);
    }
}

void ScenarioChart::setCountAxis(double largest, const QString &title)
{
    const NiceTop nice = niceTopAbove(largest * 1.02);
    m_countAxis->setTitleText(title);
    if (nice.top == m_countTop)
        return;
    m_countTop = nice.top;
    clearCategories(m_countAxis);
    m_countAxis->setRange(0, nice.top);
    const QLocale locale;
    const int ticks = static_cast<int>(std::lround(nice.top / nice.step));
    for (int i = 0; i <= ticks; ++i) {
        const double value = i * nice.step;
        m_countAxis->append(locale.toString(value, 'f', nice.step < 1 ? 2 : 0), value);
    }
}

void ScenarioChart::replacePoints(QXYSeries *series, const Eigen::ArrayXd &values)
{
    m_buffer.resize(values.size());
    for (Eigen::Index t = 0; t < values.size(); ++t)
        m_buffer[t] = QPointF(static_cast<double>(t), values(t));
    series->replace(m_buffer);
}

void ScenarioChart::replaceWithLevel(QXYSeries *series, double y, int lastMonth)
{
    series->replace(QList<QPointF>{QPointF(0, y), QPointF(lastMonth, y)});
}

} // namespace pledgecheck
