#include "keyfiguresview.h"

#include "parametertable.h"
#include "scenariodocument.h"
#include "uncertaintyrunner.h"
#include "valuetext.h"
#include "yearmonth.h"

#include <QFontMetrics>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace pledgecheck {
namespace {

constexpr int kFiguresPerRow = 5;

QString monthText(const Parameters &p, int monthsFromStart)
{
    const auto start = YearMonth::fromIndex(static_cast<int>(std::lround(p[ParameterId::Start])));
    return QString::fromStdString(start.plusMonths(monthsFromStart).toString());
}

// What the pledge would need of one parameter, or why nothing in the searched range will do. The
// three parameters shown do not lower jobs as they rise, so a pledge exceeded throughout is met
// even at the low end.
QString requiredText(const std::optional<double> &value, SolveStatus status, ParameterId id,
                     const Parameters &parameters)
{
    const ParameterDescriptor &d = descriptor(id);
    const auto [low, high] = solverRange(parameters, id);
    switch (status) {
    case SolveStatus::Found: break;
    case SolveStatus::ExceededThroughout:
        return QObject::tr("met even at %1").arg(valueText(d, low));
    case SolveStatus::Unreachable: {
        // The unit once, at the end: "0 to 100 workers".
        const QString lowText = valueText(d, low);
        const QString suffix = unitSuffix(d);
        return QObject::tr("out of reach within %1 to %2")
            .arg(lowText.endsWith(suffix) ? lowText.chopped(suffix.size()) : lowText,
                 valueText(d, high));
    }
    }
    return value ? valueText(d, *value) : QString();
}

// Four significant digits: "130.4", "2.143"; whole numbers from a thousand on.
QString significantText(double value)
{
    return std::abs(value) >= 1000 ? countText(value) : QLocale().toString(value, 'g', 4);
}

// Totals as an analyst reads them: "$2.143 trillion", "$130.4 billion", "12.31 million", "287,835".
QString amountText(PlausibilityQuantity quantity, double value)
{
    if (quantity == PlausibilityQuantity::SalesToChina) {
        if (std::abs(value) >= 1e12)
            return QObject::tr("$%1 trillion").arg(significantText(value / 1e12));
        if (std::abs(value) >= 1e9)
            return QObject::tr("$%1 billion").arg(significantText(value / 1e9));
        if (std::abs(value) >= 1e6)
            return QObject::tr("$%1 million").arg(significantText(value / 1e6));
        return QObject::tr("$%1").arg(countText(value));
    }
    if (std::abs(value) >= 1e6)
        return QObject::tr("%1 million").arg(significantText(value / 1e6));
    return countText(value);
}

QString quantityText(PlausibilityQuantity quantity)
{
    switch (quantity) {
    case PlausibilityQuantity::SalesToChina: return QObject::tr("Sales to China");
    case PlausibilityQuantity::Sellers: return QObject::tr("Sellers");
    case PlausibilityQuantity::ExportSupportedJobs: return QObject::tr("Export-supported jobs");
    }
    return {};
}

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

} // namespace

