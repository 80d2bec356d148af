#include "reproduciblemath.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace pledgecheck;

namespace {

// How far @p value is from @p exact, in units of the last place of the double nearest exact.
double unitsInTheLastPlace(double value, long double exact)
{
    const auto nearest = static_cast<double>(exact);
    const double unit = std::nextafter(std::fabs(nearest), std::numeric_limits<double>::infinity())
        - std::fabs(nearest);
    return static_cast<double>(std::fabs(static_cast<long double>(value) - exact) / unit);
}

std::vector<double> uniformValues(double low, double high, int count, unsigned seed)
{
    std::mt19937_64 generator(seed);
    std::uniform_real_distribution<double> uniform(low, high);
    std::vector<double> values(static_cast<std::size_t>(count));
    for (double &x : values)
        x = uniform(generator);
    return values;
}

} // namespace

TEST(ReproducibleMath, ExpIsWithinOneAndAHalfUnitsInTheLastPlace)
{
    // Against expl, whose 64-bit mantissa is 11 bits finer than a double's: over the whole range,
    // and densely where the draws use it (growth factors and lognormals, |x| < 20).
    double worst = 0;
    for (const auto &[low, high] :
         {std::pair {-707.0, 709.78}, std::pair {-20.0, 20.0}, std::pair {-0.4, 0.4}})
        for (const double x : uniformValues(low, high, 200000, 1))
            worst = std::max(
                worst,
                unitsInTheLastPlace(reproducible::exp(x), std::exp(static_cast<long double>(x))));
    EXPECT_LT(worst, 1.5);
}

TEST(ReproducibleMath, LogIsWithinOneUnitInTheLastPlace)
{
    double worst = 0;
    std::vector<double> values = uniformValues(-700, 700, 200000, 2);
    for (double &x : values)
        x = std::exp(x);
    for (const std::vector<double> &set :
         {values, uniformValues(0.05, 11, 200000, 3), uniformValues(0.5, 2, 200000, 4)})
        for (const double x : set)
            worst = std::max(
                worst,
                unitsInTheLastPlace(reproducible::log(x), std::log(static_cast<long double>(x))));
    EXPECT_LT(worst, 1.0);
}

TEST(ReproducibleMath, ExactValuesAndTheEnds)
{
    constexpr double infinity = std::numeric_limits<double>::infinity();
    EXPECT_EQ(reproducible::exp(0.0), 1.0);
    EXPECT_EQ(reproducible::exp(-infinity), 0.0);
    EXPECT_EQ(reproducible::exp(infinity), infinity);
    EXPECT_EQ(reproducible::exp(710.0), infinity);
    EXPECT_NEAR(reproducible::exp(709.7), 1.6549840276802644e308,
                1e293); // the largest finite results
    EXPECT_GT(reproducible::exp(reproducible::kExpArgumentMin), 0.0);
    EXPECT_EQ(reproducible::exp(-707.5), 0.0); // flushed, as documented
    EXPECT_TRUE(std::isnan(reproducible::exp(std::nan(""))));

    EXPECT_EQ(reproducible::log(1.0), 0.0);
    EXPECT_EQ(reproducible::log(0.0), -infinity);
    EXPECT_EQ(reproducible::log(infinity), infinity);
    EXPECT_TRUE(std::isnan(reproducible::log(-1.0)));
    EXPECT_TRUE(std::isnan(reproducible::log(std::nan(""))));
    EXPECT_NEAR(reproducible::log(std::numeric_limits<double>::max()), 709.782712893384, 1e-12);
    EXPECT_NEAR(reproducible::log(std::numeric_limits<double>::min()), -708.3964185322641, 1e-12);
    // Whole powers of two: e·ln 2 alone.
    EXPECT_DOUBLE_EQ(reproducible::log(1024.0), 10 * std::log(2.0));
    EXPECT_DOUBLE_EQ(reproducible::log(0.125), -3 * std::log(2.0));
}

TEST(ReproducibleMath, ArraysGiveTheBitsOfOneCallAValue)
{
    // The in-place loops run as the widest SIMD the processor has; each value must be the scalar
    // function's, bit for bit, whatever the length (remainders of every vector width).
    for (const int size : {0, 1, 3, 7, 8, 9, 1001}) {
        std::vector<double> arguments = uniformValues(-30, 30, size, 5);
        if (size > 3) {
            arguments[0] = 0;
            arguments[1] = -std::numeric_limits<double>::infinity();
            arguments[2] = 800;
        }
        std::vector<double> values = arguments;
        reproducible::expInPlace(values);
        for (std::size_t i = 0; i < values.size(); ++i)
            ASSERT_EQ(values[i], reproducible::exp(arguments[i])) << arguments[i];

        for (double &x : arguments)
            x = std::abs(x) * 1e3;
        values = arguments;
        reproducible::logInPlace(values);
        for (std::size_t i = 0; i < values.size(); ++i)
            ASSERT_EQ(values[i], reproducible::log(arguments[i])) << arguments[i];
    }
}
