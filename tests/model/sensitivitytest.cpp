#include "sensitivity.h"

#include "parametertable.h"
#include "projection.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace pledgecheck;

namespace {

// 1000 sellers growing 20 % a year, half of them hiring, nothing displaced, no service jobs:
// J(60) = h x 0.5 x 1000 x 1.2^5 = 1244.16 h linked, of which h x 0.5 x 1000 = 500 h at the
// start: 744.16 h created (the default basis).
Parameters linearInHires()
{
    Parameters p;
    p.set(ParameterId::InitialSellers, 1000);
    p.set(ParameterId::AnnualGrowthRate, 0.2);
    p.set(ParameterId::AnnualChurnRate, 0);
    p.set(ParameterId::SideBusinessShare, 0.5);
    p.set(ParameterId::ServiceJobsPer1000Sellers, 0);
    p.set(ParameterId::DisplacementShare, 0);
    return p;
}

} // namespace

TEST(Sensitivity, SwingsEachUncertainParameterBetweenItsTenthAndNinetiethPercentiles)
{
    Uncertainty u;
    u.set(ParameterId::HiresPerSeller, Distribution::uniform(0, 2)); // p10 = 0.2, p90 = 1.8
    const auto bars = tornado(linearInHires(), u);
    ASSERT_EQ(bars.size(), 1u);
    EXPECT_EQ(bars[0].id, ParameterId::HiresPerSeller);
    EXPECT_DOUBLE_EQ(bars[0].lowValue, 0.2);
    EXPECT_DOUBLE_EQ(bars[0].highValue, 1.8);
    EXPECT_NEAR(bars[0].jobsAtLow, 744.16 * 0.2, 1e-6);
    EXPECT_NEAR(bars[0].jobsAtHigh, 744.16 * 1.8, 1e-6);

    Parameters linked = linearInHires();
    linked.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Linked));
    const auto linkedBars = tornado(linked, u);
    ASSERT_EQ(linkedBars.size(), 1u);
    EXPECT_NEAR(linkedBars[0].jobsAtLow, 1244.16 * 0.2, 1e-6);
    EXPECT_NEAR(linkedBars[0].jobsAtHigh, 1244.16 * 1.8, 1e-6);
}

TEST(Sensitivity, SortsTheBarsByTheirSwing)
{
    Uncertainty u;
    // Side businesses 0.45 to 0.55 (p10 0.46, p90 0.54): J = (2488.32 - 1000) h (1 - side)
    // created, a swing of 1488.32 x 0.08 = 119; hires 0 to 2: a swing of 744.16 x 1.6 = 1191.
    u.set(ParameterId::SideBusinessShare, Distribution::uniform(0.45, 0.55));
    u.set(ParameterId::HiresPerSeller, Distribution::uniform(0, 2));
    const auto bars = tornado(linearInHires(), u);
    ASSERT_EQ(bars.size(), 2u);
    EXPECT_EQ(bars[0].id, ParameterId::HiresPerSeller);
    EXPECT_EQ(bars[1].id, ParameterId::SideBusinessShare);
    EXPECT_NEAR(bars[1].swing(), 1488.32 * 0.08, 1e-6);
    EXPECT_GT(bars[1].jobsAtLow, bars[1].jobsAtHigh) << "more side businesses, fewer jobs";
}

TEST(Sensitivity, SpearmanIsOneForAMonotoneRelationAndAveragesTies)
{
    Eigen::ArrayXd x(5), y(5);
    x << 1, 2, 3, 4, 5;
    y << 1, 8, 27, 64, 125;
    EXPECT_DOUBLE_EQ(spearman(x, y), 1.0);
    EXPECT_DOUBLE_EQ(spearman(x, -y), -1.0);
    // Ranks of (1, 2, 2, 3) are (1, 2.5, 2.5, 4); against (1, 2, 3, 4): r = 0.9487 (= 3/sqrt(10)).
    Eigen::ArrayXd a(4), b(4);
    a << 1, 2, 2, 3;
    b << 1, 2, 3, 4;
    EXPECT_NEAR(spearman(a, b), 3 / std::sqrt(10.0), 1e-12);
}

TEST(Sensitivity, RankCorrelationsFollowTheDirectionOfEachEffect)
{
    // Linked jobs; created ones below, where growth weighs more (the jobs at the start, which
    // growth does not move, are taken away).
    Parameters p = linearInHires();
    p.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Linked));
    Uncertainty u;
    u.samples = 20000;
    u.set(ParameterId::AnnualGrowthRate, Distribution::normal(0.2, 0.05));
    MonteCarloEngine engine;
    engine.run(p, u);
    auto correlations = rankCorrelations(p, u, engine);
    ASSERT_EQ(correlations.size(), 1u);
    EXPECT_DOUBLE_EQ(correlations[0].correlation, 1.0) << "jobs rise with growth in every draw";

    p.set(ParameterId::DisplacementShare, 0.2);
    u.set(ParameterId::DisplacementShare, Distribution::uniform(0.1, 0.3));
    engine.run(p, u);
    correlations = rankCorrelations(p, u, engine);
    ASSERT_EQ(correlations.size(), 2u);
    for (const RankCorrelation &c : correlations) {
        if (c.id == ParameterId::DisplacementShare)
            EXPECT_LT(c.correlation, -0.3);
        else
            EXPECT_GT(c.correlation, 0.3);
    }

    p.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Created));
    engine.run(p, u);
    correlations = rankCorrelations(p, u, engine);
    ASSERT_EQ(correlations.size(), 2u);
    EXPECT_EQ(correlations[0].id, ParameterId::AnnualGrowthRate);
    EXPECT_GT(correlations[0].correlation, 0.9);
    EXPECT_LT(correlations[1].correlation, -0.1);
}

TEST(Sensitivity, RankCorrelationsAreTheSameOnOneThreadOrTwo)
{
    Parameters p;
    Uncertainty u;
    u.samples = MonteCarloEngine::kParallelFrom; // large enough to share out the parameters
    u.set(ParameterId::AnnualGrowthRate, Distribution::triangular(0.1, 0.36, 0.8));
    u.set(ParameterId::HiresPerSeller, Distribution::logNormal(1, 3));
    u.set(ParameterId::SideBusinessShare, Distribution::uniform(0.7, 0.9));
    MonteCarloEngine engine;
    engine.setThreads(1);
    engine.run(p, u);
    const std::vector<RankCorrelation> one = rankCorrelations(p, u, engine);
    engine.setThreads(2);
    const std::vector<RankCorrelation> two = rankCorrelations(p, u, engine);
    ASSERT_EQ(one.size(), 3u);
    ASSERT_EQ(two.size(), 3u);
    for (std::size_t i = 0; i < one.size(); ++i) {
        EXPECT_EQ(one[i].id, two[i].id);
        EXPECT_EQ(one[i].correlation, two[i].correlation);
    }
    EXPECT_GT(one[0].correlation, 0.3) << "growth or hires lead, and raise the jobs";
}
