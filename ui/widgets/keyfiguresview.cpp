#include "keyfiguresview.h"

#include "figurelabel.h"
#include "figuretext.h"
#include "keyfigurehelp.h"
#include "observationlinesview.h"
#include "palettecolors.h"
#include "parametertable.h"
#include "scenariodocument.h"
#include "uncertaintyresults.h"
#include "valuetext.h"
#include "yearmonth.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace pledgecheck {
namespace {

// Beside the verdict, a grid: a row of captions over a row of values as set and a row of the
// draws' medians; column 0 names the rows.
enum Row { kCaptionRow, kAsSetRow, kDrawsRow };
enum Column { kTitleColumn, kJobsColumn, kSellersColumn, kMetColumn };

// The verdict's colours: a green and a red that read as met and not met, each with its own mark
// and words, so that the colour is never the only sign. On a dark palette, dark tints with light
// text (each pair above 9:1).
QString verdictStyle(bool met, bool dark)
{
    const char *colours = met ? (dark ? "#1e3a24; border: 1px solid #66bb6a; border-radius: 3px; } QLabel { color: #c8e6c9; }"
                                      : "#e3f2e6; border: 1px solid #2e7d32; border-radius: 3px; } QLabel { color: #15401c; }")
                              : (dark ? "#4a1f1c; border: 1px solid #ef5350; border-radius: 3px; } QLabel { color: #ffcdd2; }"
                                      : "#fbe6e3; border: 1px solid #b3261e; border-radius: 3px; } QLabel { color: #5b140f; }");
    return QStringLiteral("QFrame#verdict { background: ") + QLatin1String(colours);
}

QString warningsStyle(bool dark)
{
    return dark ? QStringLiteral("QFrame#plausibilityWarnings { background: #3d3200; border: 1px solid #d9a400; "
                                 "border-radius: 3px; } QLabel { color: #ffe08a; }")
                : QStringLiteral("QFrame#plausibilityWarnings { background: #fff4d6; border: 1px solid #d9a400; "
                                 "border-radius: 3px; } QLabel { color: #4d3800; }");
}

QString monthText(const Parameters &p, int monthsFromStart)
{
    const auto start = YearMonth::fromIndex(static_cast<int>(std::lround(p[ParameterId::Start])));
    return pledgecheck::monthText(start.plusMonths(monthsFromStart).toIndex());
}

// "ten months before the term ends": the term runs H years from the start month, so its last
// month is the one before the horizon's (a five-year term from 2017-01 ends in 2021-12).
QString timeLeftText(int metMonth, int horizonMonths)
{
    const int monthsLeft = horizonMonths - 1 - metMonth;
    if (monthsLeft < 0)
        return QCoreApplication::translate("KeyFiguresView", "as the term ends");
    if (monthsLeft == 0)
        return QCoreApplication::translate("KeyFiguresView", "in the term's last month");
    // Up to ten in words, as a sentence writes them; more in figures.
    static const std::array<const char *, 9> words{
        QT_TRANSLATE_NOOP("KeyFiguresView", "two"),   QT_TRANSLATE_NOOP("KeyFiguresView", "three"),
        QT_TRANSLATE_NOOP("KeyFiguresView", "four"),  QT_TRANSLATE_NOOP("KeyFiguresView", "five"),
        QT_TRANSLATE_NOOP("KeyFiguresView", "six"),   QT_TRANSLATE_NOOP("KeyFiguresView", "seven"),
        QT_TRANSLATE_NOOP("KeyFiguresView", "eight"), QT_TRANSLATE_NOOP("KeyFiguresView", "nine"),
        QT_TRANSLATE_NOOP("KeyFiguresView", "ten")};
    if (monthsLeft == 1)
        return QCoreApplication::translate("KeyFiguresView", "one month before the term ends");
    const QString count =
        monthsLeft <= 10
            ? QCoreApplication::translate("KeyFiguresView", words[static_cast<std::size_t>(monthsLeft - 2)])
            : QString::number(monthsLeft);
    return QCoreApplication::translate("KeyFiguresView", "%1 months before the term ends")
        .arg(count);
}

// What the pledge would need of one parameter, or why nothing in the searched range will do. The
// three parameters shown do not lower jobs as they rise, so a pledge exceeded throughout is met
// even at the low end. The ends of the searched range are written exactly: they are the range's.
QString requiredText(const std::optional<double> &value, SolveStatus status, ParameterId id,
                     const Parameters &parameters)
{
    const ParameterDescriptor &d = descriptor(id);
    const auto [low, high] = solverRange(parameters, id);
    switch (status) {
    case SolveStatus::Found: break;
    case SolveStatus::ExceededThroughout:
        return QCoreApplication::translate("KeyFiguresView", "met even at %1")
            .arg(valueText(d, low));
    case SolveStatus::Unreachable: {
        // The unit once, at the end: "0 to 100 workers".
        return QCoreApplication::translate("KeyFiguresView", "out of reach within %1 to %2")
            .arg(valueNumberText(d, low), valueText(d, high));
    }
    }
    return value ? roundedValueText(d, *value) : QString();
}

// Its exact value, for the tooltip of a required value that was found.
QString exactRequiredText(const std::optional<double> &value, ParameterId id)
{
    return value ? QCoreApplication::translate("KeyFiguresView", "Exactly %1")
                       .arg(valueText(descriptor(id), *value))
                 : QString();
}

// Four significant digits: "130.4", "2.143"; whole numbers from a thousand on.
QString significantText(double value)
{
    return std::abs(value) >= 1000 ? countText(value) : QLocale().toString(value, 'g', 4);
}

// A projected total to three significant figures, as every key figure: "$2.14 trillion",
// "12.3 million", "1 million".
QString projectedAmountText(PlausibilityQuantity quantity, double value)
{
    if (quantity != PlausibilityQuantity::SalesToChina)
        return roundedCountText(value);
    if (std::abs(value) >= 1e12)
        return QCoreApplication::translate("KeyFiguresView", "$%1 trillion")
            .arg(roundedCountText(value / 1e12));
    return QCoreApplication::translate("KeyFiguresView", "$%1").arg(roundedCountText(value));
}

// A cited bound as its source gives it: "$130.4 billion", "10.7 million", "287,835".
QString amountText(PlausibilityQuantity quantity, double value)
{
    if (quantity == PlausibilityQuantity::SalesToChina) {
        if (std::abs(value) >= 1e12)
            return QCoreApplication::translate("KeyFiguresView", "$%1 trillion")
                .arg(significantText(value / 1e12));
        if (std::abs(value) >= 1e9)
            return QCoreApplication::translate("KeyFiguresView", "$%1 billion")
                .arg(significantText(value / 1e9));
        if (std::abs(value) >= 1e6)
            return QCoreApplication::translate("KeyFiguresView", "$%1 million")
                .arg(significantText(value / 1e6));
        return QCoreApplication::translate("KeyFiguresView", "$%1").arg(countText(value));
    }
    if (std::abs(value) >= 1e6)
        return QCoreApplication::translate("KeyFiguresView", "%1 million")
            .arg(significantText(value / 1e6));
    return countText(value);
}

QString quantityText(PlausibilityQuantity quantity)
{
    switch (quantity) {
    case PlausibilityQuantity::SalesToChina:
        return QCoreApplication::translate("KeyFiguresView", "Sales to China");
    case PlausibilityQuantity::Sellers:
        return QCoreApplication::translate("KeyFiguresView", "Sellers");
    case PlausibilityQuantity::ExportSupportedJobs:
        return QCoreApplication::translate("KeyFiguresView", "Export-supported jobs");
    }
    return {};
}

// "4,100 (1,780\u20136,350)": the median of the draws, then their 10th to 90th percentile.
QString medianAndRangeText(const Eigen::ArrayXXd &percentiles, Eigen::Index month)
{
    // No uncertain input moves the figure (what happened's sellers: its growth is fixed): say so
    // rather than "4,380 (4,380–4,380)", which reads like draws gone wrong.
    if (percentiles(month, percentileColumn(0.10)) == percentiles(month, percentileColumn(0.90)))
        return QCoreApplication::translate("KeyFiguresView", "%1 (no spread)")
            .arg(roundedCountText(percentiles(month, percentileColumn(0.50))));
    // A dash between two negative counts reads as minus signs run together ("-336--93"): say "to".
    const bool negative = percentiles(month, percentileColumn(0.10)) < 0;
    return (negative ? QCoreApplication::translate("KeyFiguresView", "%1 (%2 to %3)")
                     : QCoreApplication::translate("KeyFiguresView", "%1 (%2\u2013%3)"))
        .arg(roundedCountText(percentiles(month, percentileColumn(0.50))),
             roundedCountText(percentiles(month, percentileColumn(0.10))),
             roundedCountText(percentiles(month, percentileColumn(0.90))));
}

QString exactMedianAndRangeText(const Eigen::ArrayXXd &percentiles, Eigen::Index month)
{
    return QCoreApplication::translate("KeyFiguresView",
                                       "Median %1, 10th percentile %2, 90th percentile %3")
        .arg(exactCountText(percentiles(month, percentileColumn(0.50))),
             exactCountText(percentiles(month, percentileColumn(0.10))),
             exactCountText(percentiles(month, percentileColumn(0.90))));
}

} // namespace

