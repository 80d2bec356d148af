#include "splitmix64.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace pledgecheck;

// The reference outputs of Vigna's splitmix64.c (as Rosetta Code and Java's SplittableRandom
// give them): a generator that differs by one bit fails here.
TEST(SplitMix64, GivesTheReferenceNumbers)
{
    SplitMix64 fromZero(0);
    EXPECT_EQ(fromZero(), 0xe220a8397b1dcdafULL);
    EXPECT_EQ(fromZero(), 0x6e789e6aa1b965f4ULL);
    SplitMix64 generator(1234567);
    for (const std::uint64_t expected : {6457827717110365317ULL, 3203168211198807973ULL,
                                         9817491932198370423ULL, 4593380528125082431ULL,
                                         16408922859458223821ULL})
        EXPECT_EQ(generator(), expected);
}

TEST(SplitMix64, ReadsAnyNumberDirectly)
{
    SplitMix64 inTurn(42);
    const SplitMix64 direct(42);
    for (std::uint64_t n = 0; n < 1000; ++n)
        ASSERT_EQ(direct.at(n), inTurn()) << "number " << n;
}

// Uniform numbers from two neighbouring streams (as two parameters' draws are): each has the
// moments of U(0, 1), and they are uncorrelated, to within five standard errors.
TEST(SplitMix64, NeighbouringStreamsGiveIndependentUniformNumbers)
{
    const SplitMix64 seeds(2017);
    SplitMix64 first(seeds.at(3));
    SplitMix64 second(seeds.at(4));
    std::uniform_real_distribution<double> uniform;
    constexpr int n = 200000;
    double sumA = 0, sumB = 0, sumAA = 0, sumAB = 0;
    for (int i = 0; i < n; ++i) {
        const double a = uniform(first) - 0.5;
        const double b = uniform(second) - 0.5;
        sumA += a;
        sumB += b;
        sumAA += a * a;
        sumAB += a * b;
    }
    const double se = std::sqrt(1.0 / 12.0 / n);
    EXPECT_NEAR(sumA / n, 0.0, 5 * se);
    EXPECT_NEAR(sumB / n, 0.0, 5 * se);
    EXPECT_NEAR(sumAA / n, 1.0 / 12.0, 5 * std::sqrt(1.0 / 180.0 / n)); // var of (U - 1/2)^2 is 1/180
    EXPECT_NEAR(sumAB / n * 12.0, 0.0, 5 / std::sqrt(static_cast<double>(n))); // correlation
}
