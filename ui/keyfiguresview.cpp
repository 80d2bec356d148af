#include "keyfiguresview.h"

#include "parametertable.h"
#include "scenariodocument.h"
#include "uncertaintyrunner.h"
#include "valuetext.h"
#include "yearmonth.h"

#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

#include <cmath>

namespace pledgecheck {
namespace {

constexpr int kFiguresPerRow = 4;

QString monthText(const Parameters &p, int monthsFromStart)
{
    const auto start = YearMonth::fromIndex(static_cast<int>(std::lround(p[ParameterId::Start])));
    return QString::fromStdString(start.plusMonths(monthsFromStart).toString());
}

QString requiredText(const std::optional<double> &value, ParameterId id)
{
    const ParameterDescriptor &d = descriptor(id);
    if (!value)
        return QObject::tr("none from %1").arg(rangeText(d));
    return valueText(d, *value);
}

} // namespace

KeyFiguresView::KeyFiguresView(ScenarioDocument *document, UncertaintyRunner *uncertainty,
                               QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_uncertainty(uncertainty)
{
    setObjectName(QStringLiteral("keyFigures"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_jobs = addFigure(QStringLiteral("figureJobs"), tr("Jobs at the horizon"),
                       tr("Projected jobs J at the end of the horizon, net of displacement, and "
                          "their share of the pledge"));
    m_metMonth = addFigure(QStringLiteral("figureMetMonth"), tr("Pledge met"),
                           tr("The first month projected jobs reach the pledge"));
    m_requiredGrowth = addFigure(QStringLiteral("figureRequiredGrowth"), tr("Growth needed"),
                                 tr("Yearly seller growth (before churn) at which jobs at the "
                                    "horizon equal the pledge, all else as set"));
    m_requiredHires = addFigure(QStringLiteral("figureRequiredHires"), tr("Hires needed"),
                                tr("Hires per hiring seller at which jobs at the horizon equal "
                                   "the pledge, all else as set"));
    m_requiredSellers = addFigure(QStringLiteral("figureRequiredSellers"),
                                  tr("Starting sellers needed"),
                                  tr("Sellers at the start at which jobs at the horizon equal the "
                                     "pledge, all else as set"));
    m_exportJobs = addFigure(QStringLiteral("figureExportJobs"), tr("Export-supported jobs"),
                             tr("Jobs supported by the sellers' exports at the horizon: a second "
                                "lens that overlaps with direct jobs, never added to them"));
    m_probability = addFigure(QStringLiteral("figureProbability"), tr("Chance of meeting the pledge"),
                              tr("Share of the Monte Carlo draws in which jobs reach the pledge by "
                                 "the horizon"));
    m_jobsRange = addFigure(QStringLiteral("figureJobsRange"), tr("Jobs at the horizon, 10-90 %"),
                            tr("The 10th to the 90th percentile of jobs at the horizon over the "
                               "Monte Carlo draws"));
    connect(document, &ScenarioDocument::resultsChanged, this, &KeyFiguresView::showFigures);
    // The runner reruns on every change of the document and says so: the odds follow it alone.
    connect(uncertainty, &UncertaintyRunner::changed, this, &KeyFiguresView::showOdds);
    showFigures();
    showOdds();
}

QLabel *KeyFiguresView::addFigure(const QString &objectName, const QString &caption,
                                  const QString &help)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    // Four figures a row, each a caption over its value.
    const int figure = grid->count() / 2;
    const int row = 2 * (figure / kFiguresPerRow);
    const int column = figure % kFiguresPerRow;
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    value->setFont(font);
    captionLabel->setToolTip(help);
    value->setToolTip(help);
    value->setWordWrap(true);
    // Room for two lines whatever the text: were a figure to wrap onto a second line on one
    // slider step and not the next, the charts below would be resized and laid out again on every
    // step, which costs more than the step itself.
    value->setMinimumHeight(2 * QFontMetrics(font).lineSpacing());
    grid->addWidget(captionLabel, row, column);
    grid->addWidget(value, row + 1, column);
    grid->setColumnStretch(column, 1);
    return value;
}

void KeyFiguresView::showFigures()
{
    const ScenarioResults &r = m_document->results();
    const KeyFigures &f = r.figures;
    const QLocale locale;
    m_jobs->setText(tr("%1 (%2 % of %3)")
                        .arg(countText(f.jobsAtHorizon),
                             locale.toString(100.0 * f.shareOfTarget, 'f', f.shareOfTarget < 0.1 ? 2 : 1),
                             countText(f.targetJobs)));
    m_metMonth->setText(f.targetMetMonth
                            ? tr("%1 (month %2)").arg(monthText(r.parameters, *f.targetMetMonth))
                                  .arg(*f.targetMetMonth)
                            : tr("not met by %1").arg(monthText(r.parameters, f.horizonMonths)));
    m_requiredGrowth->setText(requiredText(f.requiredAnnualGrowthRate, ParameterId::AnnualGrowthRate));
    m_requiredHires->setText(requiredText(f.requiredHiresPerSeller, ParameterId::HiresPerSeller));
    m_requiredSellers->setText(requiredText(f.requiredInitialSellers, ParameterId::InitialSellers));
    m_exportJobs->setText(countText(f.exportSupportedJobsAtHorizon));
}

void KeyFiguresView::showOdds()
{
    const KeyFigures &f = m_document->results().figures;
    const std::shared_ptr<const UncertaintyResults> &latest = m_uncertainty->latest();
    if (!latest || latest->monteCarlo.jobsPercentiles.rows() != f.horizonMonths + 1) {
        // No draws at all, or the draws of the values before this change (their run follows).
        const QString none = !latest ? tr("none: every input is fixed") : tr("...");
        m_probability->setText(none);
        m_jobsRange->setText(none);
        return;
    }
    const MonteCarloResult &u = latest->monteCarlo;
    const Eigen::Index horizon = u.jobsPercentiles.rows() - 1;
    // Up to the full run a quick sample stands in, marked so.
    const QString provisional = m_uncertainty->isRefined() ? QString() : tr(" (rough)");
    const QLocale locale;
    m_probability->setText(tr("%1 %%2").arg(locale.toString(100.0 * u.probabilityTargetMet, 'f', 1), provisional));
    m_jobsRange->setText(tr("%1 to %2%3").arg(countText(u.jobsPercentiles(horizon, percentileColumn(0.10))),
                                            countText(u.jobsPercentiles(horizon, percentileColumn(0.90))), provisional));
}

} // namespace pledgecheck
