#pragma once

#include "distribution.h"
#include "parameters.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace pledgecheck {

/// How uncertain a scenario's parameters are: a distribution for each (fixed unless given), the
/// seed that makes a Monte Carlo run reproducible, and the number of draws.
struct Uncertainty {
    static constexpr int kDefaultSamples = 10000;
    static constexpr int kMaxSamples = 1000000;
    static constexpr std::uint64_t kDefaultSeed = 20170109; // the day of the pledge

    std::array<Distribution, kParameterCount> distributions{};
    std::uint64_t seed = kDefaultSeed;
    int samples = kDefaultSamples;

    const Distribution &operator[](ParameterId id) const
    {
        return distributions[static_cast<std::size_t>(id)];
    }
    void set(ParameterId id, const Distribution &d) { distributions[static_cast<std::size_t>(id)] = d; }

    /// True when the draws hold parameter @p id at its value though it has a distribution. Churn
    /// is held while growth is drawn: only net growth, (1 + g)(1 - c) - 1, moves the sellers, and
    /// growth's sourced range is already a range of net growth (Balding's 25 to 40 years), so
    /// drawing both would count one uncertainty twice (docs/model.md, "One net growth"). With
    /// growth fixed, churn's own distribution is drawn.
    bool isHeld(ParameterId id) const
    {
        return id == ParameterId::AnnualChurnRate && !(*this)[ParameterId::AnnualGrowthRate].isFixed()
               && !(*this)[id].isFixed();
    }

    /// The distribution the draws, the tornado and the correlations use for @p id: fixed when the
    /// parameter is held, else its own.
    Distribution drawn(ParameterId id) const { return isHeld(id) ? Distribution::fixed() : (*this)[id]; }

    /// True when every parameter is fixed: a Monte Carlo run would only repeat the projection.
    bool isCertain() const
    {
        return std::all_of(distributions.begin(), distributions.end(),
                           [](const Distribution &d) { return d.isFixed(); });
    }

    /// The central estimate's sourced ranges (docs/model.md, "Uncertainty"): each parameter's
    /// ParameterDescriptor::uncertainty, centred on its default.
    static Uncertainty sourcedDefaults();

    /// Empty when every distribution suits its parameter and the sample count is 1 to kMaxSamples;
    /// otherwise the first problem, naming the parameter.
    std::optional<ModelMessage> validate() const;

    friend bool operator==(const Uncertainty &, const Uncertainty &) = default;
};

} // namespace pledgecheck
