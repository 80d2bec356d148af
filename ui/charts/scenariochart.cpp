#include "scenariochart.h"

#include "chartlegend.h"
#include "nicescale.h"
#include "scenariotext.h"
#include "valuetext.h"
#include "yearmonth.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace pledgecheck {
namespace {

// At scale 1 (the window), in pixels.
constexpr double kMargin = 8;
// Room on the right for the last year's label, which sits centred on the plot's edge.
constexpr double kRightMargin = 28;
constexpr double kLegendGap = 6;
// Room above the largest value on a logarithmic axis: a ninth of a decade.
constexpr double kLogHeadroom = 1.3;
// A chart's title in points: as set, and the least it is made to fit the chart's width. Qt Charts
// keeps a little of the width beside the title for itself: the slack, in pixels.
constexpr double kTitlePoints = 13;
constexpr double kSmallestTitlePoints = 10;
constexpr double kTitleSlack = 8;

void clearCategories(QCategoryAxis *axis)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
}

int startMonth(const Parameters &parameters)
{
    return static_cast<int>(std::lround(parameters[ParameterId::Start]));
}

} // namespace

QString ScenarioChart::titleName(const QString &scenarioName)
{
    // Qt Charts draws a title as rich text: a name is text, so "<b>" in it is shown, not obeyed.
    if (scenarioName.size() <= kLongestScenarioName)
        return scenarioName.toHtmlEscaped();
    qsizetype end = kLongestScenarioName;
    if (scenarioName[end - 1].isHighSurrogate())
        --end; // never half a character
    return scenarioName.left(end).toHtmlEscaped() + QChar(0x2026);
}

