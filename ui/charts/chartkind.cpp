#include "chartkind.h"

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
     "the projection against the pledge (the default)", false, true, {"jobsChart", nullptr}, make<JobsChart>},
    {ChartKind::Sellers, "sellers", QT_TRANSLATE_NOOP("Charts", "Sellers"), "sellers over time", false, false,
     {"sellersChart", nullptr}, make<SellersChart>},
    {ChartKind::Sources, "sources", QT_TRANSLATE_NOOP("Charts", "Job sources"),
     "the jobs by where they come from", false, false, {"sourcesChart", nullptr}, make<SourcesChart>},
    {ChartKind::Uncertainty, "uncertainty", QT_TRANSLATE_NOOP("Charts", "Uncertainty"),
     "the spread at the horizon and the odds by year", true, true, {"uncertaintyChart", "oddsChart"},
     make<HorizonHistogramChart, PledgeOddsChart>},
    {ChartKind::Sensitivity, "sensitivity", QT_TRANSLATE_NOOP("Charts", "Sensitivity"), "the tornado",
     true, true, {"sensitivityChart", nullptr}, make<TornadoChart>},
    {ChartKind::Frontier, "frontier", QT_TRANSLATE_NOOP("Charts", "What it would take"),
     "the growth and hires that would meet the pledge", false, true, {"frontierChart", nullptr},
     make<FrontierChart>},
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
