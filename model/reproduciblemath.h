#pragma once

#include <bit>
#include <cstdint>
#include <limits>
#include <span>

/// e^x and ln x in plain IEEE arithmetic (+, −, ×, ÷ and moves of bits), for the Monte Carlo
/// draws. Why not std::exp and std::log:
/// - glibc picks a variant by processor (with fused multiply-adds or without), and the variants
///   need not agree in the last bit. These functions give the same bits on every machine: the
///   model is built with -ffp-contract=off, so no compiler fuses a multiply and an add either.
/// - A library call per draw cannot be vectorised. These have no branches, so a loop over them
///   (expInPlace, logInPlace) compiles to SIMD, as wide as the processor has (simdclones.h), and
///   gives the bits a call per value gives. On this project's machines (AVX-512), about four
///   times (exp) and three times (log) as fast as glibc's (BM_ExpLog).
/// Measured against the long double functions (64-bit mantissa): exp within 1.5 units in the last
/// place, log within 0.9 (tests/model/reproduciblemathtest.cpp).
namespace pledgecheck::reproducible {
namespace detail {

constexpr double factorial(int n)
{
    double f = 1;
    for (int i = 2; i <= n; ++i)
        f *= i; // exact: 13! < 2^53
    return f;
}

// ln 2 = kLn2Hi + kLn2Lo; kLn2Hi keeps only its top 32 bits, so that k · kLn2Hi is exact for
// any |k| < 2^21 (fdlibm's split).
constexpr double kLn2Hi = 0x1.62e42feep-1;
constexpr double kLn2Lo = 0x1.a39ef35793c76p-33;

} // namespace detail

/// Beyond these, exp gives +∞ and 0: results below e^-707 ≈ 1e-307, near the least normal double,
/// are flushed to zero. The draws never come near either end.
inline constexpr double kExpArgumentMax = 709.782712893384;
inline constexpr double kExpArgumentMin = -707.0;

/// e^x.
inline double exp(double x)
{
    using namespace detail;
    // x = k·ln 2 + r with k a whole number and |r| <= ln 2 / 2, so e^x = 2^k · e^r. Adding and
    // taking away 1.5·2^52 rounds x / ln 2 to k, and leaves 2^51 + k in the low bits of t.
    constexpr double kLog2e = 0x1.71547652b82fep0;
    constexpr double kRound = 0x1.8p52;
    const double t = x * kLog2e + kRound;
    const double k = t - kRound;
    const double r = (x - k * kLn2Hi) - k * kLn2Lo; // x - k·kLn2Hi is exact (Sterbenz)
    // e^r by its Taylor series to r^13; the next term is below 5e-18 for |r| <= 0.35.
    // Estrin's scheme (pairs, then pairs of pairs, so that few products wait on each other) for
    // e^r − 1, then 1 added last so that its rounding is the only one at full size.
    const double r2 = r * r;
    const double r4 = r2 * r2;
    const auto c = [](int n) { return 1.0 / factorial(n); };
    const double middle = (c(4) + c(5) * r) + (c(6) + c(7) * r) * r2;
    const double high = ((c(8) + c(9) * r) + (c(10) + c(11) * r) * r2) + (c(12) + c(13) * r) * r4;
    const double p = 1.0 + (((r + (0.5 + c(3) * r) * r2) + middle * r4) + high * (r4 * r4));
    // 2^(k - 1) from k's bits, times 2 after (exact), so that k = 1024 does not overflow the
    // exponent field before the product does.
    const auto halfScale = std::bit_cast<double>((std::bit_cast<std::uint64_t>(t) + 1022) << 52);
    const double value = p * halfScale * 2.0;
    if (x > kExpArgumentMax) // selects, not branches: the loops stay vectorised
        return std::numeric_limits<double>::infinity();
    return x < kExpArgumentMin ? 0.0 : value;
}

/// ln x for x = 0 (−∞), a normal positive double, or +∞; NaN below zero.
inline double log(double x)
{
    using namespace detail;
    // x = 2^e · m with √½ <= m < √2: offsetting the bits by √½'s puts that boundary at a power
    // of two, so e is read off the exponent field and m keeps the mantissa.
    constexpr std::uint64_t kSqrtHalf = 0x3fe6a09e667f3bcd;
    constexpr std::uint64_t kOne = 0x3ff0000000000000;
    constexpr std::uint64_t kMantissa = (std::uint64_t {1} << 52) - 1;
    const std::uint64_t shifted = std::bit_cast<std::uint64_t>(x) + (kOne - kSqrtHalf);
    const double m = std::bit_cast<double>((shifted & kMantissa) + kSqrtHalf);
    // e + 1023 < 2^11 is the mantissa of 2^52 + e + 1023: a conversion without an int-to-double.
    constexpr std::uint64_t kTwoTo52 = 0x4330000000000000;
    const double e = std::bit_cast<double>((shifted >> 52) | kTwoTo52) - (0x1p52 + 1023.0);
    // ln m = ln(1 + f) = 2·atanh(s) with s = f / (2 + f), |s| <= 0.172: f − s·f + s·R, where
    // R = 2s²/3 + 2s⁴/5 + ... to s^22 (the next term is below 1e-17 of the whole), and s·f is
    // written f²/2 − s·f²/2 to keep the leading terms exact (fdlibm's arrangement).
    const double f = m - 1.0; // exact (Sterbenz)
    const double s = f / (2.0 + f);
    const double z = s * s;
    // The series by Estrin's scheme, as in exp().
    const double z2 = z * z;
    const double z4 = z2 * z2;
    const auto c = [](int n) { return 2.0 / (2 * n + 1); }; // z^n's coefficient, n = 1 for z
    const double low = ((c(1) + c(2) * z) + (c(3) + c(4) * z) * z2)
        + ((c(5) + c(6) * z) + (c(7) + c(8) * z) * z2) * z4;
    const double high = (c(9) + c(10) * z) + c(11) * z2;
    const double r = z * (low + high * (z4 * z4));
    const double halfSquare = 0.5 * f * f;
    const double value = e * kLn2Hi - ((halfSquare - (s * (halfSquare + r) + e * kLn2Lo)) - f);
    if (x == 0)
        return -std::numeric_limits<double>::infinity();
    if (x == std::numeric_limits<double>::infinity())
        return x;
    return x >= 0 ? value : std::numeric_limits<double>::quiet_NaN();
}

/// Replaces each value by exp of it, as exp() would, many at a time.
void expInPlace(std::span<double> x);
/// Replaces each value by its logarithm, as log() would, many at a time.
void logInPlace(std::span<double> x);

} // namespace pledgecheck::reproducible
