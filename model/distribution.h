#pragma once

#include "modelmessage.h"

#include <Eigen/Core>

#include <optional>
#include <span>
#include <string>

namespace pledgecheck {

// Declared only: the parameter table holds each parameter's default Distribution.
struct ParameterDescriptor;

enum class DistributionKind { Fixed, Uniform, Triangular, Normal, LogNormal };

/// How uncertain a parameter is. Samples are truncated to the parameter's valid range by
/// sampling the inverse of the truncated distribution function, so no draw is rejected and the
/// same uniform number always gives the same value.
struct Distribution {
    DistributionKind kind = DistributionKind::Fixed;
    /// uniform: low, high; triangular: low, mode, high; normal: mean, sd; lognormal: median, p90.
    double a = 0, b = 0, c = 0;

    static constexpr Distribution fixed() { return {}; }
    static constexpr Distribution uniform(double low, double high) { return {DistributionKind::Uniform, low, high, 0}; }
    static constexpr Distribution triangular(double low, double mode, double high)
    {
        return {DistributionKind::Triangular, low, mode, high};
    }
    static constexpr Distribution normal(double mean, double sd) { return {DistributionKind::Normal, mean, sd, 0}; }
    /// Lognormal with the given median and 90th percentile (p90 > median > 0).
    static constexpr Distribution logNormal(double median, double p90) { return {DistributionKind::LogNormal, median, p90, 0}; }

    bool isFixed() const { return kind == DistributionKind::Fixed; }

    /// Empty when the distribution suits @p d: its numbers finite, low <= mode <= high, sd > 0,
    /// 0 < median < p90, and its support meeting the parameter's valid range; otherwise one line
    /// naming the parameter and the problem. Only Real parameters may be uncertain.
    /// A normal or lognormal whose spread rounds to nothing (mean + sd == mean; ln p90 == ln
    /// median, or a median below the least normal double) is refused rather than read as fixed:
    /// its draws would be 0/0, and whoever wrote it meant some spread, so they are told.
    std::optional<ModelMessage> check(const ParameterDescriptor &d) const;

    /// The value at cumulative probability @p p (0 < p < 1) of the distribution truncated to
    /// [@p low, @p high].
    double quantile(double p, double low, double high) const;

    /// The value the distribution is centred on: a uniform's midpoint, a triangular's mode, a
    /// normal's mean, a lognormal's median. A parameter's value is the centre of its distribution.
    double centre() const;

    /// The same spread centred on @p value, so that moving a parameter's slider moves its
    /// uncertainty with it: a uniform or triangular shifts (its ends then clipped to [@p low,
    /// @p high]), a normal keeps its sd, a lognormal keeps its ratio of p90 to median. A normal or
    /// lognormal becomes fixed where that spread would round to nothing (check()) and a lognormal
    /// at a value of 0 or less, where none is centred: a slider may go anywhere in range.
    Distribution centredOn(double value, double low, double high) const;

    /// The low and high ends a sensitivity analysis swings to: the 10th and 90th percentiles,
    /// truncated to [@p low, @p high].
    double lowEnd(double low, double high) const { return quantile(0.1, low, high); }
    double highEnd(double low, double high) const { return quantile(0.9, low, high); }

    friend bool operator==(const Distribution &, const Distribution &) = default;
};

/// A distribution truncated to [low, high], with what its quantile needs worked out once: a
/// Monte Carlo run maps each uniform draw through it.
class TruncatedDistribution
{
public:
    TruncatedDistribution(const Distribution &distribution, double low, double high);
    /// The value at cumulative probability @p p, 0 < p < 1.
    double quantile(double p) const;
    /// Replaces each cumulative probability in @p p (0 < p < 1) by its value, as quantile()
    /// would, draw for draw; vectorised.
    void quantiles(std::span<double> p) const;

private:
    Distribution m_distribution;
    double m_low, m_high;
    double m_from = 0, m_to = 1;   ///< the untruncated distribution function at low and high
    double m_mu = 0, m_sigma = 1;  ///< location and scale of the normal behind it
};

/// The standard normal distribution function, Φ.
double standardNormalCdf(double x);
/// Its inverse, Φ⁻¹(p) for 0 < p < 1, to a relative error below 1.2e-9 (Acklam).
double standardNormalQuantile(double p);
/// Replaces each probability in @p values by Φ⁻¹ of it, as standardNormalQuantile() would,
/// vectorised.
void standardNormalQuantiles(std::span<double> values);

} // namespace pledgecheck