KeyFiguresView::KeyFiguresView(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("keyFigures"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);

    // The verdict: a mark, a line in bold that says met or not, a line of the numbers behind it;
    // beside it, the jobs, the sellers and the month met, as set and over the draws.
    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    layout->addLayout(top);
    m_verdict = new QFrame(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    auto *verdictLayout = new QHBoxLayout(m_verdict);
    verdictLayout->setContentsMargins(8, 3, 8, 3);
    m_verdictMark = new QLabel(m_verdict);
    m_verdictMark->setObjectName(QStringLiteral("verdictMark"));
    QFont markFont = m_verdictMark->font();
    markFont.setPointSizeF(markFont.pointSizeF() * 1.8);
    markFont.setBold(true);
    m_verdictMark->setFont(markFont);
    verdictLayout->addWidget(m_verdictMark);
    auto *verdictLines = new QVBoxLayout;
    verdictLines->setSpacing(0);
    m_verdictHeadline = new FigureLabel(m_verdict);
    m_verdictHeadline->setObjectName(QStringLiteral("verdictHeadline"));
    QFont headlineFont = m_verdictHeadline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.2);
    headlineFont.setBold(true);
    m_verdictHeadline->setFont(headlineFont);
    m_verdictDetail = new FigureLabel(m_verdict);
    m_verdictDetail->setObjectName(QStringLiteral("verdictDetail"));
    verdictLines->addStretch();
    for (QLabel *line : {m_verdictHeadline, m_verdictDetail}) {
        // One line each whatever the text, so that the charts keep their height from one slider
        // step to the next (a relayout costs more than the step): a line too long for a narrow
        // window is cut, and the whole of it is in the tooltip.
        line->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        verdictLines->addWidget(line);
    }
    verdictLines->addStretch();
    verdictLayout->addLayout(verdictLines, 1);
    top->addWidget(m_verdict, 1);

    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(0);
    top->addLayout(m_grid);
    // The captions of the jobs and the sellers say which they count and when, and are set with
    // the figures.
    addRowTitle(kAsSetRow, QStringLiteral("rowTitleAsSet"), tr("Values as set"),
                tr("The projection with every input at the value it is set to"));
    addRowTitle(kDrawsRow, QStringLiteral("rowTitleDraws"), tr("Draws: median (p10 to p90)"),
                tr("Over the Monte Carlo draws of the uncertain inputs: the median, and the 10th "
                   "to the 90th percentile"));
    m_jobs = addFigure(m_grid, kCaptionRow, kJobsColumn, QStringLiteral("figureJobs"), QString(),
                       QString(), &m_jobsCaption);
    m_sellers = addFigure(m_grid, kCaptionRow, kSellersColumn, QStringLiteral("figureSellers"),
                          QString(), QString(), &m_sellersCaption);
    m_metMonth = addFigure(m_grid, kCaptionRow, kMetColumn, QStringLiteral("figureMetMonth"),
                           tr("Pledge met"),
                           tr("As set: the first month the projected jobs reach the pledge. Over "
                              "the draws: the share whose jobs reach it by the horizon"));
    m_jobsDraws = addValueLabel(QStringLiteral("figureJobsDraws"), QString());
    m_grid->addWidget(m_jobsDraws, kDrawsRow, kJobsColumn);
    m_sellersDraws = addValueLabel(QStringLiteral("figureSellersDraws"), QString());
    m_grid->addWidget(m_sellersDraws, kDrawsRow, kSellersColumn);
    m_probability = addValueLabel(QStringLiteral("figureProbability"),
                                  tr("The share of the Monte Carlo draws in which jobs reach the "
                                     "pledge by the horizon"));
    m_grid->addWidget(m_probability, kDrawsRow, kMetColumn);

    // What the pledge would need of three inputs, all else as set; job-years and export jobs.
    auto *more = new QGridLayout;
    more->setHorizontalSpacing(14);
    more->setVerticalSpacing(0);
    layout->addLayout(more);
    m_requiredGrowth = addFigure(more, 0, 0, QStringLiteral("figureRequiredGrowth"),
                                 tr("Growth needed"),
                                 tr("Yearly seller growth (before churn) at which jobs at the "
                                    "horizon equal the pledge, all else as set"));
    m_requiredHires = addFigure(more, 0, 1, QStringLiteral("figureRequiredHires"),
                                tr("Hires needed"),
                                tr("Hires per hiring seller at which jobs at the horizon equal "
                                   "the pledge, all else as set"));
    m_requiredSellers = addFigure(more, 0, 2, QStringLiteral("figureRequiredSellers"),
                                  tr("Starting sellers needed"),
                                  tr("Sellers at the start at which jobs at the horizon equal the "
                                     "pledge, all else as set"));
    m_jobYears = addFigure(more, 0, 3, QStringLiteral("figureJobYears"), QString(), QString(),
                           &m_jobYearsCaption);
    m_exportJobs = addFigure(more, 0, 4, QStringLiteral("figureExportJobs"),
                             tr("Export-supported jobs"),
                             tr("Jobs supported by the sellers' exports at the horizon: a second "
                                "lens that overlaps with direct jobs, never added to them"));
    more->setColumnStretch(5, 1); // what is left over, to the right

    // Below the figures, one line per crossed check. Amber, as a warning and not an error: the
    // scenario computes, but some of its assumptions have left the real world.
    m_warnings = new QFrame(this);
    m_warnings->setObjectName(QStringLiteral("plausibilityWarnings"));
    m_darkStyles = isDarkPalette(palette());
    m_warnings->setStyleSheet(warningsStyle(m_darkStyles));
    auto *warningsLayout = new QVBoxLayout(m_warnings);
    warningsLayout->setContentsMargins(6, 3, 6, 3);
    warningsLayout->setSpacing(1);
    for (QLabel *&label : m_warningLabels) {
        label = new FigureLabel(m_warnings);
        label->setWordWrap(true);
        warningsLayout->addWidget(label);
    }
    layout->addWidget(m_warnings);
    layout->addWidget(new ObservationLinesView(document, this));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_warnings->setAccessibleName(tr("Plausibility warnings"));
    const auto captionOf = [this](QLabel *value) {
        return findChild<QLabel *>(value->objectName() + QStringLiteral("Caption"));
    };
    const QString asSet = tr("values as set");
    const QString draws = tr("draws: median, 10th to 90th percentile");
    m_spokenFigures = {{m_jobs, m_jobsCaption, asSet},
                       {m_sellers, m_sellersCaption, asSet},
                       {m_metMonth, captionOf(m_metMonth), asSet},
                       {m_jobsDraws, m_jobsCaption, draws},
                       {m_sellersDraws, m_sellersCaption, draws},
                       {m_probability, captionOf(m_metMonth), draws}};
    for (QLabel *value : {m_requiredGrowth, m_requiredHires, m_requiredSellers, m_jobYears, m_exportJobs})
        m_spokenFigures.push_back({value, captionOf(value), QString()});
    // New values bring every figure and the quick draws at once; the full sample, later, only
    // the draws (and the verdict's odds).
    connect(document, &ScenarioDocument::resultsChanged, this,
            [this](ScenarioDocument::ResultsChange change) {
                // Plain text to change, not selectable documents laid out again (FigureLabel).
                for (FigureLabel *label : findChildren<FigureLabel *>())
                    label->settle();
                if (change == ScenarioDocument::ResultsChange::RefinedDraws)
                    showVerdictAndDraws();
                else
                    showFigures();
            });
    showFigures();
    // What's This (Shift+F1, or Help > What's This?) on every figure, caption and line of the
    // verdict: what it is and how it is computed. The tooltips give the exact values.
    for (QWidget *part : findChildren<QWidget *>())
        part->setWhatsThis(keyFigureWhatsThis(part->objectName()));
}

