#include "plausibility.h"

#include "keyfigures.h"
#include "projection.h"
#include "yearmonth.h"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>

using namespace pledgecheck;

namespace {

// The pledge as stated: 7000 sellers growing (1,000,000 / 7000)^(1/5) - 1 = 169.76 % a year with
// no churn, so S(t) = 7000 x 142.857^(t/60), one million at t = 60; each sells $15e9 / 7000 =
// $2,142,857 a year, so the sales are 15e9 x 142.857^(t/60) USD a year.
Parameters pledgeAsStated()
{
    Parameters p;
    p.set(ParameterId::AnnualGrowthRate, 1.6976176347003635);
    p.set(ParameterId::AnnualChurnRate, 0);
    p.set(ParameterId::SideBusinessShare, 0);
    p.set(ParameterId::ServiceJobsPer1000Sellers, 0);
    p.set(ParameterId::DisplacementShare, 0);
    return p;
}

PlausibilityFindings findingsOf(const Parameters &p)
{
    return checkPlausibility(p, project(p));
}

// A copy, not a reference: callers pass findingsOf(...), a temporary gone by the next line
// (AddressSanitizer's stack-use-after-scope when it was a reference).
PlausibilityFinding finding(const PlausibilityFindings &findings, std::string_view id)
{
    for (const PlausibilityFinding &f : findings) {
        if (f.check.id == id)
            return f;
    }
    throw std::runtime_error("no check called " + std::string(id));
}

void expectRelativelyNear(double actual, double expected, double tolerance = 1e-9)
{
    EXPECT_NEAR(actual, expected, tolerance * std::abs(expected));
}

} // namespace

TEST(Plausibility, ThePledgeAsStatedSellsMoreThanAllUsGoodsExportsToChinaFromApril2019)
{
    const PlausibilityFindings findings = findingsOf(pledgeAsStated());
    // At the horizon: 1,000,000 x 15e9 / 7000 = 2.142857e12 USD a year. Above $130.4 billion (2017,
    // the start year) once 15e9 x 142.857^(t/60) > 130.4e9, that is
    // t > 60 ln(130.4 / 15) / ln(142.857) = 60 x 2.16256 / 4.96185 = 26.15: month 27, 2019-04
    // (month 26: $128.8 billion; month 27: $139.9 billion).
    const PlausibilityFinding &china = finding(findings, "sales_vs_us_goods_exports_to_china");
    expectRelativelyNear(china.valueAtHorizon, 2.142857142857e12);
    EXPECT_EQ(china.check.bound, 130.4e9);
    EXPECT_EQ(china.check.quantity, PlausibilityQuantity::SalesToChina);
    EXPECT_EQ(china.check.boundLabel, "all US goods exports to China in 2017");
    EXPECT_TRUE(china.exceeded());
    EXPECT_EQ(china.firstMonthExceeded, 27);
    EXPECT_EQ(YearMonth::fromIndex(YearMonth{2017, 1}.toIndex() + 27).toString(), "2019-04");
    // Sixteen times the whole of it.
    EXPECT_NEAR(china.valueAtHorizon / china.check.bound, 16.4, 0.05);

    // Above all US goods exports, $1.7 trillion, once 142.857^(t/60) > 1700 / 15 = 113.33:
    // t > 60 x 4.73034 / 4.96185 = 57.20, month 58.
    const PlausibilityFinding &all = finding(findings, "sales_vs_all_us_goods_exports");
    expectRelativelyNear(all.valueAtHorizon, 2.142857142857e12);
    EXPECT_EQ(all.check.bound, 1.7e12);
    EXPECT_EQ(all.firstMonthExceeded, 58);
}

TEST(Plausibility, ThePledgeAsStatedHasMoreSellersThanAllSmallGoodsExportersButNotSmallBusinesses)
{
    const PlausibilityFindings findings = findingsOf(pledgeAsStated());
    // 7000 x 142.857^(t/60) > 287,835 once t > 60 ln(41.119) / ln(142.857) = 60 x 3.71647 /
    // 4.96185 = 44.94: month 45.
    const PlausibilityFinding &exporters = finding(findings, "sellers_vs_small_goods_exporters");
    expectRelativelyNear(exporters.valueAtHorizon, 1e6);
    EXPECT_EQ(exporters.check.bound, 287835);
    EXPECT_EQ(exporters.firstMonthExceeded, 45);
    // One million never reaches 31.7 million.
    const PlausibilityFinding &businesses = finding(findings, "sellers_vs_small_businesses");
    expectRelativelyNear(businesses.valueAtHorizon, 1e6);
    EXPECT_EQ(businesses.check.bound, 31.7e6);
    EXPECT_FALSE(businesses.exceeded());
    EXPECT_FALSE(businesses.firstMonthExceeded);
}

