#pragma once

#include "distribution.h"

#include <optional>
#include <span>
#include <string_view>

namespace pledgecheck {

/// Every input of the projection. The order is the order of the parameter table, grouped as the
/// parameter panel shows them. The string ids in the table are a file and command-line contract.
enum class ParameterId : int {
    InitialSellers,
    GrowthModel,
    AnnualGrowthRate,
    AnnualChurnRate,
    MarketSize,
    HiresPerSeller,
    SideBusinessShare,
    HiringLagMonths,
    ServiceJobsPer1000Sellers,
    ExportValuePerSeller,
    JobsPerBillionExports,
    DisplacementShare,
    TargetJobs,
    JobCountBasis,
    Start,
    HorizonYears,
};

inline constexpr int kParameterCount = static_cast<int>(ParameterId::HorizonYears) + 1;

/// How a parameter's value (always stored as a double) is to be read.
enum class ParameterKind {
    Real,    ///< any finite number in range
    Integer, ///< a whole number in range
    Choice,  ///< an index into ParameterDescriptor::choices
    Month,   ///< a calendar month as year*12 + (month-1); written "YYYY-MM"
};

enum class ParameterGroup { Sellers, Hiring, WiderEffects, Pledge };

/// Growth curves of the seller count; the value of the growth_model parameter.
enum class GrowthModel : int { Exponential = 0, Logistic = 1, Linear = 2 };

/// What counts as a job against the pledge; the value of the job_count_basis parameter.
enum class JobCountBasis : int {
    Created = 0, ///< the jobs added since the start month, J(t) - J(0): the pledge's "create"
    Linked = 1,  ///< every job linked to the sellers, J(t), those of the start month included
};

/// One row of the parameter table: everything the UI, the file reader, the command line and the
/// Monte Carlo defaults need to know about a parameter, declared once. Rows are written with
/// designated initializers; a field left out takes the default given here.
struct ParameterDescriptor {
    ParameterId id;
    std::string_view key;   ///< id in files and on the command line, e.g. "annual_growth_rate"
    std::string_view label; ///< short label for the analyst, e.g. "Yearly seller growth"
    std::string_view unit;  ///< unit of the value as the analyst reads it ("sellers", "USD a year")
    std::string_view unitOne = {}; ///< the unit after exactly 1 ("worker"), where it differs from `unit`
    ParameterKind kind = ParameterKind::Real;
    ParameterGroup group;
    double defaultValue;
    double minimum; ///< inclusive
    double maximum; ///< inclusive
    /// The slider's track: a plausible range inside the valid one (docs/model.md argues each), so
    /// that a drag moves by amounts an analyst means. The number field still takes the whole
    /// valid range; a value beyond the track pins the slider at that end. Left out: the valid
    /// range's end.
    std::optional<double> sliderMinimum = std::nullopt;
    std::optional<double> sliderMaximum = std::nullopt;
    double step;    ///< a sensible slider and spin-box step
    bool percent = false;  ///< a fraction the UI shows as percent (0.5 = 50 %)
    bool logScale = false; ///< the range spans orders of magnitude; a slider should move geometrically
    std::span<const std::string_view> choices = {}; ///< names of a Choice parameter's values
    /// How uncertain the default is, centred on defaultValue (the central estimate's uncertainty,
    /// Uncertainty::sourcedDefaults()); fixed unless a source gives a range.
    Distribution uncertainty = Distribution::fixed();
    /// The scenario format version (scenariofile::kFormatVersion) that introduced the parameter.
    /// A file of an older version need not list it, and opens with defaultValue.
    int sinceVersion = 1;
    /// An event may change it on a date (docs/model.md, "Events"): the rates and shares that a
    /// trade war or a withdrawal could move, and the growth curve. The start, the horizon, the
    /// pledge, the starting sellers, the lag and the basis describe the question and may not.
    bool changesByEvent = false;
    /// The source of the default as an exported chart's source line names it, a few words with
    /// a year: "CNNMoney 2017". Two sources are separated by "; ".
    std::string_view shortSource;
    std::string_view source; ///< where the default (and its uncertainty) comes from, with the reasoning
};

} // namespace pledgecheck
