#include "pledgeoddschart.h"


#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>

#include <cmath>

namespace pledgecheck {

PledgeOddsChart::PledgeOddsChart()
{
    m_odds = addLine(QCoreApplication::translate("PledgeOddsChart", "Draws that have met the pledge"), &ChartTheme::pledge, 3.0);
    // The yearly figures as labelled dots, out of the legend: the line already names them.
    m_yearly = new QScatterSeries;
    m_yearly->setPointLabelsVisible(true);
    m_yearly->setPointLabelsClipping(false);
    // Rounded in show(): the label prints the value as it is.
    m_yearly->setPointLabelsFormat(QStringLiteral("@yPoint %"));
    addUnlisted(m_yearly);
    scaleChanged(scale());
    themeChanged();
}

void PledgeOddsChart::scaleChanged(double scale)
{
    if (!m_yearly) // not yet made while the base class sets its first fonts
        return;
    m_yearly->setMarkerSize(9 * scale);
    m_yearly->setPointLabelsFont(scaledFont(9));
}

void PledgeOddsChart::themeChanged()
{
    m_yearly->setColor(theme().pledge);
    m_yearly->setBorderColor(theme().pledge);
    m_yearly->setPointLabelsColor(theme().text);
}

void PledgeOddsChart::show(const QString &, const ScenarioResults &current,
                           const ScenarioResults &)
{
    const int lastMonth = current.figures.horizonMonths;
    if (!uncertainty()) {
        // No odds to draw: the pledge is met or not, and the sentence says which.
        const QString pledge = formatCount(current.figures.targetJobs);
        const auto met = current.figures.targetMetMonth;
        if (met) {
            const QString month = monthName(current.parameters, *met);
            showMessage(
                QCoreApplication::translate("PledgeOddsChart", "Certain: met in %1").arg(month),
                QCoreApplication::translate(
                    "PledgeOddsChart",
                    "With every input fixed, every draw meets the pledge of %1 from %2 on.")
                    .arg(pledge, month));
        } else {
            showMessage(QCoreApplication::translate("PledgeOddsChart", "Certain: not met"),
                        QCoreApplication::translate(
                            "PledgeOddsChart",
                            "With every input fixed, no draw reaches the pledge of %1 by %2.")
                            .arg(pledge, monthName(current.parameters, lastMonth)));
        }
        return;
    }
    hideMessage();
    setTimeAxis(current.parameters, lastMonth);
    setPercentAxis(QCoreApplication::translate("PledgeOddsChart", "% of draws"));
    // Odds of another horizon are those of the values before this change: drawn next step.
    const bool drawn = uncertainty()->monteCarlo.firstMetShare.size() == lastMonth + 1;
    m_odds->setVisible(drawn);
    m_yearly->setVisible(drawn);
    if (!drawn) {
        setTitle(
            QCoreApplication::translate("PledgeOddsChart", "Chance the pledge is met, by year"));
        updateLegend();
        return;
    }
    const MonteCarloResult &mc = uncertainty()->monteCarlo;
    setTitle(QCoreApplication::translate("PledgeOddsChart", "Chance the pledge is met, by year"));
    // Met by month t: the draws first meeting it in any month up to t.
    double sum = 0;
    m_percent.resize(mc.firstMetShare.size());
    for (Eigen::Index t = 0; t < mc.firstMetShare.size(); ++t) {
        sum += mc.firstMetShare(t);
        m_percent(t) = 100.0 * sum;
    }
    replacePoints(m_odds, m_percent);

    QList<QPointF> yearEnds;
    for (int month = 12; month <= lastMonth; month += 12)
        yearEnds.append(QPointF(month, std::round(m_percent(month) * 10.0) / 10.0));
    m_yearly->replace(yearEnds);
    // The number of draws is in the histogram's title beside it: a legend that long is cut off.
    setLegendText(
        m_odds,
        QCoreApplication::translate("PledgeOddsChart", "Met the pledge by %1: %2 % of draws")
            .arg(monthName(current.parameters, lastMonth),
                 QLocale().toString(m_percent(lastMonth), 'f', 1)));
    updateLegend();
}

} // namespace pledgecheck