TEST(Plausibility, ThePledgeAsStatedsExportLensPassesAllJobsSupportedByExports)
{
    // X = S x 2,142,857.14 x 5744 / 1e9 = 12.308571 S: 12,308,571 jobs at the horizon. Above
    // 10.7 million once S > 869,310, 142.857^(t/60) > 124.19: t > 60 x 4.82179 / 4.96185 = 58.31,
    // month 59.
    const PlausibilityFinding &jobs =
        finding(findingsOf(pledgeAsStated()), "export_jobs_vs_jobs_supported_by_exports");
    expectRelativelyNear(jobs.valueAtHorizon, 12308571.428571);
    EXPECT_EQ(jobs.check.bound, 10.7e6);
    EXPECT_EQ(jobs.firstMonthExceeded, 59);
}

TEST(Plausibility, TheCentralCaseCrossesNothing)
{
    // 7000 x 1.1745^5 = 7000 x 2.234936 = 15,644.6 sellers, selling 15,644.6 x 2,142,857 =
    // $33.5 billion a year, supporting 15,644.6 x 12.308571 = 192,562 jobs: all below.
    const PlausibilityFindings findings = findingsOf(Parameters{});
    for (const PlausibilityFinding &f : findings)
        EXPECT_FALSE(f.exceeded()) << f.check.id;
    expectRelativelyNear(finding(findings, "sales_vs_us_goods_exports_to_china").valueAtHorizon,
                         33524041115.53, 1e-8);
    expectRelativelyNear(finding(findings, "sellers_vs_small_goods_exporters").valueAtHorizon,
                         15644.552521, 1e-8);
    expectRelativelyNear(
        finding(findings, "export_jobs_vs_jobs_supported_by_exports").valueAtHorizon,
        192562.092168, 1e-8);
}

TEST(Plausibility, ASeriesAboveTheBoundFromTheStartThatFallsBelowItCountsAsExceeded)
{
    // 400,000 sellers shrinking linearly at n = (1 + 0)(1 - 0.5) - 1 = -0.5 a year:
    // S(t) = 400,000 (1 - 0.5 t / 12), above 287,835 in month 0, zero at the horizon (clamped).
    Parameters p;
    p.set(ParameterId::GrowthModel, static_cast<double>(GrowthModel::Linear));
    p.set(ParameterId::InitialSellers, 400000);
    p.set(ParameterId::AnnualGrowthRate, 0);
    p.set(ParameterId::AnnualChurnRate, 0.5);
    const PlausibilityFinding &exporters =
        finding(findingsOf(p), "sellers_vs_small_goods_exporters");
    EXPECT_EQ(exporters.valueAtHorizon, 0.0);
    EXPECT_TRUE(exporters.exceeded());
    EXPECT_EQ(exporters.firstMonthExceeded, 0);
}

TEST(Plausibility, ExportsToChinaAreThoseOfTheStartYearOrTheNearestSourcedYear)
{
    EXPECT_EQ(plausibilityChecks(2016)[0].bound, 115.6e9);
    EXPECT_EQ(plausibilityChecks(2017)[0].bound, 130.4e9);
    EXPECT_EQ(plausibilityChecks(2018)[0].bound, 120.1e9);
    EXPECT_EQ(plausibilityChecks(2019)[0].bound, 106.6e9);
    EXPECT_EQ(plausibilityChecks(2020)[0].bound, 124.5e9);
    EXPECT_EQ(plausibilityChecks(1995)[0].bound, 115.6e9);
    EXPECT_EQ(plausibilityChecks(2040)[0].bound, 124.5e9);
    EXPECT_EQ(plausibilityChecks(2040)[0].boundLabel, "all US goods exports to China in 2020");

    // Starting in June 2019, the pledge as stated is held against 2019's $106.6 billion:
    // 142.857^(t/60) > 106.6 / 15 = 7.1067 once t > 60 x 1.96104 / 4.96185 = 23.71, month 24.
    Parameters p = pledgeAsStated();
    p.set(ParameterId::Start, YearMonth{2019, 6}.toIndex());
    const PlausibilityFinding &china = finding(findingsOf(p), "sales_vs_us_goods_exports_to_china");
    EXPECT_EQ(china.check.bound, 106.6e9);
    EXPECT_EQ(china.firstMonthExceeded, 24);
}

TEST(Plausibility, EveryCheckHasItsOwnIdALabelAndASource)
{
    std::set<std::string_view> ids;
    for (const PlausibilityCheck &check : plausibilityChecks(2017)) {
        ids.insert(check.id);
        EXPECT_FALSE(check.label.empty()) << check.id;
        EXPECT_FALSE(check.boundLabel.empty()) << check.id;
        EXPECT_GT(check.source.size(), 20u) << check.id;
        EXPECT_GT(check.bound, 0.0) << check.id;
    }
    EXPECT_EQ(ids.size(), static_cast<size_t>(kPlausibilityCheckCount));
}

TEST(Plausibility, TheKeyFiguresCarryEveryCheck)
{
    const Parameters p = pledgeAsStated();
    const KeyFigures figures = computeKeyFigures(p, project(p));
    int exceeded = 0;
    for (const PlausibilityFinding &f : figures.plausibility)
        exceeded += f.exceeded();
    EXPECT_EQ(exceeded, 4);
    EXPECT_EQ(figures.plausibility[0].check.id, "sales_vs_us_goods_exports_to_china");
}
