#include "distribution.h"
#include "montecarlo.h"
#include "parametertable.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

using namespace pledgecheck;

namespace {

struct Moments {
    double mean;
    double variance;
};

// The engine's own draws of parameter @p id under @p distribution, and their sample moments.
Moments sampleMoments(ParameterId id, const Distribution &distribution, int samples = 200000)
{
    Uncertainty uncertainty;
    uncertainty.samples = samples;
    uncertainty.set(id, distribution);
    Eigen::ArrayXd draws;
    MonteCarloEngine().drawsOf(Parameters(), uncertainty, id, draws);
    const double mean = draws.mean();
    return {mean, (draws - mean).square().sum() / (samples - 1)};
}

void expectMoments(ParameterId id, const Distribution &d, double mean, double variance)
{
    const int n = 200000;
    const Moments m = sampleMoments(id, d, n);
    // Five standard errors: fails by chance about once in two million runs (and never, seeded).
    EXPECT_NEAR(m.mean, mean, 5 * std::sqrt(variance / n));
    EXPECT_NEAR(m.variance, variance, 5 * variance * std::sqrt(2.0 / n) * 1.5);
}

} // namespace

TEST(Distribution, UniformDrawsHaveTheExactMoments)
{
    // mean (a + b)/2 = 0.3; variance (b - a)^2 / 12 = 0.16 / 12
    expectMoments(ParameterId::SideBusinessShare, Distribution::uniform(0.1, 0.5), 0.3, 0.16 / 12);
}

TEST(Distribution, TriangularDrawsHaveTheExactMoments)
{
    // mean (0 + 0.2 + 1)/3 = 0.4; variance (a² + b² + c² - ab - ac - bc)/18 = 0.84/18
    expectMoments(ParameterId::DisplacementShare, Distribution::triangular(0, 0.2, 1), 0.4, 0.84 / 18);
}

TEST(Distribution, NormalDrawsHaveTheExactMoments)
{
    expectMoments(ParameterId::AnnualGrowthRate, Distribution::normal(0.36, 0.05), 0.36, 0.0025);
}

TEST(Distribution, LogNormalDrawsHaveTheExactMoments)
{
    // median 1, p90 2: sigma = ln 2 / 1.28155 = 0.540862, mean e^(sigma²/2) = 1.157497,
    // variance (e^(sigma²) - 1) e^(sigma²) = 0.4008...
    const double sigma = std::log(2.0) / 1.2815515655446004;
    const double s2 = sigma * sigma;
    expectMoments(ParameterId::HiresPerSeller, Distribution::logNormal(1, 2), std::exp(s2 / 2),
                  (std::exp(s2) - 1) * std::exp(s2));
}

TEST(Distribution, TruncatesToTheParameterRange)
{
    // Churn ~ normal(0.05, 0.2) would go below 0 a third of the time; draws stay in 0 to 0.9.
    Uncertainty uncertainty;
    uncertainty.samples = 50000;
    uncertainty.set(ParameterId::AnnualChurnRate, Distribution::normal(0.05, 0.2));
    Eigen::ArrayXd draws;
    MonteCarloEngine().drawsOf(Parameters(), uncertainty, ParameterId::AnnualChurnRate, draws);
    EXPECT_GE(draws.minCoeff(), 0.0);
    EXPECT_LE(draws.maxCoeff(), 0.9);
    // The truncated median: Φ⁻¹ of the middle of [Φ(-0.25), Φ(4.25)] = 0.05 + 0.2 · 0.3186 ...
    const double from = standardNormalCdf(-0.25), to = standardNormalCdf(4.25);
    const double median = 0.05 + 0.2 * standardNormalQuantile((from + to) / 2);
    EXPECT_NEAR(Distribution::normal(0.05, 0.2).quantile(0.5, 0, 0.9), median, 1e-12);
    std::sort(draws.data(), draws.data() + draws.size());
    EXPECT_NEAR(draws(25000), median, 0.005);
}