ScenarioChart::ScenarioChart()
    : m_chart(new QChart)
    , m_timeAxis(new QCategoryAxis)
    , m_countAxis(new QCategoryAxis)
    , m_legend(new ChartLegend(m_chart))
    , m_message(new QGraphicsTextItem(m_chart))
{
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setVisible(false);
    QTextOption centred = m_message->document()->defaultTextOption();
    centred.setAlignment(Qt::AlignCenter);
    centred.setWrapMode(QTextOption::WordWrap);
    m_message->document()->setDefaultTextOption(centred);
    // Qt Charts' legend keeps to one row and cuts labels short in a narrow window: ours wraps.
    m_chart->legend()->hide();
    for (QCategoryAxis *axis : {m_timeAxis, m_countAxis}) {
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    }
    m_timeAxis->setTitleText(QCoreApplication::translate("ScenarioChart", "Year"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    QObject::connect(m_chart, &QChart::geometryChanged, m_chart, [this] {
        fitTitle();
        placeLegend();
        placeMessage();
    });
    applyFonts();
    applyTheme();
}

ScenarioChart::~ScenarioChart()
{
    delete m_chart; // owns its series, axes and legend; in a view, it leaves the view's scene
}

void ScenarioChart::setScale(double scale)
{
    m_scale = scale;
    applyFonts();
}

void ScenarioChart::applyFonts()
{
    fitTitle();
    m_legend->setFont(scaledFont(10));
    for (QCategoryAxis *axis : {m_timeAxis, m_countAxis}) {
        axis->setLabelsFont(scaledFont(9));
        axis->setTitleFont(scaledFont(10));
        QPen grid = axis->gridLinePen();
        grid.setWidthF(m_scale);
        axis->setGridLinePen(grid);
        QPen line = axis->linePen();
        line.setWidthF(m_scale);
        axis->setLinePen(line);
    }
    for (const Line &line : m_lines) {
        QPen pen = line.series->pen();
        pen.setWidthF(line.width * m_scale);
        line.series->setPen(pen);
    }
    for (const Band &band : m_bands) {
        QPen pen = band.series->pen();
        pen.setWidthF(m_scale);
        band.series->setPen(pen);
    }
    m_message->setFont(scaledFont(14));
    scaleChanged(m_scale);
    m_legendHeight = -1;
    placeLegend();
    placeMessage();
}

void ScenarioChart::setTheme(const ChartTheme &theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    applyTheme();
}

void ScenarioChart::applyTheme()
{
    const ChartTheme &t = m_theme;
    // Exports paint the chart's background; the window's view paints its own (LiveChartView).
    m_chart->setBackgroundBrush(t.background);
    m_chart->setTitleBrush(t.text);
    m_message->setDefaultTextColor(t.text);
    m_legend->setTextColor(t.text);
    for (QCategoryAxis *axis : {m_timeAxis, m_countAxis}) {
        // Opaque greys: translucent grid lines cost 2-3 ms a repaint here, most of a slider step.
        axis->setGridLineColor(t.grid);
        axis->setLinePenColor(t.axisLine);
        axis->setLabelsBrush(t.text);
        axis->setTitleBrush(t.text);
    }
    for (const Line &line : m_lines) {
        QPen pen = line.series->pen();
        pen.setColor(t.*line.color);
        line.series->setPen(pen);
    }
    for (const Band &band : m_bands)
        setBandColor(band.series, t.*band.color);
    themeChanged();
    m_legendHeight = -1; // the swatches take the series' new colours as the legend is laid out
    placeLegend();
}

void ScenarioChart::setBandColor(QAreaSeries *band, const QColor &color)
{
    band->setBrush(color);
    if (band->pen().style() != Qt::NoPen) {
        QPen pen = band->pen();
        pen.setColor(color.darker(115));
        band->setPen(pen);
    }
}

void ScenarioChart::themeChanged() {}

QString ScenarioChart::message() const
{
    return m_message->isVisible() ? m_message->toPlainText() : QString();
}

std::optional<QString> ScenarioChart::problem() const
{
    if (!m_message->isVisible())
        return std::nullopt;
    const QRectF area = m_chart->rect();
    const QRectF text = m_message->mapRectToParent(m_message->boundingRect());
    if (!area.contains(text) || m_message->document()->size().width() > area.width())
        return QCoreApplication::translate("ScenarioChart", "the sentence \"%1\" does not fit")
            .arg(m_message->toPlainText().replace(QLatin1Char('\n'), QStringLiteral(". ")));
    return std::nullopt;
}

void ScenarioChart::setTitle(const QString &title)
{
    if (m_chart->title() == title)
        return;
    m_chart->setTitle(title);
    fitTitle();
}

void ScenarioChart::fitTitle()
{
    // Qt Charts elides a title wider than the chart ("... (10,00..." at half of a 1366-pixel
    // window): a point smaller at a time, down to the axes' titles' 10 points, before it does.
    const QString plain = QTextDocumentFragment::fromHtml(m_chart->title()).toPlainText();
    // The title has the chart's width less its margins and its layout's (the style's) margins.
    const QMargins margins = m_chart->margins();
    qreal layoutLeft = 0, layoutRight = 0;
    if (m_chart->layout())
        m_chart->layout()->getContentsMargins(&layoutLeft, nullptr, &layoutRight, nullptr);
    const qreal room = m_chart->size().width() - margins.left() - margins.right() - layoutLeft
        - layoutRight - kTitleSlack;
    QFont font;
    for (double points = kTitlePoints;; --points) {
        font = scaledFont(points);
        font.setBold(true);
        if (points <= kSmallestTitlePoints || QFontMetricsF(font).horizontalAdvance(plain) <= room)
            break;
    }
    if (font != m_chart->titleFont())
        m_chart->setTitleFont(font);
}

void ScenarioChart::showMessage(const QString &heading, const QString &sentence)
{
    setTitle(QString());
    for (QAbstractSeries *series : m_chart->series())
        series->setVisible(false);
    const QString html = QStringLiteral("<p><big><b>%1</b></big></p><p>%2</p>")
                             .arg(heading.toHtmlEscaped(), sentence.toHtmlEscaped());
    if (html != m_messageHtml) {
        m_messageHtml = html;
        m_message->setHtml(html);
    }
    setMessageShown(true);
}

void ScenarioChart::hideMessage()
{
    setMessageShown(false);
}

void ScenarioChart::setMessageShown(bool shown)
{
    m_message->setVisible(shown);
    m_timeAxis->setVisible(!shown);
    m_countAxis->setVisible(!shown);
    m_legend->setVisible(!shown);
    placeMessage();
}

void ScenarioChart::placeMessage()
{
    if (!m_message->isVisible())
        return;
    // Wrapped to the chart's width less a margin each side, centred in its height.
    const QRectF area = m_chart->rect();
    const qreal margin = 2 * kMargin * m_scale;
    m_message->setTextWidth(std::max<qreal>(area.width() - 2 * margin, 1));
    const QRectF text = m_message->boundingRect();
    m_message->setPos(area.left() + margin, area.center().y() - text.height() / 2);
}

void ScenarioChart::scaleChanged(double) {}

const ScenarioEvents &ScenarioChart::events() const
{
    static const ScenarioEvents none;
    return m_events ? *m_events : none;
}

const Observations &ScenarioChart::observations() const
{
    static const Observations none;
    return m_observations ? *m_observations : none;
}

QFont ScenarioChart::scaledFont(double points) const
{
    QFont font;
    font.setPointSizeF(points * m_scale);
    return font;
}

QLineSeries *ScenarioChart::addLine(const QString &name, ThemeColor color, double width,
                                    Qt::PenStyle style)
{
    auto *series = new QLineSeries;
    series->setName(name);
    // Qt Charts strokes a wide line segment by segment: round caps hide the seams between them.
    // Dashes keep flat caps, which keep them crisp.
    series->setPen(QPen(m_theme.*color, width * m_scale, style,
                        style == Qt::SolidLine ? Qt::RoundCap : Qt::FlatCap, Qt::RoundJoin));
    m_lines.push_back({series, width, color});
    m_chart->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_countAxis);
    m_legend->addEntry(series, name);
    return series;
}

void ScenarioChart::setDashes(QLineSeries *series, const QList<qreal> &dashesAndGaps)
{
    // In line widths, so the dashes scale with the pen in an export.
    QPen pen = series->pen();
    pen.setDashPattern(dashesAndGaps);
    series->setPen(pen);
}

QAreaSeries *ScenarioChart::addBand(const QString &name, ThemeColor color, QLineSeries *lower)
{
    QAreaSeries *band = addUnlistedBand(color, lower);
    band->setName(name);
    m_legend->addEntry(band, name);
    return band;
}

QAreaSeries *ScenarioChart::addUnlistedBand(ThemeColor color, QLineSeries *lower)
{
    auto *band = new QAreaSeries(new QLineSeries, lower);
    band->setPen(QPen(Qt::black, m_scale));
    setBandColor(band, m_theme.*color);
    m_bands.push_back({band, color});
    addUnlisted(band);
    // The area series leaves its edges to whoever made them: the band owns its upper edge and a
    // lower edge made for it (not another band's upper edge), and the chart deletes the band.
    band->upperSeries()->setParent(band);
    if (lower && !lower->parent())
        lower->setParent(band);
    return band;
}

void ScenarioChart::addUnlisted(QAbstractSeries *series)
{
    m_chart->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_countAxis);
}

