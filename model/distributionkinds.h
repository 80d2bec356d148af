#pragma once

#include "distribution.h"

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

namespace pledgecheck {

/// One number a kind of distribution takes: a, b or c of Distribution, in that order.
struct DistributionNumber {
    std::string_view key;    ///< its key in a scenario file: "low", "mode", "sd"
    std::string_view label;  ///< in the distribution dialog: "Most likely", "Standard deviation"
    std::string_view phrase; ///< inside a sentence: "most likely", "sd"
};

/// A kind of distribution, declared once: the scenario file, the distribution dialog and the
/// text the window writes all read it here (like the parameters' table).
struct DistributionKindInfo {
    DistributionKind kind;
    std::string_view name;  ///< in a scenario file and in text: "triangular"
    std::string_view label; ///< in the distribution dialog's list: "Triangular"
    /// Whether a scenario file names it: a fixed parameter is one the file leaves out.
    bool inFiles;
    std::size_t numberCount;
    std::array<DistributionNumber, 3> numberSlots;

    /// The numbers it takes, a then b then c; none for a fixed one.
    std::span<const DistributionNumber> numbers() const { return {numberSlots.data(), numberCount}; }
};

/// How many kinds DistributionKind has: one more than its last, LogNormal.
inline constexpr std::size_t kDistributionKindCount =
    static_cast<std::size_t>(DistributionKind::LogNormal) + 1;

/// Every kind, in DistributionKind order (fixed first).
const std::array<DistributionKindInfo, kDistributionKindCount> &distributionKinds();

/// What the table says of @p kind.
const DistributionKindInfo &kindInfo(DistributionKind kind);

/// The kind a scenario file names @p name ("lognormal"), or null: "fixed" is not one.
const DistributionKindInfo *findDistributionKind(std::string_view name);

} // namespace pledgecheck