TEST(Distribution, QuantilesOfABlockEqualQuantileDrawForDraw)
{
    // The engine maps whole blocks of uniforms at once; each value must be quantile()'s, bit for
    // bit, truncation included ([0, 1] cuts into the normal and the triangular).
    Eigen::ArrayXd p(1001);
    for (Eigen::Index i = 0; i < p.size(); ++i)
        p(i) = (static_cast<double>(i) + 0.5) / static_cast<double>(p.size());
    for (const Distribution &d : {Distribution::uniform(0.1, 0.7), Distribution::triangular(-0.2, 0.3, 0.9),
                                  Distribution::triangular(0.2, 0.2, 0.8), Distribution::normal(0.5, 0.4),
                                  Distribution::logNormal(0.2, 0.5)}) {
        const TruncatedDistribution truncated(d, 0.0, 1.0);
        Eigen::ArrayXd values = p;
        truncated.quantiles({values.data(), static_cast<std::size_t>(values.size())});
        for (Eigen::Index i = 0; i < p.size(); ++i)
            ASSERT_EQ(values(i), truncated.quantile(p(i))) << "kind " << static_cast<int>(d.kind) << ", p " << p(i);
    }
}

TEST(Distribution, NormalQuantilesOfAnArrayEqualOneCallAValue)
{
    // The central region is vectorised and the tails are done one by one, in stretches of 256:
    // each value must be standardNormalQuantile()'s, bit for bit, across the stretches' ends.
    std::vector<double> p(700);
    for (std::size_t i = 0; i < p.size(); ++i)
        p[i] = static_cast<double>(i) / static_cast<double>(p.size() - 1); // 0 and 1 included
    p[5] = 1e-300;
    p[300] = 0.02425;
    p[301] = 1 - 0.02425;
    p[302] = 1 - 1e-16;
    std::vector<double> values = p;
    standardNormalQuantiles(values);
    for (std::size_t i = 0; i < p.size(); ++i)
        ASSERT_EQ(values[i], standardNormalQuantile(p[i])) << p[i];
    EXPECT_EQ(values.front(), -std::numeric_limits<double>::infinity());
    EXPECT_EQ(values.back(), std::numeric_limits<double>::infinity());
}

TEST(Distribution, NormalQuantileInvertsTheDistributionFunction)
{
    // Acklam's approximation is good to 1.15e-9 relative in x; in p that is at most |x|² times
    // more, 5e-8 even at p = 1e-12.
    for (double p : {1e-12, 1e-6, 0.001, 0.02425, 0.1, 0.3, 0.5, 0.77, 0.97575, 0.999, 1 - 1e-9})
        EXPECT_NEAR(standardNormalCdf(standardNormalQuantile(p)) / p, 1.0, 1e-7) << p;
    // Reference values to 16 digits (R's qnorm).
    EXPECT_NEAR(standardNormalQuantile(0.9), 1.2815515655446004, 1.2e-9 * 1.28);
    EXPECT_NEAR(standardNormalQuantile(0.975), 1.959963984540054, 1.2e-9 * 1.96);
    EXPECT_NEAR(standardNormalQuantile(1e-6), -4.753424308822899, 1.2e-9 * 4.75);
    EXPECT_EQ(standardNormalQuantile(0.5), 0.0);
}

TEST(Distribution, TenthAndNinetiethPercentilesAreTheSensitivityEnds)
{
    const Distribution d = Distribution::uniform(0, 1);
    EXPECT_DOUBLE_EQ(d.lowEnd(0, 1), 0.1);
    EXPECT_DOUBLE_EQ(d.highEnd(0, 1), 0.9);
    EXPECT_NEAR(Distribution::logNormal(1, 2).highEnd(0, 100), 2.0, 1e-8);
}

TEST(Distribution, IsCentredOnTheParameterValue)
{
    EXPECT_DOUBLE_EQ(Distribution::uniform(0.1, 0.5).centre(), 0.3);
    EXPECT_DOUBLE_EQ(Distribution::triangular(0.1, 0.36, 0.8).centre(), 0.36);
    EXPECT_DOUBLE_EQ(Distribution::normal(300, 150).centre(), 300);
    EXPECT_DOUBLE_EQ(Distribution::logNormal(1, 2).centre(), 1);
    EXPECT_TRUE(std::isnan(Distribution::fixed().centre()));
}