KeyFiguresView::KeyFiguresView(ScenarioDocument *document, UncertaintyRunner *uncertainty,
                               QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_uncertainty(uncertainty)
{
    setObjectName(QStringLiteral("keyFigures"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
    // The captions of the jobs say which jobs they count, and are set with the figures.
    m_jobs = addFigure(QStringLiteral("figureJobs"), QString(), QString(), &m_jobsCaption);
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
    m_jobYears = addFigure(QStringLiteral("figureJobYears"), QString(), QString(), &m_jobYearsCaption);
    m_exportJobs = addFigure(QStringLiteral("figureExportJobs"), tr("Export-supported jobs"),
                             tr("Jobs supported by the sellers' exports at the horizon: a second "
                                "lens that overlaps with direct jobs, never added to them"));
    m_probability = addFigure(QStringLiteral("figureProbability"), tr("Chance the pledge is met"),
                              tr("Share of the Monte Carlo draws in which jobs reach the pledge by "
                                 "the horizon"));
    m_jobsRange = addFigure(QStringLiteral("figureJobsRange"), QString(), QString(), &m_jobsRangeCaption);

    // Below the figures, one line per crossed check. Amber, as a warning and not an error: the
    // scenario computes, but some of its assumptions have left the real world.
    m_warnings = new QFrame(this);
    m_warnings->setObjectName(QStringLiteral("plausibilityWarnings"));
    m_warnings->setStyleSheet(QStringLiteral(
        "QFrame#plausibilityWarnings { background: #fff4d6; border: 1px solid #d9a400; "
        "border-radius: 3px; } QLabel { color: #4d3800; }"));
    auto *warningsLayout = new QVBoxLayout(m_warnings);
    warningsLayout->setContentsMargins(6, 3, 6, 3);
    warningsLayout->setSpacing(1);
    for (QLabel *&label : m_warningLabels) {
        label = new QLabel(m_warnings);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        warningsLayout->addWidget(label);
    }
    layout->addWidget(m_warnings);
    connect(document, &ScenarioDocument::resultsChanged, this, &KeyFiguresView::showFigures);
    // The runner reruns on every change of the document and says so: the odds follow it alone.
    connect(uncertainty, &UncertaintyRunner::changed, this, &KeyFiguresView::showOdds);
    showFigures();
    showOdds();
}

QLabel *KeyFiguresView::addFigure(const QString &objectName, const QString &caption,
                                  const QString &help, QLabel **captionLabelOut)
{
    QGridLayout *grid = m_grid;
    // Four figures a row, each a caption over its value.
    const int figure = grid->count() / 2;
    const int row = 2 * (figure / kFiguresPerRow);
    const int column = figure % kFiguresPerRow;
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setObjectName(objectName + QStringLiteral("Caption"));
    captionLabel->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    if (captionLabelOut)
        *captionLabelOut = captionLabel;
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
    const bool created = f.basis == JobCountBasis::Created;
    const QString start = monthText(r.parameters, 0);
    const QString horizon = monthText(r.parameters, f.horizonMonths);
    m_jobsCaption->setText(created ? tr("Jobs created by %1").arg(horizon) : tr("Jobs linked in %1").arg(horizon));
    const QString jobsHelp =
        created ? tr("Jobs added since %1 by the horizon, J(%2) - J(0), net of displacement, and their "
                     "share of the pledge: what the pledge's \"create\" counts. Every job linked to the "
                     "sellers, those of %1 included: %3. Negative when the sellers shrink.")
                      .arg(start).arg(f.horizonMonths).arg(countText(f.jobsLinkedAtHorizon))
                : tr("Every job linked to the sellers at the horizon, those of %1 included, net of "
                     "displacement, and their share of the pledge. Created since %1: %2.")
                      .arg(start, countText(f.jobsCreatedAtHorizon));
    m_jobs->setToolTip(jobsHelp);
    m_jobsCaption->setToolTip(jobsHelp);
    // Captions short enough for five a row in a 1366-pixel window.
    m_jobYearsCaption->setText(tr("Job-years to %1").arg(horizon));
    const QString yearsHelp =
        tr("The %1 jobs of each month held for a twelfth of a year, summed from %2 up to %3: one "
           "job held two years is two job-years (Council of Economic Advisers, 2009)")
            .arg(created ? tr("created") : tr("linked"), start, horizon);
    m_jobYears->setToolTip(yearsHelp);
    m_jobYearsCaption->setToolTip(yearsHelp);
    m_jobYears->setText(countText(f.jobYearsToHorizon));
    m_jobsRangeCaption->setText(created ? tr("Jobs created, 10-90 %") : tr("Jobs linked, 10-90 %"));
    const QString rangeHelp = tr("The 10th to the 90th percentile over the Monte Carlo draws of the "
                                 "jobs %1 %2")
                                  .arg(created ? tr("each draw creates by") : tr("linked to the sellers in"),
                                       horizon);
    m_jobsRange->setToolTip(rangeHelp);
    m_jobsRangeCaption->setToolTip(rangeHelp);
    m_jobs->setText(tr("%1 (%2 % of %3)")
                        .arg(countText(f.jobsAtHorizon),
                             locale.toString(100.0 * f.shareOfTarget, 'f', f.shareOfTarget < 0.1 ? 2 : 1),
                             countText(f.targetJobs)));
    m_metMonth->setText(f.targetMetMonth
                            ? tr("%1 (month %2)").arg(monthText(r.parameters, *f.targetMetMonth))
                                  .arg(*f.targetMetMonth)
                            : tr("not met by %1").arg(monthText(r.parameters, f.horizonMonths)));
    m_requiredGrowth->setText(requiredText(f.requiredAnnualGrowthRate,
                                           f.requiredAnnualGrowthRateStatus,
                                           ParameterId::AnnualGrowthRate, r.parameters));
    m_requiredHires->setText(requiredText(f.requiredHiresPerSeller, f.requiredHiresPerSellerStatus,
                                          ParameterId::HiresPerSeller, r.parameters));
    m_requiredSellers->setText(requiredText(f.requiredInitialSellers,
                                            f.requiredInitialSellersStatus,
                                            ParameterId::InitialSellers, r.parameters));
    m_exportJobs->setText(countText(f.exportSupportedJobsAtHorizon));
    showPlausibility();
}

void KeyFiguresView::showPlausibility()
{
    const ScenarioResults &r = m_document->results();
    const KeyFigures &f = r.figures;
    bool anyExceeded = false;
    for (int i = 0; i < kPlausibilityCheckCount; ++i) {
        const PlausibilityFinding &finding = f.plausibility[i];
        QLabel *label = m_warningLabels[i];
        label->setObjectName(QStringLiteral("plausibility_") + text(finding.check.id));
        label->setVisible(finding.exceeded());
        if (!finding.exceeded())
            continue;
        anyExceeded = true;
        const PlausibilityQuantity quantity = finding.check.quantity;
        const QString perYear = quantity == PlausibilityQuantity::SalesToChina ? tr(" a year")
                                                                               : QString();
        // One line each at 1366 pixels wide, where the chart below has little height to spare.
        const QString firstCrossed = monthText(r.parameters, *finding.firstMonthExceeded);
        const QString when =
            finding.valueAtHorizon > finding.check.bound
                ? tr("from %1").arg(firstCrossed)
                : tr("first crossed in %1, below again by the horizon").arg(firstCrossed);
        label->setText(tr("\u26a0 %1: %2%3 against %4, %5, %6")
                           .arg(quantityText(quantity),
                                amountText(quantity, finding.valueAtHorizon), perYear,
                                amountText(quantity, finding.check.bound),
                                text(finding.check.boundLabel), when));
        label->setToolTip(tr("%1: %2 at the horizon (%3).\nSource: %4")
                              .arg(text(finding.check.label),
                                   amountText(quantity, finding.valueAtHorizon) + perYear,
                                   monthText(r.parameters, f.horizonMonths),
                                   text(finding.check.source)));
    }
    m_warnings->setVisible(anyExceeded);
}

void KeyFiguresView::showOdds()
{
    const KeyFigures &f = m_document->results().figures;
    const std::shared_ptr<const UncertaintyResults> &latest = m_uncertainty->latest();
    if (!latest || latest->monteCarlo.jobsPercentiles.rows() != f.horizonMonths + 1) {
        // No draws at all, or the draws of the values before this change (their run follows).
        const QString none = latest ? tr("...")
                             : m_uncertainty->problem().isEmpty()
                                 ? tr("none: every input is fixed")
                                 : tr("none: %1").arg(m_uncertainty->problem());
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
