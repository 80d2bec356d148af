// Issue "Nothing lost", item 5: every parameter, every kind of distribution, at the edges of the
// parameter's range. Each distribution is either refused with a message or gives finite draws,
// finite Monte Carlo figures and a finite tornado: never a NaN, never an abort in project().
#include "distribution.h"
#include "montecarlo.h"
#include "parametertable.h"
#include "sensitivity.h"
#include "uncertainty.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

using namespace pledgecheck;

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

double above(double x) { return std::nextafter(x, kInfinity); }
double below(double x) { return std::nextafter(x, -kInfinity); }

struct Case {
    std::string what;
    Distribution distribution;
};

// The edges of [low, high] for each kind: spreads of one ulp, of nothing, of everything, centres
// at either end of the range, the smallest positive numbers and the largest.
std::vector<Case> edgeCases(const ParameterDescriptor &d)
{
    const double low = d.minimum, high = d.maximum;
    const double tiny = std::numeric_limits<double>::denorm_min();
    const double least = std::numeric_limits<double>::min();
    const double largest = std::numeric_limits<double>::max();
    const double positiveLow = low > 0 ? low : least;
    std::vector<Case> cases{
        {"uniform at the top", Distribution::uniform(high, high)},
        {"uniform at the bottom", Distribution::uniform(low, low)},
        {"uniform over the range", Distribution::uniform(low, high)},
        {"uniform one ulp wide at the top", Distribution::uniform(below(high), high)},
        {"triangular at the top", Distribution::triangular(high, high, high)},
        {"triangular rising to the top", Distribution::triangular(low, high, high)},
        {"triangular falling from the bottom", Distribution::triangular(low, low, high)},
        {"triangular one ulp wide", Distribution::triangular(below(high), high, high)},
        {"normal at the top, sd one ulp of it", Distribution::normal(high, above(high) - high)},
        {"normal at the top, sd the least double", Distribution::normal(high, tiny)},
        {"normal at the bottom, sd the least double", Distribution::normal(low, tiny)},
        {"normal at the top, sd the largest double", Distribution::normal(high, largest)},
        {"normal at zero, sd the least double", Distribution::normal(std::max(low, 0.0), tiny)},
        {"lognormal at the top, p90 one ulp above", Distribution::logNormal(high, above(high))},
        {"lognormal at the top, p90 two ulps above", Distribution::logNormal(high, above(above(high)))},
        {"lognormal at the top, p90 a part in 1e15 above", Distribution::logNormal(high, high * (1 + 1e-15))},
        {"lognormal at the top, p90 the largest double", Distribution::logNormal(high, largest)},
        {"lognormal at the bottom, p90 one ulp above", Distribution::logNormal(positiveLow, above(positiveLow))},
        {"lognormal at the least double", Distribution::logNormal(least, above(least))},
        {"lognormal at the least subnormal", Distribution::logNormal(tiny, 2 * tiny)},
        {"lognormal from the least double to the largest", Distribution::logNormal(least, largest)},
    };
    return cases;
}

void expectFinite(const Eigen::ArrayXXd &values, const std::string &what)
{
    EXPECT_TRUE(values.allFinite()) << what;
}

} // namespace

