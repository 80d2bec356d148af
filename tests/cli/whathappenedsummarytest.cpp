// The what-happened preset from the real binary: --summary's figures and reports, worked out by
// hand in tests/model/whathappenedpresettest.cpp and docs/model.md ("Presets"), and --fit
// finding the growth the file holds from another start.
#include "binaryrun.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <cmath>

using pledgecheck::testing::summaryOf;

TEST(WhatHappenedSummary, SaysHowFarFromThePledgeAndFromWhen)
{
    const QJsonObject summary = summaryOf({"--preset", "what-happened", "--samples", "10"});
    EXPECT_EQ(summary.value("job_count_basis").toString(), "created");
    // S(60) = 4,383.45; J(60) = 0.5 x (0.12 x 4,694.40 + 0.03 x 4,383.45) - 525 = -177.58.
    EXPECT_NEAR(summary.value("sellers_at_horizon").toDouble(), 4383.45, 0.01);
    EXPECT_NEAR(summary.value("jobs_linked_at_horizon").toDouble(), 347.42, 0.01);
    EXPECT_NEAR(summary.value("jobs_at_horizon").toDouble(), -177.58, 0.01);
    EXPECT_NEAR(summary.value("share_of_target").toDouble(), -177.58 / 1e6, 1e-8);
    EXPECT_TRUE(summary.value("target_met_date").isNull());
    for (const char *needed : {"required_annual_growth_rate_status", "required_hires_per_seller_status",
                               "required_initial_sellers_status"})
        EXPECT_EQ(summary.value(needed).toString(), "unreachable") << needed;

    const QJsonArray reports = summary.value("observations").toArray();
    ASSERT_EQ(reports.size(), 2);
    const QJsonObject proxy = reports[0].toObject();
    EXPECT_EQ(proxy.value("month").toString(), "2018-09");
    EXPECT_EQ(proxy.value("reported").toDouble(), 9172);
    EXPECT_NEAR(proxy.value("projected").toDouble(), 6910.81, 0.01); // S(20) = S(18), net zero between
    EXPECT_EQ(proxy.value("within_range"), QJsonValue(false));      // below its low, 7,000
    // The pledge's own path twenty months on: 7,000 x (1,000,000 / 7,000)^(1/3) = 36,593.1.
    EXPECT_NEAR(proxy.value("pledge_path").toDouble(), 7000 * std::cbrt(1e6 / 7000), 1e-6);
    const QJsonObject thousands = reports[1].toObject();
    EXPECT_EQ(thousands.value("month").toString(), "2020-09");
    EXPECT_NEAR(thousands.value("projected").toDouble(), 5261.50, 0.01);
    EXPECT_EQ(thousands.value("within_range"), QJsonValue(true));
    EXPECT_NEAR(thousands.value("pledge_path").toDouble(), 7000 * std::pow(1e6 / 7000, 44.0 / 60), 1e-6);
}

TEST(WhatHappenedSummary, TheFitFromTheScepticsGrowthFindsTheGrowthTheFileHolds)
{
    const QJsonObject summary = summaryOf({"--preset", "what-happened", "--set", "annual_growth_rate=0.35",
                                           "--fit", "annual_growth_rate", "--samples", "10"});
    const QJsonObject fit = summary.value("fit").toObject();
    EXPECT_TRUE(fit.value("converged").toBool());
    EXPECT_TRUE(fit.value("warnings").toArray().isEmpty());
    EXPECT_EQ(fit.value("observations_used").toInt(), 2);
    // The file holds 0.1394, the fit rounded to four places (0.139370).
    EXPECT_NEAR(fit.value("parameters").toObject().value("annual_growth_rate").toDouble(), 0.1394, 0.5e-4);
    EXPECT_NEAR(fit.value("rms_log_error").toDouble(), 0.5106, 0.5e-4);
    // The fitted growth is used for everything printed: the preset's own figures, to rounding.
    EXPECT_NEAR(summary.value("jobs_at_horizon").toDouble(), -177.58, 0.05);
}