void ScenarioChart::putFirstInLegend(const QList<QAbstractSeries *> &series)
{
    m_legend->putFirst(series);
}

void ScenarioChart::showAsDiamondInLegend(QAbstractSeries *series)
{
    m_legend->showAsDiamond(series);
}

void ScenarioChart::setLegendText(QAbstractSeries *series, const QString &text)
{
    m_legend->setText(series, text);
}

void ScenarioChart::updateLegend()
{
    placeLegend();
}

void ScenarioChart::placeLegend()
{
    const QRectF area = m_chart->rect();
    qreal left = 0, top = 0, right = 0, bottom = 0;
    if (m_chart->layout())
        m_chart->layout()->getContentsMargins(&left, &top, &right, &bottom);
    const qreal margin = kMargin * m_scale;
    const qreal width = area.width() - left - right - 2 * margin;
    const qreal height = m_legend->layOut(std::max<qreal>(width, 1));
    m_legend->setPos(area.left() + left + margin, area.bottom() - bottom - margin - height);
    if (height == m_legendHeight)
        return; // the margins are right; setting them again would lay the whole chart out
    m_legendHeight = height;
    const auto rounded = [](double pixels) { return static_cast<int>(std::lround(pixels)); };
    m_chart->setMargins(QMargins(rounded(margin), rounded(margin), rounded(kRightMargin * m_scale),
                                 rounded(margin + height + kLegendGap * m_scale)));
}

