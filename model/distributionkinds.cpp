#include "distributionkinds.h"

// Names, labels and phrases are marked for the window's catalogue (translations/); the files
// and the command line use them as they are.
#include <QtGlobal>

namespace pledgecheck {
namespace {

constexpr std::array<DistributionKindInfo, kDistributionKindCount> kKinds{{
    {DistributionKind::Fixed,
     QT_TRANSLATE_NOOP("Distribution", "fixed"),
     QT_TRANSLATE_NOOP("Distribution", "Fixed (no uncertainty)"),
     false,
     0,
     {}},
    {DistributionKind::Uniform,
     QT_TRANSLATE_NOOP("Distribution", "uniform"),
     QT_TRANSLATE_NOOP("Distribution", "Uniform"),
     true,
     2,
     {{{"low", QT_TRANSLATE_NOOP("Distribution", "Low"), QT_TRANSLATE_NOOP("Distribution", "low")},
       {"high", QT_TRANSLATE_NOOP("Distribution", "High"),
        QT_TRANSLATE_NOOP("Distribution", "high")}}}},
    {DistributionKind::Triangular,
     QT_TRANSLATE_NOOP("Distribution", "triangular"),
     QT_TRANSLATE_NOOP("Distribution", "Triangular"),
     true,
     3,
     {{{"low", QT_TRANSLATE_NOOP("Distribution", "Low"), QT_TRANSLATE_NOOP("Distribution", "low")},
       {"mode", QT_TRANSLATE_NOOP("Distribution", "Most likely"),
        QT_TRANSLATE_NOOP("Distribution", "most likely")},
       {"high", QT_TRANSLATE_NOOP("Distribution", "High"),
        QT_TRANSLATE_NOOP("Distribution", "high")}}}},
    {DistributionKind::Normal,
     QT_TRANSLATE_NOOP("Distribution", "normal"),
     QT_TRANSLATE_NOOP("Distribution", "Normal"),
     true,
     2,
     {{{"mean", QT_TRANSLATE_NOOP("Distribution", "Mean"),
        QT_TRANSLATE_NOOP("Distribution", "mean")},
       {"sd", QT_TRANSLATE_NOOP("Distribution", "Standard deviation"),
        QT_TRANSLATE_NOOP("Distribution", "sd")}}}},
    {DistributionKind::LogNormal,
     QT_TRANSLATE_NOOP("Distribution", "lognormal"),
     QT_TRANSLATE_NOOP("Distribution", "Lognormal"),
     true,
     2,
     {{{"median", QT_TRANSLATE_NOOP("Distribution", "Median"),
        QT_TRANSLATE_NOOP("Distribution", "median")},
       {"p90", QT_TRANSLATE_NOOP("Distribution", "90th percentile"),
        QT_TRANSLATE_NOOP("Distribution", "90th percentile")}}}},
}};

// kindInfo() indexes the table by the enum: each row must sit at its kind's place.
constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kKinds.size(); ++i) {
        if (static_cast<std::size_t>(kKinds[i].kind) != i)
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "distribution kinds must be listed in DistributionKind order");

} // namespace

const std::array<DistributionKindInfo, kDistributionKindCount> &distributionKinds()
{
    return kKinds;
}

const DistributionKindInfo &kindInfo(DistributionKind kind)
{
    return kKinds.at(static_cast<std::size_t>(kind));
}

const DistributionKindInfo *findDistributionKind(std::string_view name)
{
    for (const DistributionKindInfo &k : kKinds) {
        if (k.inFiles && k.name == name)
            return &k;
    }
    return nullptr;
}

} // namespace pledgecheck