TEST(Distribution, MovesItsSpreadWithTheValue)
{
    // A slider moves growth from 0.36 to 0.5: the triangular's ends move by 0.14.
    const Distribution growth = Distribution::triangular(0.1, 0.36, 0.8).centredOn(0.5, -0.5, 10);
    EXPECT_EQ(growth, Distribution::triangular(0.1 + 0.14, 0.5, 0.8 + 0.14));
    EXPECT_EQ(Distribution::normal(300, 150).centredOn(400, 0, 1000), Distribution::normal(400, 150));
    // The lognormal keeps its p90 at twice the median.
    EXPECT_EQ(Distribution::logNormal(1, 2).centredOn(3, 0, 100), Distribution::logNormal(3, 6));
}

TEST(Distribution, StaysInsideTheRangeWhenMovedToItsEdge)
{
    // Side businesses uniform 0.7 to 0.9, moved to 0.95: the midpoint stays at the value, so the
    // half-width shrinks to the 0.05 left below 1.
    const Distribution side = Distribution::uniform(0.7, 0.9).centredOn(0.95, 0, 1);
    EXPECT_DOUBLE_EQ(side.a, 0.9);
    EXPECT_DOUBLE_EQ(side.b, 1.0);
    EXPECT_FALSE(side.check(descriptor(ParameterId::SideBusinessShare)));
    const Distribution churn = Distribution::triangular(0.05, 0.13, 0.3).centredOn(0.02, 0, 0.9);
    EXPECT_DOUBLE_EQ(churn.a, 0.0);
    EXPECT_DOUBLE_EQ(churn.b, 0.02);
    EXPECT_FALSE(churn.check(descriptor(ParameterId::AnnualChurnRate)));
}

// The fuzzer's find: the sceptic's side businesses, triangular 0.81 / 0.88 / 0.88, moved to 0.3
// put the high end at 0.88 + (0.3 - 0.88), one ulp below the new mode, and the file saved with it
// could not be read back. Every value on a fine grid must leave low <= mode <= high, in range.
TEST(Distribution, StaysOrderedWhereverItIsMoved)
{
    const ParameterDescriptor &d = descriptor(ParameterId::SideBusinessShare);
    const Distribution shapes[] = {Distribution::triangular(0.81, 0.88, 0.88),
                                   Distribution::triangular(0.81, 0.81, 0.88),
                                   Distribution::triangular(0.88, 0.88, 0.88),
                                   Distribution::uniform(0.81, 0.88)};
    for (const Distribution &shape : shapes) {
        for (int i = 0; i <= 10000; ++i) {
            const double value = i / 10000.0;
            const Distribution moved = shape.centredOn(value, d.minimum, d.maximum);
            ASSERT_EQ(moved.check(d), std::nullopt) << "moved to " << value;
        }
    }
    const Distribution side = Distribution::triangular(0.81, 0.88, 0.88).centredOn(0.3, 0, 1);
    EXPECT_LE(side.a, side.b);
    EXPECT_LE(side.b, side.c);
    EXPECT_EQ(side.b, 0.3);
}

TEST(Distribution, RefusesBadDistributionsNamingTheParameter)
{
    const auto &hires = descriptor(ParameterId::HiresPerSeller);
    EXPECT_EQ(Distribution::uniform(3, 2).check(hires), "hires_per_seller: uniform low 3 is above high 2");
    EXPECT_EQ(Distribution::normal(1, -0.5).check(hires), "hires_per_seller: normal sd must be above 0, got -0.5");
    EXPECT_EQ(Distribution::uniform(-1, 2).check(hires),
              "hires_per_seller: uniform(-1, 2) leaves the valid range 0 to 100");
    EXPECT_EQ(Distribution::triangular(1, 0.5, 2).check(hires),
              "hires_per_seller: triangular needs low <= mode <= high, got 1, 0.5, 2");
    EXPECT_EQ(Distribution::logNormal(2, 1).check(hires),
              "hires_per_seller: lognormal needs 0 < median < p90, got median 2, p90 1");
    EXPECT_EQ(Distribution::normal(200, 1).check(hires),
              "hires_per_seller: normal mean 200 is outside the valid range 0 to 100");
    EXPECT_EQ(Distribution::uniform(1, 2).check(descriptor(ParameterId::HorizonYears)),
              "horizon_years: only real-valued parameters can be uncertain");
    EXPECT_FALSE(Distribution::normal(1, 0.2).check(hires));
}
