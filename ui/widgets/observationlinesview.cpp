#include "observationlinesview.h"

#include "figuretext.h"
#include "observationreport.h"
#include "scenariodocument.h"
#include "valuetext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pledgecheck {
namespace {

QString metricText(ObservedMetric metric)
{
    return metric == ObservedMetric::Sellers ? ObservationLinesView::tr("sellers") : ObservationLinesView::tr("jobs");
}

QString rangeText(const Observation &o)
{
    if (o.low && o.high)
        return ObservationLinesView::tr(" (%1–%2)").arg(roundedCountText(*o.low), roundedCountText(*o.high));
    if (o.low)
        return ObservationLinesView::tr(" (at least %1)").arg(roundedCountText(*o.low));
    if (o.high)
        return ObservationLinesView::tr(" (at most %1)").arg(roundedCountText(*o.high));
    return {};
}

QString lineText(const ObservationComparison &row)
{
    const Observation &o = row.observation;
    QString line = ObservationLinesView::tr("%1 %2: reported %3%4, projected %5, %6×")
                       .arg(monthText(o.month.toIndex()), metricText(o.metric), roundedCountText(o.value),
                            rangeText(o), roundedCountText(row.projected), roundedCountText(row.ratio));
    if (row.pledgePath)
        line += ObservationLinesView::tr("; the pledge's own path %1").arg(roundedCountText(*row.pledgePath));
    return line;
}

QString toolTipText(const ObservationComparison &row)
{
    const Observation &o = row.observation;
    QString tip = ObservationLinesView::tr("Reported %1, projected %2: the projection is %3 times the report.")
                      .arg(exactCountText(o.value), exactCountText(row.projected), exactCountText(row.ratio));
    if (row.withinRange)
        tip += QLatin1Char(' ')
               + (*row.withinRange ? ObservationLinesView::tr("The reported range holds the projection.")
                                   : ObservationLinesView::tr("The projection lies outside the reported range."));
    if (!o.source.empty())
        tip += QLatin1Char('\n') + ObservationLinesView::tr("Source: %1").arg(QString::fromStdString(o.source));
    return tip;
}

} // namespace

ObservationLinesView::ObservationLinesView(ScenarioDocument *document, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("observationLines"));
    setAccessibleName(tr("Reported figures against the projection"));
    m_layout->setContentsMargins(6, 0, 6, 0);
    m_layout->setSpacing(1);
    connect(document, &ScenarioDocument::resultsChanged, this, &ObservationLinesView::showLines);
    showLines();
}

QStringList ObservationLinesView::lines() const
{
    QStringList shown;
    for (const QLabel *label : m_labels)
        shown.append(label->text());
    return shown;
}

void ObservationLinesView::showLines()
{
    const ObservationReport report = reportObservations(m_document->scenario(), m_document->results().projection);
    // A label per report, kept between changes: a slider step changes their text alone.
    while (m_labels.size() > report.size()) {
        delete m_labels.back();
        m_labels.pop_back();
    }
    while (m_labels.size() < report.size()) {
        auto *label = new QLabel(this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_layout->addWidget(label);
        m_labels.push_back(label);
    }
    for (std::size_t i = 0; i < report.size(); ++i) {
        m_labels[i]->setText(lineText(report[i]));
        m_labels[i]->setToolTip(toolTipText(report[i]));
    }
    setVisible(!report.empty());
}

} // namespace pledgecheck
