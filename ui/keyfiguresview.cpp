#include "keyfiguresview.h"

#include "parametertable.h"
#include "scenariodocument.h"
#include "valuetext.h"
#include "yearmonth.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

#include <cmath>

namespace pledgecheck {
namespace {

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

KeyFiguresView::KeyFiguresView(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
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
    connect(document, &ScenarioDocument::resultsChanged, this, &KeyFiguresView::showFigures);
    showFigures();
}

QLabel *KeyFiguresView::addFigure(const QString &objectName, const QString &caption,
                                  const QString &help)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    // Three figures a row, each a caption over its value.
    const int figure = grid->count() / 2;
    const int row = 2 * (figure / 3);
    const int column = figure % 3;
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

} // namespace pledgecheck
