#pragma once

#include "parameters.h"
#include "projection.h"
#include "scenarioevents.h"

#include <array>
#include <optional>
#include <string_view>

namespace pledgecheck {

/// The series of a projection a plausibility check reads.
enum class PlausibilityQuantity {
    SalesToChina,        ///< S(t) · export_value_per_seller: the sellers' yearly sales, USD a year
    Sellers,             ///< S(t), sellers
    ExportSupportedJobs, ///< X(t), jobs supported by the sellers' exports
};

/// A public total a projection should stay below: where a scenario goes past it, it has left the
/// real world (docs/model.md, Plausibility checks).
struct PlausibilityCheck {
    std::string_view id;         ///< in --summary, e.g. "sales_vs_us_goods_exports_to_china"
    std::string_view label;      ///< what is held against what, "Sellers against ..."
    PlausibilityQuantity quantity = PlausibilityQuantity::Sellers;
    std::string_view boundLabel; ///< the total, e.g. "all US goods exports to China in 2017"
    double bound = 0;            ///< in the quantity's unit (USD a year, sellers or jobs)
    std::string_view source;     ///< where the bound comes from
};

inline constexpr int kPlausibilityCheckCount = 5;

/// The checks, in a fixed order, for a scenario starting in @p startYear. US goods exports to
/// China are taken for the start year where a sourced figure exists (2016 to 2020), else for the
/// nearest year that has one.
std::array<PlausibilityCheck, kPlausibilityCheckCount> plausibilityChecks(int startYear);

/// One check applied to one projection.
struct PlausibilityFinding {
    PlausibilityCheck check;
    double valueAtHorizon = 0;             ///< the quantity in month 12·H
    std::optional<int> firstMonthExceeded; ///< the first month t with quantity(t) > bound, if any

    bool exceeded() const { return firstMonthExceeded.has_value(); }
};

using PlausibilityFindings = std::array<PlausibilityFinding, kPlausibilityCheckCount>;

/// Every check of plausibilityChecks() applied to @p projection, the projection of valid
/// @p parameters: the quantity at the horizon and the first month it is above the bound, if any.
/// A quantity that rises above the bound and falls back counts as exceeded.
PlausibilityFindings checkPlausibility(const Parameters &parameters, const Projection &projection);
/// The same for @p projection made under @p events: the sales read the export value in force
/// each month.
PlausibilityFindings checkPlausibility(const Parameters &parameters, const ScenarioEvents &events,
                                       const Projection &projection);

} // namespace pledgecheck
