#include "rootfinder.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace pledgecheck;

TEST(RootFinder, FindsTheSquareRootOfTwoToTheLastBits)
{
    int evaluations = 0;
    const auto f = [&](double x) { ++evaluations; return x * x - 2.0; };
    const double root = findRootInBracket(f, 0.0, 2.0, f(0.0), f(2.0), 1e-15);
    EXPECT_NEAR(root, std::sqrt(2.0), 4e-16);
    EXPECT_LT(evaluations, 20) << "Brent's method converges far faster than bisection";
}

TEST(RootFinder, WorksOnADecreasingFunctionAndAReversedBracket)
{
    const auto f = [](double x) { return std::exp(-x) - 0.25; }; // root ln 4
    EXPECT_NEAR(findRootInBracket(f, 5.0, 0.0, f(5.0), f(0.0), 1e-15), std::log(4.0), 1e-15);
}

TEST(RootFinder, ReturnsAnEndOfTheBracketThatIsARoot)
{
    const auto f = [](double x) { return x - 3.0; };
    EXPECT_EQ(findRootInBracket(f, 3.0, 7.0, 0.0, 4.0, 1e-15), 3.0);
}

TEST(RootFinder, FindsARootAtZeroThroughTheAbsoluteTolerance)
{
    const auto f = [](double x) { return x * x * x; };
    EXPECT_NEAR(findRootInBracket(f, -1.0, 2.0, f(-1.0), f(2.0), 1e-12), 0.0, 1e-12);
}

TEST(RootFinder, ConvergesOnAStepFunctionByBisection)
{
    const auto f = [](double x) { return x < 0.3 ? -1.0 : 1.0; };
    EXPECT_NEAR(findRootInBracket(f, 0.0, 1.0, -1.0, 1.0, 1e-12), 0.3, 1e-12);
}