TEST(DistributionEdges, EveryParameterAndKindIsRefusedOrGivesFiniteFigures)
{
    MonteCarloEngine engine;
    engine.setThreads(1);
    int refused = 0, run = 0;
    for (const ParameterDescriptor &d : parameterTable()) {
        for (const Case &c : edgeCases(d)) {
            const std::string what = std::string(d.key) + ", " + c.what;
            Uncertainty uncertainty;
            uncertainty.samples = 200;
            uncertainty.set(d.id, c.distribution);
            // The distribution's own check, then the scenario's (the pledge may not be uncertain).
            auto problem = c.distribution.check(d);
            if (!problem)
                problem = uncertainty.validate();
            if (problem) {
                // Refused: with one line naming the parameter.
                EXPECT_TRUE(problem->text().starts_with(std::string(d.key) + ": ")) << what << ": " << *problem;
                EXPECT_EQ(problem->text().find('\n'), std::string::npos) << what;
                ++refused;
                continue;
            }
            ++run;
            // The draws, one by one and many at once, across (0, 1) and at its very ends.
            const TruncatedDistribution truncated(c.distribution, d.minimum, d.maximum);
            std::vector<double> p{std::numeric_limits<double>::min(), 1e-300, 1e-12, 0.001, 0.1, 0.25, 0.5,
                                  0.75, 0.9, 0.999, below(1.0)};
            for (const double q : p) {
                const double x = truncated.quantile(q);
                EXPECT_TRUE(std::isfinite(x)) << what << " at p = " << q;
                EXPECT_GE(x, d.minimum) << what << " at p = " << q;
                EXPECT_LE(x, d.maximum) << what << " at p = " << q;
            }
            truncated.quantiles(p);
            for (const double x : p)
                EXPECT_TRUE(std::isfinite(x)) << what << " (vectorised)";

            // The Monte Carlo figures and the tornado, around the distribution's centre.
            Parameters parameters;
            parameters.set(d.id, c.distribution.centre());
            if (parameters.validate())
                continue; // a centre the other defaults do not allow: the draws above suffice
            const MonteCarloResult *result = nullptr;
            EXPECT_NO_THROW(result = &engine.run(parameters, uncertainty)) << what;
            if (result) {
                EXPECT_TRUE(std::isfinite(result->probabilityTargetMet)) << what;
                expectFinite(result->jobsPercentiles, what + ", jobs' percentiles");
                expectFinite(result->sellersPercentiles, what + ", sellers' percentiles");
                EXPECT_TRUE(result->jobsAtHorizon.allFinite()) << what;
            }
            for (const SensitivityBar &bar : tornado(parameters, uncertainty)) {
                EXPECT_TRUE(std::isfinite(bar.lowValue) && std::isfinite(bar.highValue)) << what;
                EXPECT_TRUE(std::isfinite(bar.jobsAtLow) && std::isfinite(bar.jobsAtHigh)) << what;
            }
        }
    }
    // Both branches were walked: the walk is not vacuous.
    EXPECT_GT(refused, 0);
    EXPECT_GT(run, 0);
}

TEST(DistributionEdges, RefusesALogNormalWhoseNinetiethPercentileRoundsToItsMedian)
{
    const ParameterDescriptor &d = descriptor(ParameterId::HiresPerSeller);
    const auto problem = Distribution::logNormal(d.maximum, above(d.maximum)).check(d);
    ASSERT_TRUE(problem);
    EXPECT_EQ(*problem, "hires_per_seller: lognormal p90 100.00000000000001 is within rounding of the median "
                        "100, so there is no spread; make the parameter fixed instead");
}

TEST(DistributionEdges, RefusesANormalWhoseSdIsLostInRounding)
{
    const ParameterDescriptor &d = descriptor(ParameterId::MarketSize);
    const auto problem = Distribution::normal(d.maximum, 1e-9).check(d);
    ASSERT_TRUE(problem);
    EXPECT_EQ(*problem, "market_size: normal sd 1e-09 is lost in rounding next to the mean 5e+07; make "
                        "the parameter fixed instead");
}

TEST(DistributionEdges, ASliderMovingASpreadToWhereItRoundsAwayLeavesItFixed)
{
    // A lognormal keeps its ratio of p90 to median; where that ratio rounds to 1 it would draw 0/0.
    const ParameterDescriptor &d = descriptor(ParameterId::HiresPerSeller);
    const Distribution narrow = Distribution::logNormal(1.0, above(1.0));
    ASSERT_FALSE(narrow.check(d));
    const Distribution moved = narrow.centredOn(d.maximum, d.minimum, d.maximum);
    EXPECT_TRUE(moved.isFixed() || !moved.check(d));
    const Distribution normal = Distribution::normal(1.0, 1e-15);
    ASSERT_FALSE(normal.check(descriptor(ParameterId::MarketSize)));
    EXPECT_TRUE(normal.centredOn(5e7, 1, 5e7).isFixed());
}
