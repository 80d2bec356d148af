#include "parameters.h"

#include <gtest/gtest.h>

using namespace pledgecheck;

TEST(Parameters, StartAtTheDefaults)
{
    const Parameters p;
    EXPECT_EQ(p[ParameterId::InitialSellers], 7000);
    EXPECT_EQ(p.growthModel(), GrowthModel::Exponential);
    EXPECT_EQ(p.horizonMonths(), 60);
    EXPECT_FALSE(p.validate());
}

TEST(Parameters, NetGrowthCombinesGrowthAndChurn)
{
    // n = (1 + g)(1 - c) - 1 = 1.5 x 0.8 - 1 = 0.2
    Parameters p;
    p.set(ParameterId::AnnualGrowthRate, 0.5);
    p.set(ParameterId::AnnualChurnRate, 0.2);
    EXPECT_NEAR(p.netGrowthRate(), 0.2, 1e-15);
}

TEST(Parameters, ValidationNamesTheFirstBadValue)
{
    Parameters p;
    p.set(ParameterId::DisplacementShare, 1.5);
    const auto problem = p.validate();
    ASSERT_TRUE(problem);
    EXPECT_EQ(*problem, "displacement_share = 1.5 is not valid: the valid range is 0 to 1");
}

TEST(Parameters, LogisticGrowthNeedsAMarketAtLeastAsLargeAsTheStartingSellers)
{
    Parameters p;
    p.set(ParameterId::GrowthModel, static_cast<double>(GrowthModel::Logistic));
    p.set(ParameterId::InitialSellers, 5000);
    p.set(ParameterId::MarketSize, 4000);
    const auto problem = p.validate();
    ASSERT_TRUE(problem);
    EXPECT_EQ(*problem, "market_size = 4000 is below initial_sellers = 5000: under logistic growth "
                        "the market must hold at least the starting sellers");

    p.set(ParameterId::GrowthModel, static_cast<double>(GrowthModel::Exponential));
    EXPECT_FALSE(p.validate()) << "the market size matters only to logistic growth";
}

TEST(Parameters, CompareByValue)
{
    Parameters a, b;
    EXPECT_EQ(a, b);
    b.set(ParameterId::HiresPerSeller, 2);
    EXPECT_NE(a, b);
}
