#include "distribution.h"

#include "parameterdescriptor.h"
#include "reproduciblemath.h"
#include "simdclones.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>

namespace pledgecheck {
namespace {

// z such that Φ(z) = 0.9, for the lognormal's p90.
constexpr double kZ90 = 1.2815515655446004;

// Acklam's rational approximation of Φ⁻¹: relative error below 1.15e-9, far finer than any
// uncertainty it serves, and cheap enough to run once per Monte Carlo draw: a numerator and a
// denominator for the central region, and two for the tails.
constexpr double kCentralTop[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                                  1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
constexpr double kCentralBottom[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                     6.680131188771972e+01, -1.328068155288572e+01};
constexpr double kTailTop[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
constexpr double kTailBottom[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                  3.754408661907416e+00};
constexpr double kLowRegion = 0.02425;

bool isCentral(double p)
{
    return p >= kLowRegion && p <= 1.0 - kLowRegion;
}

double centralNormalQuantile(double p)
{
    const double q = p - 0.5;
    const double r = q * q;
    const auto &a = kCentralTop;
    const auto &b = kCentralBottom;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
           / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
}

PLEDGECHECK_SIMD_CLONES void centralNormalQuantilesInPlace(std::span<double> values)
{
    for (double &p : values)
        p = centralNormalQuantile(p);
}

// The uniform's and the triangular's value at p, before clamping to the range: quantile() and
// quantiles() share them, so that a draw gets the same bits one at a time or many at once.
double uniformAt(const Distribution &d, double p)
{
    return d.a + p * (d.b - d.a);
}

double triangularAt(const Distribution &d, double p) // d.c > d.a
{
    // Below the mode's probability the rising side, above it the falling side: one root either way.
    const bool rising = p < (d.b - d.a) / (d.c - d.a);
    const double root = std::sqrt(rising ? p * (d.c - d.a) * (d.b - d.a) : (1.0 - p) * (d.c - d.a) * (d.c - d.b));
    return rising ? d.a + root : d.c - root;
}

// By value, not by reference: the loops then need not fear that writing p changes d.
PLEDGECHECK_SIMD_CLONES void uniformQuantilesInPlace(Distribution d, double low, double high, std::span<double> p)
{
    for (double &x : p)
        x = std::clamp(uniformAt(d, x), low, high);
}

PLEDGECHECK_SIMD_CLONES void triangularQuantilesInPlace(Distribution d, double low, double high, std::span<double> p)
{
    for (double &x : p)
        x = std::clamp(triangularAt(d, x), low, high);
}

// The lognormal's σ as TruncatedDistribution works it out. Above 0 unless p90 is within rounding
// of the median, where ln p90 − ln median is 0 and every truncated draw 0/0.
double logNormalSigma(double median, double p90)
{
    return (reproducible::log(p90) - reproducible::log(median)) / kZ90;
}

} // namespace

double standardNormalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double standardNormalQuantile(double p)
{
    if (p <= 0.0)
        return -std::numeric_limits<double>::infinity();
    if (p >= 1.0)
        return std::numeric_limits<double>::infinity();
    if (isCentral(p))
        return centralNormalQuantile(p);
    // The tails: √(−2 ln p), or of 1 − p, which is exact for p above a half.
    const double q = std::sqrt(-2.0 * reproducible::log(p < 0.5 ? p : 1.0 - p));
    const auto &c = kTailTop;
    const auto &d = kTailBottom;
    const double z = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                     / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    return p < 0.5 ? z : -z;
}

void standardNormalQuantiles(std::span<double> values)
{
    // The central region, nineteen draws in twenty, many at a time; then the tails one by one,
    // from a copy of the probabilities the first pass overwrote.
    constexpr std::size_t kChunk = 256;
    std::array<double, kChunk> probabilities;
    for (std::size_t begin = 0; begin < values.size(); begin += kChunk) {
        const std::span<double> chunk = values.subspan(begin, std::min(kChunk, values.size() - begin));
        std::copy(chunk.begin(), chunk.end(), probabilities.begin());
        centralNormalQuantilesInPlace(chunk);
        for (std::size_t i = 0; i < chunk.size(); ++i)
            if (!isCentral(probabilities[i]))
                chunk[i] = standardNormalQuantile(probabilities[i]);
    }
}

std::optional<ModelMessage> Distribution::check(const ParameterDescriptor &d) const
{
    using namespace messagearg;
    if (kind == DistributionKind::Fixed)
        return std::nullopt;
    const Parameter name{d.id};
    if (d.kind != ParameterKind::Real)
        return ModelMessage(MessageId::UncertainNotRealValued, {name});
    if (!std::isfinite(a) || !std::isfinite(b) || !std::isfinite(c))
        return ModelMessage(MessageId::DistributionNotFinite, {name});
    // The numbers in the parameter's own units (a percent as a percent in the window).
    const Value va{d.id, a}, vb{d.id, b}, vc{d.id, c};
    const Range range{d.id};
    switch (kind) {
    case DistributionKind::Uniform:
        if (a > b)
            return ModelMessage(MessageId::UniformLowAboveHigh, {name, va, vb});
        if (a < d.minimum || b > d.maximum)
            return ModelMessage(MessageId::UniformLeavesRange, {name, va, vb, range});
        break;
    case DistributionKind::Triangular:
        if (!(a <= b && b <= c))
            return ModelMessage(MessageId::TriangularOutOfOrder, {name, va, vb, vc});
        if (a < d.minimum || c > d.maximum)
            return ModelMessage(MessageId::TriangularLeavesRange, {name, va, vb, vc, range});
        break;
    case DistributionKind::Normal:
        if (!(b > 0))
            return ModelMessage(MessageId::NormalSdNotPositive, {name, vb});
        if (a + b == a)
            return ModelMessage(MessageId::NormalSdLostInRounding, {name, vb, va});
        if (a < d.minimum || a > d.maximum)
            return ModelMessage(MessageId::NormalMeanOutsideRange, {name, va, range});
        break;
    case DistributionKind::LogNormal:
        if (!(a > 0 && b > a))
            return ModelMessage(MessageId::LogNormalOutOfOrder, {name, va, vb});
        // ln of a number below the least normal double loses its precision (reproduciblemath.h).
        if (a < std::numeric_limits<double>::min())
            return ModelMessage(MessageId::LogNormalMedianTooSmall,
                                {name, va, Number{std::numeric_limits<double>::min()}});
        if (!(logNormalSigma(a, b) > 0))
            return ModelMessage(MessageId::LogNormalNoSpread, {name, vb, va});
        if (a < d.minimum || a > d.maximum)
            return ModelMessage(MessageId::LogNormalMedianOutsideRange, {name, va, range});
        break;
    case DistributionKind::Fixed:
        break;
    }
    return std::nullopt;
}

double Distribution::centre() const
{
    switch (kind) {
    case DistributionKind::Uniform: return (a + b) / 2;
    case DistributionKind::Triangular: return b;
    case DistributionKind::Normal:
    case DistributionKind::LogNormal: return a;
    case DistributionKind::Fixed: break;
    }
    return std::nan("");
}

Distribution Distribution::centredOn(double value, double low, double high) const
{
    Distribution moved = *this;
    const double shift = value - centre();
    switch (kind) {
    case DistributionKind::Uniform: {
        // Keep the midpoint at the value: clip both ends by the same amount.
        const double half = std::min({(b - a) / 2, value - low, high - value});
        // value - (value - low) can round below low: the ends are clamped as well as clipped.
        moved.a = std::max(low, value - half);
        moved.b = std::min(high, value + half);
        break;
    }
    case DistributionKind::Triangular:
        // An end that equalled the mode must still hold it after the shift, which rounding alone
        // would not promise (mode at 0.88 moved to 0.3 put the high end one ulp below the mode).
        moved.a = std::min(value, std::max(low, a + shift));
        moved.b = value;
        moved.c = std::max(value, std::min(high, c + shift));
        break;
    case DistributionKind::Normal:
        moved.a = value;
        if (value + b == value)
            return fixed(); // the sd is lost in rounding next to a mean this large
        break;
    case DistributionKind::LogNormal:
        moved.a = value;
        moved.b = value * (b / a);
        // A lognormal needs a positive median, and a p90 that rounding leaves above it.
        if (!(value >= std::numeric_limits<double>::min()) || !(logNormalSigma(moved.a, moved.b) > 0))
            return fixed();
        break;
    case DistributionKind::Fixed:
        break;
    }
    return moved;
}

double Distribution::quantile(double p, double low, double high) const
{
    return TruncatedDistribution(*this, low, high).quantile(p);
}

TruncatedDistribution::TruncatedDistribution(const Distribution &distribution, double low,
                                             double high)
    : m_distribution(distribution)
    , m_low(low)
    , m_high(high)
{
    const Distribution &d = distribution;
    if (d.kind == DistributionKind::Normal) {
        m_mu = d.a;
        m_sigma = d.b;
        m_from = standardNormalCdf((low - m_mu) / m_sigma);
        m_to = standardNormalCdf((high - m_mu) / m_sigma);
    } else if (d.kind == DistributionKind::LogNormal) {
        m_mu = reproducible::log(d.a);
        m_sigma = logNormalSigma(d.a, d.b);
        m_low = std::max(low, 0.0);
        m_from = m_low > 0 ? standardNormalCdf((reproducible::log(m_low) - m_mu) / m_sigma) : 0.0;
        m_to = standardNormalCdf((reproducible::log(high) - m_mu) / m_sigma);
    }
}

double TruncatedDistribution::quantile(double p) const
{
    const Distribution &d = m_distribution;
    switch (d.kind) {
    case DistributionKind::Fixed:
        return std::nan("");
    case DistributionKind::Uniform:
        return std::clamp(uniformAt(d, p), m_low, m_high);
    case DistributionKind::Triangular:
        return d.c == d.a ? d.a : std::clamp(triangularAt(d, p), m_low, m_high);
    case DistributionKind::Normal:
        return std::clamp(m_mu + m_sigma * standardNormalQuantile(m_from + p * (m_to - m_from)), m_low, m_high);
    case DistributionKind::LogNormal:
        return std::clamp(reproducible::exp(m_mu + m_sigma * standardNormalQuantile(m_from + p * (m_to - m_from))),
                          m_low, m_high);
    }
    return std::nan("");
}

void TruncatedDistribution::quantiles(std::span<double> p) const
{
    // The same arithmetic as quantile(), in the same order, so that each draw gets the same bits.
    const Distribution &d = m_distribution;
    switch (d.kind) {
    case DistributionKind::Fixed:
        std::fill(p.begin(), p.end(), std::nan(""));
        return;
    case DistributionKind::Uniform:
        uniformQuantilesInPlace(d, m_low, m_high, p);
        return;
    case DistributionKind::Triangular:
        if (d.c == d.a)
            std::fill(p.begin(), p.end(), d.a);
        else
            triangularQuantilesInPlace(d, m_low, m_high, p);
        return;
    case DistributionKind::Normal:
    case DistributionKind::LogNormal:
        for (double &x : p)
            x = m_from + x * (m_to - m_from);
        standardNormalQuantiles(p);
        for (double &x : p)
            x = m_mu + m_sigma * x;
        if (d.kind == DistributionKind::LogNormal)
            reproducible::expInPlace(p);
        for (double &x : p)
            x = std::clamp(x, m_low, m_high);
        return;
    }
}

} // namespace pledgecheck