QLabel *KeyFiguresView::addValueLabel(const QString &objectName, const QString &help)
{
    auto *value = new FigureLabel(this);
    value->setObjectName(objectName);
    QFont font = value->font();
    font.setBold(true);
    value->setFont(font);
    value->setToolTip(help);
    value->setProperty("help", help);
    // One line, whatever the text: were a figure to wrap onto a second line on one slider step and
    // not the next, the charts below would be resized and laid out again on every step, which
    // costs more than the step itself. Three significant figures keep every figure short enough
    // for a 1366-pixel window; in a narrower one a figure is cut, whole in its tooltip, and the
    // window can still be made as narrow as its other parts allow.
    value->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    value->setMinimumWidth(QFontMetrics(font).averageCharWidth() * 8);
    return value;
}

QLabel *KeyFiguresView::addFigure(QGridLayout *grid, int row, int column, const QString &objectName,
                                  const QString &caption, const QString &help,
                                  QLabel **captionLabelOut)
{
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setObjectName(objectName + QStringLiteral("Caption"));
    captionLabel->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    captionLabel->setToolTip(help);
    captionLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    captionLabel->setMinimumWidth(QFontMetrics(captionLabel->font()).averageCharWidth() * 8);
    if (captionLabelOut)
        *captionLabelOut = captionLabel;
    QLabel *value = addValueLabel(objectName, help);
    grid->addWidget(captionLabel, row, column);
    grid->addWidget(value, row + 1, column);
    return value;
}