void ScenarioChart::setTimeAxis(const Parameters &parameters, int lastMonth)
{
    const int start = startMonth(parameters);
    if (start == m_timeStart && lastMonth == m_timeLastMonth)
        return; // labels only change with the start month or the horizon
    m_timeStart = start;
    m_timeLastMonth = lastMonth;
    clearCategories(m_timeAxis);
    m_timeAxis->setRange(0, lastMonth);
    const int years = lastMonth / 12;
    const int everyYears = years <= 10 ? 1 : years <= 20 ? 2 : 5;
    const QLocale locale;
    for (int month = 0; month <= lastMonth; ++month) {
        const YearMonth date = YearMonth::fromIndex(start + month);
        if (date.month == 1 && date.year % everyYears == 0) {
            m_timeAxis->append(QString::number(date.year), month);
        } else if (years <= 2 && (date.month - 1) % 3 == 0) {
            // A year or two has too few Januaries to read by: label the quarters too.
            m_timeAxis->append(QStringLiteral("%1 %2")
                                   .arg(locale.monthName(date.month, QLocale::ShortFormat))
                                   .arg(date.year),
                               month);
        }
    }
}

QString ScenarioChart::monthName(const Parameters &parameters, int month)
{
    return monthText(startMonth(parameters) + month);
}

QString ScenarioChart::formatCount(double value, int decimals)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', decimals);
}

ScenarioChart::CountRange ScenarioChart::countRange(double smallest, double largest, int mostSteps)
{
    if (!(smallest < 0)) {
        const NiceScale nice = NiceScale::above(largest, mostSteps);
        return {0, nice.top, nice.step};
    }
    // Jobs created can be lost: round steps over the whole span, from a step's multiple below the
    // least value to one above the greatest, with the same headroom at both ends.
    // Rounding each end out on its own can cost a step more than the span's scale allows
    // (-560 to 1: steps of 100 from -600 to 100, seven where at most five fit beside the odds,
    // and their labels elided to "-6..."): then the next rounder scale, over the span it made.
    constexpr double kHeadroom = 1.02;
    double span = largest - smallest;
    for (;;) {
        const double step = NiceScale::above(span, mostSteps).step;
        const double bottom = -std::ceil(-smallest * kHeadroom / step - 1e-9) * step;
        const double top = std::max(step, std::ceil(std::max(largest, 0.0) * kHeadroom / step - 1e-9) * step);
        // The span grows by at least one step each time round, so the step grows: this ends.
        if (std::lround((top - bottom) / step) <= std::max(mostSteps, 4) || !std::isfinite(span))
            return {bottom, top, step};
        span = (top - bottom) / kHeadroom + step;
    }
}

double ScenarioChart::setCountAxis(double largest, const QString &title, double smallest)
{
    const CountRange range = countRange(smallest, largest, 8);
    setCountScale(range.bottom, range.top, range.step, title);
    return range.top;
}

void ScenarioChart::setLogCountAxis(double smallest, double largest, const QString &title)
{
    if (m_countAxis->titleText() != title)
        m_countAxis->setTitleText(title);
    const double low = std::floor(std::log10(std::max(smallest, 1.0)));
    // A little room above the largest value (a pledge of exactly 10^k is not on the edge), not
    // a whole decade more.
    const double high = std::max(low + 1, std::log10(std::max(largest, 1.0) * kLogHeadroom));
    if (m_logShown && high == m_logTop && low == m_logBottom)
        return; // the same decades: labelling them again would lay the chart out again
    m_logShown = true;
    m_countTop = -1; // no longer a linear axis
    m_countBottom = 0;
    m_logTop = high;
    m_logBottom = low;
    clearCategories(m_countAxis);
    m_countAxis->setRange(low, high);
    for (double decade = low; decade <= high; ++decade)
        m_countAxis->append(formatCount(std::pow(10.0, decade)), decade);
}

void ScenarioChart::setPercentAxis(const QString &title)
{
    // A little room above 100 %, so that a point's label there stays clear of the title.
    setCountScale(0, 100, 20, title, 108);
}

