#include "chartkind.h"

#include "comparechart.h"
#include "frontierchart.h"
#include "horizonhistogramchart.h"
#include "jobschart.h"
#include "pledgeoddschart.h"
#include "sellerschart.h"
#include "sourceschart.h"
#include "tornadochart.h"

#include <QCoreApplication>

namespace pledgecheck {
namespace {

template <typename... Charts>
ChartSet make()
{
    ChartSet charts;
    (charts.push_back(std::make_unique<Charts>()), ...);
    return charts;
}

constexpr std::array<ChartEntry, kChartCount> kRegistry{{
    {ChartKind::Jobs, "jobs", QT_TRANSLATE_NOOP("Charts", "Jobs against the pledge"),
     "the projection against the pledge (the default)",
     QT_TRANSLATE_NOOP("Charts", "Jobs J(t) month by month against the pledge: direct jobs h · Hs(t) plus "
                                 "service jobs V(t), less displacement, counted on the scenario's basis "
                                 "(docs/model.md, \"Jobs J(t): the headline figure\"). Shaded: the 10–90 "
                                 "and 25–75 % bands of the Monte Carlo draws and their median; dashed: "
                                 "the export lens X(t), never added, and the baseline ghost of the values "
                                 "last opened or saved."),
     false, true, false, {"jobsChart", nullptr}, make<JobsChart>},
    {ChartKind::Sellers, "sellers", QT_TRANSLATE_NOOP("Charts", "Sellers"), "sellers over time",
     QT_TRANSLATE_NOOP("Charts", "Sellers S(t) month by month: exponential, logistic (levelling off at the "
                                 "market size K) or linear growth at the net rate n = (1 + g)(1 − c) "
                                 "− 1 (docs/model.md, \"Sellers S(t)\" and \"Net growth\")."),
     false, false, false,
     {"sellersChart", nullptr}, make<SellersChart>},
    {ChartKind::Sources, "sources", QT_TRANSLATE_NOOP("Charts", "Job sources"),
     "the jobs by where they come from",
     QT_TRANSLATE_NOOP("Charts", "Where the linked jobs come from, stacked: direct hires D(t) = h · Hs(t) of "
                                 "the hiring sellers and service jobs V(t) bought from others, each net of "
                                 "displacement, and on top the displaced jobs that would exist anyway "
                                 "(docs/model.md, \"Direct jobs D(t) and service jobs V(t)\")."),
     false, false, false, {"sourcesChart", nullptr}, make<SourcesChart>},
    {ChartKind::Uncertainty, "uncertainty", QT_TRANSLATE_NOOP("Charts", "Uncertainty"),
     "the spread at the horizon and the odds by year",
     QT_TRANSLATE_NOOP("Charts", "Left: a histogram of the jobs at the horizon J(12H) over the Monte Carlo "
                                 "draws, with the pledge, the projection as set and the draws' 10th, 50th "
                                 "and 90th percentiles marked. Right: the share of draws that have met the "
                                 "pledge by each year (docs/model.md, \"Uncertainty\")."),
     true, true, false, {"uncertaintyChart", "oddsChart"},
     make<HorizonHistogramChart, PledgeOddsChart>},
    {ChartKind::Sensitivity, "sensitivity", QT_TRANSLATE_NOOP("Charts", "Sensitivity"), "the tornado",
     QT_TRANSLATE_NOOP("Charts", "The tornado: the jobs at the horizon with each uncertain input at the "
                                 "10th and at the 90th percentile of its distribution and every other as "
                                 "set, widest swing on top, with each input's rank correlation with the "
                                 "jobs over the draws (docs/model.md, \"Uncertainty\", Sensitivity)."),
     true, true, true, {"sensitivityChart", nullptr}, make<TornadoChart>},
    {ChartKind::Frontier, "frontier", QT_TRANSLATE_NOOP("Charts", "What it would take"),
     "the growth and hires that would meet the pledge",
     QT_TRANSLATE_NOOP("Charts", "What it would take: for each number of hires per hiring seller, the yearly "
                                 "seller growth at which the jobs at the horizon equal the pledge, every "
                                 "other input as set; the shaded region meets it. This scenario and each "
                                 "preset are marked, and with uncertainty on, where half the draws meet it "
                                 "(docs/model.md, \"The frontier\")."),
     false, true, true, {"frontierChart", nullptr},
     make<FrontierChart>},
    {ChartKind::Compare, "compare", QT_TRANSLATE_NOOP("Charts", "Compare"),
     "this scenario's jobs beside those of each --compare scenario",
     QT_TRANSLATE_NOOP("Charts", "Scenarios side by side: the jobs J(t) of this scenario and of each scenario "
                                 "added to the comparison, each on this scenario's basis from its own "
                                 "start, against this scenario's pledge, each in a colour and dash of its "
                                 "own; below, a table of their key figures and parameters, those that "
                                 "differ highlighted (docs/model.md, \"Comparing scenarios\")."),
     false, false, false, {"compareChart", nullptr}, make<CompareChart>},
}};

// The registry is in ChartKind's order, so a kind is its own index.
constexpr bool inKindOrder()
{
    for (std::size_t i = 0; i < kRegistry.size(); ++i) {
        if (static_cast<std::size_t>(kRegistry[i].kind) != i)
            return false;
    }
    return true;
}
static_assert(inKindOrder(), "chartRegistry() must list the charts in ChartKind's order");

} // namespace

const std::array<ChartEntry, kChartCount> &chartRegistry()
{
    return kRegistry;
}

const ChartEntry &chartEntry(ChartKind kind)
{
    return kRegistry[static_cast<std::size_t>(kind)];
}

QString chartName(ChartKind kind)
{
    return QString::fromLatin1(chartEntry(kind).name);
}

QString chartTitle(ChartKind kind)
{
    return QCoreApplication::translate("Charts", chartEntry(kind).tabTitle);
}

QString chartExplanation(ChartKind kind)
{
    return QCoreApplication::translate("Charts", chartEntry(kind).explanation);
}

std::optional<ChartKind> chartNamed(const QString &name)
{
    for (const ChartEntry &entry : kRegistry) {
        if (QLatin1String(entry.name) == name)
            return entry.kind;
    }
    return std::nullopt;
}

QStringList chartNames()
{
    QStringList names;
    for (const ChartEntry &entry : kRegistry)
        names << QString::fromLatin1(entry.name);
    return names;
}

QString chartHelp()
{
    QStringList items;
    for (const ChartEntry &entry : kRegistry)
        items << QStringLiteral("%1 (%2)").arg(QLatin1String(entry.name), QLatin1String(entry.help));
    return items.join(QStringLiteral(", "));
}

} // namespace pledgecheck