QLabel *KeyFiguresView::addRowTitle(int row, const QString &objectName, const QString &title,
                                    const QString &help)
{
    auto *label = new QLabel(title, this);
    label->setObjectName(objectName);
    label->setToolTip(help);
    m_grid->addWidget(label, row, kTitleColumn);
    return label;
}

void KeyFiguresView::showFigures()
{
    const ScenarioResults &r = m_document->results();
    const KeyFigures &f = r.figures;
    const bool created = f.basis == JobCountBasis::Created;
    const QString start = monthText(r.parameters, 0);
    const QString horizon = monthText(r.parameters, f.horizonMonths);
    // Captions short enough for a 1366-pixel window.
    m_jobsCaption->setText(created ? tr("Jobs created by %1").arg(horizon)
                                   : tr("Jobs linked in %1").arg(horizon));
    const QString jobsHelp =
        created ? tr("Jobs added since %1 by the horizon, J(%2) - J(0), net of displacement, and their "
                     "share of the pledge: what the pledge's \"create\" counts. Every job linked to the "
                     "sellers, those of %1 included: %3. Negative when the sellers shrink.")
                      .arg(start).arg(f.horizonMonths).arg(exactCountText(f.jobsLinkedAtHorizon))
                : tr("Every job linked to the sellers at the horizon, those of %1 included, net of "
                     "displacement, and their share of the pledge. Created since %1: %2.")
                      .arg(start, exactCountText(f.jobsCreatedAtHorizon));
    m_jobsCaption->setToolTip(jobsHelp);
    m_jobs->setText(tr("%1 (%2)").arg(roundedCountText(f.jobsAtHorizon),
                                      roundedPercentText(f.shareOfTarget)));
    m_jobs->setToolTip(tr("%1\n\nAs set: %2 jobs, %3 % of the pledge of %4.")
                           .arg(jobsHelp, exactCountText(f.jobsAtHorizon),
                                QLocale().toString(100.0 * f.shareOfTarget, 'g', 8),
                                exactCountText(f.targetJobs)));
    m_sellersCaption->setText(tr("Sellers in %1").arg(horizon));
    m_sellersCaption->setToolTip(tr("The sellers at the horizon"));
    m_sellers->setText(roundedCountText(f.sellersAtHorizon));
    m_sellers->setToolTip(tr("The sellers at the horizon, as set: %1")
                              .arg(exactCountText(f.sellersAtHorizon)));
    m_jobYearsCaption->setText(tr("Job-years to %1").arg(horizon));
    const QString yearsHelp =
        tr("The %1 jobs of each month held for a twelfth of a year, summed from %2 up to %3: one "
           "job held two years is two job-years (Council of Economic Advisers, 2009)")
            .arg(created ? tr("created") : tr("linked"), start, horizon);
    m_jobYearsCaption->setToolTip(yearsHelp);
    m_jobYears->setText(roundedCountText(f.jobYearsToHorizon));
    m_jobYears->setToolTip(tr("%1: %2").arg(yearsHelp, exactCountText(f.jobYearsToHorizon)));
    m_metMonth->setText(f.targetMetMonth
                            ? tr("%1 (month %2)").arg(monthText(r.parameters, *f.targetMetMonth))
                                  .arg(*f.targetMetMonth)
                            : tr("not met by %1").arg(horizon));
    const auto showRequired = [&r](QLabel *label, const std::optional<double> &value,
                                   SolveStatus status, ParameterId id) {
        label->setText(requiredText(value, status, id, r.parameters));
        // The caption's help, then the exact value when there is one.
        const QString help = label->property("help").toString();
        const QString exact = exactRequiredText(value, id);
        label->setToolTip(exact.isEmpty() ? help : tr("%1: %2").arg(help, exact));
    };
    showRequired(m_requiredGrowth, f.requiredAnnualGrowthRate, f.requiredAnnualGrowthRateStatus,
                 ParameterId::AnnualGrowthRate);
    showRequired(m_requiredHires, f.requiredHiresPerSeller, f.requiredHiresPerSellerStatus,
                 ParameterId::HiresPerSeller);
    showRequired(m_requiredSellers, f.requiredInitialSellers, f.requiredInitialSellersStatus,
                 ParameterId::InitialSellers);
    m_exportJobs->setText(roundedCountText(f.exportSupportedJobsAtHorizon));
    m_exportJobs->setToolTip(tr("Jobs supported by the sellers' exports at the horizon: a second "
                                "lens that overlaps with direct jobs, never added to them: %1")
                                 .arg(exactCountText(f.exportSupportedJobsAtHorizon)));
    showPlausibility();
    showVerdictAndDraws();
}

