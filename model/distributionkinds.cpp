#include "distributionkinds.h"

namespace pledgecheck {
namespace {

constexpr std::array<DistributionKindInfo, kDistributionKindCount> kKinds{{
    {DistributionKind::Fixed, "fixed", "Fixed (no uncertainty)", false, 0, {}},
    {DistributionKind::Uniform, "uniform", "Uniform", true, 2,
     {{{"low", "Low", "low"}, {"high", "High", "high"}}}},
    {DistributionKind::Triangular, "triangular", "Triangular", true, 3,
     {{{"low", "Low", "low"}, {"mode", "Most likely", "most likely"}, {"high", "High", "high"}}}},
    {DistributionKind::Normal, "normal", "Normal", true, 2,
     {{{"mean", "Mean", "mean"}, {"sd", "Standard deviation", "sd"}}}},
    {DistributionKind::LogNormal, "lognormal", "Lognormal", true, 2,
     {{{"median", "Median", "median"}, {"p90", "90th percentile", "90th percentile"}}}},
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