void ScenarioChart::setCountScale(double bottom, double top, double step, const QString &title, double end)
{
    if (m_countAxis->titleText() != title)
        m_countAxis->setTitleText(title);
    end = std::max(end, top);
    if (top == m_countTop && end == m_countEnd && bottom == m_countBottom)
        return;
    m_logShown = false;
    m_countTop = top;
    m_countEnd = end;
    m_countBottom = bottom;
    labelCounts(m_countAxis, bottom, top, step);
    m_countAxis->setMax(end);
}

void ScenarioChart::labelCounts(QCategoryAxis *axis, double bottom, double top, double step, double unit)
{
    clearCategories(axis);
    axis->setRange(bottom, top);
    // As many decimals as a step needs in the unit: 2.5 million is "2.5".
    int decimals = 0;
    for (double scaled = step / unit; decimals < 2 && std::abs(scaled - std::round(scaled)) > 1e-9; scaled *= 10)
        ++decimals;
    const auto first = std::lround(bottom / step);
    const auto last = std::lround(top / step);
    for (long i = first; i <= last; ++i)
        axis->append(formatCount(static_cast<double>(i) * step / unit, decimals), static_cast<double>(i) * step);
}

ScenarioChart::CountRange ScenarioChart::setHorizontalCountAxis(double largest, const QString &title,
                                                               double smallest)
{
    // Counts side by side need more room than stacked ones: at most five steps, and from a
    // million on, counted in millions ("12,500,000" five times over does not fit a half-width chart).
    const CountRange range = countRange(smallest, largest, 5);
    constexpr double kMillion = 1e6;
    const bool millions = std::max(range.top, -range.bottom) >= kMillion;
    const QString axisTitle = millions
        ? QCoreApplication::translate("ScenarioChart", "%1 (millions)").arg(title)
        : title;
    if (m_timeAxis->titleText() != axisTitle)
        m_timeAxis->setTitleText(axisTitle);
    if (range.top != m_horizontalTop || range.bottom != m_horizontalBottom) {
        m_horizontalTop = range.top;
        m_horizontalBottom = range.bottom;
        m_timeStart = -1; // no longer a time axis
        labelCounts(m_timeAxis, range.bottom, range.top, range.step, millions ? kMillion : 1.0);
    }
    return range;
}

void ScenarioChart::setVerticalCategories(const QList<QPair<QString, double>> &labels, double low,
                                          double high)
{
    m_countTop = -1; // no longer a count axis
    m_logShown = false;
    if (!m_countAxis->titleText().isEmpty())
        m_countAxis->setTitleText(QString());
    clearCategories(m_countAxis);
    m_countAxis->setRange(low, high);
    for (const auto &[label, position] : labels)
        m_countAxis->append(label, position);
}

bool ScenarioChart::showGhost(QLineSeries *ghost, const ScenarioResults &current,
                              const ScenarioResults &baseline)
{
    const bool differs = !(current.parameters == baseline.parameters);
    if (ghost->isVisible() != differs)
        ghost->setVisible(differs);
    return differs;
}

int ScenarioChart::startMonthIndex(const Parameters &parameters)
{
    return startMonth(parameters);
}

int ScenarioChart::monthsBetweenStarts(const Parameters &current, const Parameters &other)
{
    return startMonth(other) - startMonth(current);
}

double ScenarioChart::largestShown(const Eigen::ArrayXd &values, int shift, int lastMonth)
{
    const Eigen::Index first = std::max(0, -shift);
    const Eigen::Index last = std::min<Eigen::Index>(values.size() - 1, lastMonth - shift);
    return last >= first ? values.segment(first, last - first + 1).maxCoeff() : 0.0;
}

void ScenarioChart::replacePoints(QXYSeries *series, const Eigen::ArrayXd &values, int shift)
{
    m_buffer.resize(values.size());
    for (Eigen::Index t = 0; t < values.size(); ++t)
        m_buffer[t] = QPointF(static_cast<double>(t + shift), values(t));
    series->replace(m_buffer);
}

void ScenarioChart::replaceWithLevel(QXYSeries *series, double y, int lastMonth)
{
    series->replace(QList<QPointF>{QPointF(0, y), QPointF(lastMonth, y)});
}

} // namespace pledgecheck
