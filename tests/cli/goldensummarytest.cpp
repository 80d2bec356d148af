// The central estimate's summary at --samples 100000 --seed 1, pinned to 12 significant digits.
// The draws are the model's own arithmetic (SplitMix64, reproduciblemath.h), the same on every
// processor and thread count, so any change in these digits is a change in the draws or the
// equations: it must be seen here and explained in the commit that makes it.
#include "binaryrun.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <utility>
#include <vector>

using pledgecheck::testing::summaryOf;

namespace {

QString twelveDigits(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

TEST(GoldenSummary, TheCentralEstimateAtOneHundredThousandDrawsAndSeedOne)
{
    const QJsonObject summary = summaryOf({"--preset", "central", "--samples", "100000", "--seed", "1"});
    const std::vector<std::pair<const char *, const char *>> golden{
        // The values as set (worked out by hand in tests/model/projectiontest.cpp and
        // targetsolvertest.cpp).
        {"jobs_at_horizon", "1523.60238175"},
        {"jobs_created_at_horizon", "1523.60238175"},
        {"jobs_linked_at_horizon", "2757.35238175"},
        {"job_years_to_horizon", "3240.54244437"},
        {"sellers_at_horizon", "15644.5525206"},
        {"export_supported_jobs_at_horizon", "192562.092168"},
        {"share_of_target", "0.00152360238175"},
        {"required_annual_growth_rate", "3.38876584424"},
        {"required_initial_sellers", "4594374.54538"},
        // The draws.
        {"probability_target_met", "0"},
        {"jobs_at_horizon_p10", "737.703743404"},
        {"jobs_at_horizon_p50", "1523.44132135"},
        {"jobs_at_horizon_p90", "3682.81058246"},
        {"jobs_at_horizon_percentile_rank", "0.50007"},
        {"sellers_at_horizon_p10", "14109.5640406"},
        {"sellers_at_horizon_p50", "15642.7343173"},
        {"sellers_at_horizon_p90", "17309.8918024"},
    };
    for (const auto &[key, digits] : golden) {
        ASSERT_TRUE(summary.value(key).isDouble()) << key;
        EXPECT_EQ(twelveDigits(summary.value(key).toDouble()).toStdString(), digits) << key;
    }
    EXPECT_EQ(summary.value("held_in_draws").toArray(), QJsonArray({"annual_churn_rate"}));
}