void KeyFiguresView::showPlausibility()
{
    const ScenarioResults &r = m_document->results();
    const KeyFigures &f = r.figures;
    bool anyExceeded = false;
    for (int i = 0; i < kPlausibilityCheckCount; ++i) {
        const PlausibilityFinding &finding = f.plausibility[i];
        QLabel *label = m_warningLabels[i];
        label->setObjectName(QStringLiteral("plausibility_") + modelText(finding.check.id));
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
        label->setText(
            tr("\u26a0 %1: %2%3 against %4, %5, %6")
                .arg(quantityText(quantity), projectedAmountText(quantity, finding.valueAtHorizon),
                     perYear, amountText(quantity, finding.check.bound),
                     translatedModelText("PlausibilityCheck", finding.check.boundLabel), when));
        label->setToolTip(tr("%1: %2 at the horizon (%3).\nSource: %4")
                              .arg(translatedModelText("PlausibilityCheck", finding.check.label),
                                   amountText(quantity, finding.valueAtHorizon) + perYear,
                                   monthText(r.parameters, f.horizonMonths),
                                   translatedModelText("PlausibilityCheck", finding.check.source)));
    }
    m_warnings->setVisible(anyExceeded);
}

void KeyFiguresView::showVerdictAndDraws()
{
    const ScenarioResults &r = m_document->results();
    const KeyFigures &f = r.figures;
    const bool created = f.basis == JobCountBasis::Created;
    const bool met = f.targetMetMonth.has_value();
    const QString horizon = monthText(r.parameters, f.horizonMonths);
    const QString metText = met ? monthText(r.parameters, *f.targetMetMonth) : QString();
    // "4,780 jobs created by 2022-01, 0.478 % of the pledge"
    const QString jobs = (created ? tr("%1 jobs created by %2") : tr("%1 jobs linked in %2"))
                             .arg(roundedCountText(f.jobsAtHorizon), horizon);
    const QString jobsAndShare =
        tr("%1, %2 of the pledge").arg(jobs, roundedPercentText(f.shareOfTarget));

    // What the draws say, for the verdict's second line and the draws' row.
    QString odds;
    const std::shared_ptr<const UncertaintyResults> &latest = m_document->uncertainty();
    if (latest && latest->monteCarlo.jobsPercentiles.rows() == f.horizonMonths + 1) {
        const MonteCarloResult &u = latest->monteCarlo;
        const Eigen::Index end = u.jobsPercentiles.rows() - 1;
        // A sample larger than a step runs is stood in for by its first draws until the worker's
        // run of the whole, marked so.
        const QString rough = m_document->isUncertaintyRefined() ? QString() : tr(" (rough)");
        const QString draws = QLocale().toString(u.samples);
        odds = tr("%1 of %2 draws meet it \u00b7 median %3%4")
                   .arg(roundedPercentText(u.probabilityTargetMet), draws,
                        roundedCountText(u.jobsPercentiles(end, percentileColumn(0.50))), rough);
        m_jobsDraws->setText(medianAndRangeText(u.jobsPercentiles, end) + rough);
        m_jobsDraws->setToolTip(tr("Jobs %1 %2 over %3 draws. %4")
                                    .arg(created ? tr("created by") : tr("linked in"), horizon,
                                         draws, exactMedianAndRangeText(u.jobsPercentiles, end)));
        m_sellersDraws->setText(medianAndRangeText(u.sellersPercentiles, end) + rough);
        m_sellersDraws->setToolTip(tr("Sellers in %1 over %2 draws. %3")
                                       .arg(horizon, draws,
                                            exactMedianAndRangeText(u.sellersPercentiles, end)));
        m_probability->setText(tr("%1 of draws%2").arg(roundedPercentText(u.probabilityTargetMet), rough));
        m_probability->setToolTip(tr("%1 of %2 draws meet the pledge by %3")
                                      .arg(QLocale().toString(u.probabilityTargetMet * u.samples, 'f', 0),
                                           draws, horizon));
    } else {
        // No draws at all (every input fixed, or the run failed), or none yet for these values
        // (their run follows at once).
        const bool certain = m_document->scenario().uncertainty.isCertain();
        const QString none = certain ? tr("every input is fixed")
                             : !latest && !m_document->uncertaintyProblem().isEmpty()
                                 ? tr("none: %1").arg(m_document->uncertaintyProblem())
                                 : tr("...");
        odds = certain ? tr("certain: every input is fixed") : tr("draws: %1").arg(none);
        m_jobsDraws->setText(none);
        m_sellersDraws->setText(none);
        m_jobsDraws->setToolTip(none);
        m_sellersDraws->setToolTip(none);
        // With nothing uncertain the projection is the only outcome: met for sure, or not.
        m_probability->setText(!certain ? none
                               : met    ? tr("certain: met in %1").arg(metText)
                                        : tr("certain: not met"));
        m_probability->setToolTip(certain ? tr("Every input is fixed: the projection as set is "
                                               "the only outcome")
                                          : none);
    }

    const QString headline = met ? tr("Met in %1, %2").arg(metText, timeLeftText(*f.targetMetMonth, f.horizonMonths))
                                 : tr("Not met: %1").arg(jobsAndShare);
    const QString detail = met ? tr("%1 \u00b7 %2").arg(jobsAndShare, odds) : odds;
    // A style sheet costs a polish of the frame and its labels: set only when the verdict turns.
    if (m_verdict->property("met").toBool() != met || m_verdict->styleSheet().isEmpty()) {
        m_verdict->setProperty("met", met);
        m_verdict->setStyleSheet(verdictStyle(met, m_darkStyles));
    }
    // A tick or a cross: met and not met differ in shape and words as well as colour.
    m_verdictMark->setText(met ? QStringLiteral("\u2714") : QStringLiteral("\u2716"));
    m_verdictHeadline->setText(headline);
    m_verdictDetail->setText(detail);
    const QString whole = tr("%1\n%2").arg(headline, detail);
    m_verdict->setToolTip(whole);
    m_verdictHeadline->setToolTip(whole);
    m_verdictDetail->setToolTip(whole);
    m_verdictMark->setAccessibleName(met ? tr("Met") : tr("Not met"));
    m_verdict->setAccessibleDescription(whole);
    nameFiguresForScreenReaders();
}

void KeyFiguresView::nameFiguresForScreenReaders()
{
    for (const auto &[value, caption, row] : m_spokenFigures) {
        const QString name = row.isEmpty() ? caption->text() : tr("%1, %2").arg(caption->text(), row);
        if (value->accessibleName() != name)
            value->setAccessibleName(name);
        if (value->accessibleDescription() != value->text())
            value->setAccessibleDescription(value->text());
    }
}

void KeyFiguresView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || isDarkPalette(palette()) == m_darkStyles)
        return;
    m_darkStyles = isDarkPalette(palette());
    m_warnings->setStyleSheet(warningsStyle(m_darkStyles));
    if (!m_verdict->styleSheet().isEmpty())
        m_verdict->setStyleSheet(verdictStyle(m_verdict->property("met").toBool(), m_darkStyles));
}

} // namespace pledgecheck
