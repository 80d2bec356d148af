#include "parametertable.h"
#include "parameters.h"
#include "yearmonth.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <limits>
#include <set>

using namespace pledgecheck;

TEST(ParameterTable, ListsEveryParameterInIdOrder)
{
    const auto &table = parameterTable();
    for (int i = 0; i < kParameterCount; ++i)
        EXPECT_EQ(static_cast<int>(table[i].id), i) << table[i].key;
}

TEST(ParameterTable, UsesTheContractIds)
{
    const std::set<std::string_view> expected{
        "start", "horizon_years", "target_jobs", "initial_sellers", "growth_model",
        "annual_growth_rate", "annual_churn_rate", "market_size", "hires_per_seller",
        "side_business_share", "hiring_lag_months", "service_jobs_per_1000_sellers",
        "export_value_per_seller", "jobs_per_billion_exports", "displacement_share", "job_count_basis"};
    std::set<std::string_view> keys;
    for (const auto &d : parameterTable())
        keys.insert(d.key);
    EXPECT_EQ(keys, expected);
}

TEST(ParameterTable, JobsCountedAreCreatedByDefaultOrLinked)
{
    const ParameterDescriptor &d = descriptor(ParameterId::JobCountBasis);
    EXPECT_EQ(d.kind, ParameterKind::Choice);
    EXPECT_EQ(formatValue(d, d.defaultValue), "created");
    EXPECT_EQ(parseValue(d, "linked"), static_cast<double>(JobCountBasis::Linked));
    EXPECT_EQ(describeRange(d), "created or linked");
    EXPECT_EQ(d.sinceVersion, 3) << "a version 1 or 2 file opens with the default";
    EXPECT_EQ(Parameters().jobCountBasis(), JobCountBasis::Created);
}

TEST(ParameterTable, EveryDefaultIsValidAndCitesASource)
{
    for (const auto &d : parameterTable()) {
        EXPECT_FALSE(checkValue(d, d.defaultValue)) << d.key;
        EXPECT_GT(d.source.size(), 30u) << d.key;
        EXPECT_LT(d.minimum, d.maximum) << d.key;
        EXPECT_GT(d.step, 0.0) << d.key;
    }
}

// An exported chart's source line names the sources of the defaults in play: each short, each
// with a year or marked a judgement, each piece found in the full citation it stands for.
TEST(ParameterTable, EveryDefaultHasAShortSourceTakenFromItsFullOne)
{
    for (const auto &d : parameterTable()) {
        ASSERT_FALSE(d.shortSource.empty()) << d.key;
        EXPECT_LE(d.shortSource.size(), 48u) << d.key;
        const std::string full(d.source);
        std::string_view rest = d.shortSource;
        while (!rest.empty()) {
            const auto end = rest.find("; ");
            const std::string_view piece = rest.substr(0, end);
            rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 2);
            if (piece == "judgement") {
                EXPECT_NE(full.find("udgement"), std::string::npos) << d.key;
                continue;
            }
            // "Balding 2017": the name and the year both stand in the full citation.
            const auto space = piece.rfind(' ');
            const std::string_view year = piece.substr(space + 1);
            const std::string_view name = piece.substr(0, space);
            const bool dated = year.size() == 4 && std::all_of(year.begin(), year.end(), ::isdigit);
            const std::string_view who = dated ? name : piece;
            // The first word of the name is enough: "SBA Advocacy" for "SBA Office of Advocacy".
            EXPECT_NE(full.find(std::string(who.substr(0, who.find(' ')))), std::string::npos) << d.key << ": " << piece;
            if (dated) {
                EXPECT_NE(full.find(std::string(year)), std::string::npos) << d.key << ": " << piece;
            }
        }
    }
}

TEST(ParameterTable, EachDefaultUncertaintySuitsItsParameterAndIsCentredOnTheDefault)
{
    int uncertain = 0;
    for (const auto &d : parameterTable()) {
        EXPECT_FALSE(d.uncertainty.check(d)) << d.key;
        if (d.uncertainty.isFixed())
            continue;
        ++uncertain;
        EXPECT_EQ(d.uncertainty.centre(), d.defaultValue) << d.key << ": a value is its distribution's centre";
    }
    EXPECT_EQ(uncertain, 6) << "growth, churn, hires, side businesses, service jobs, displacement";
}

TEST(ParameterTable, GivesTheIssuedDefaults)
{
    EXPECT_EQ(descriptor(ParameterId::InitialSellers).defaultValue, 7000);
    EXPECT_EQ(descriptor(ParameterId::HiresPerSeller).defaultValue, 1);
    EXPECT_EQ(descriptor(ParameterId::HiringLagMonths).defaultValue, 0);
    EXPECT_EQ(descriptor(ParameterId::TargetJobs).defaultValue, 1e6);
    EXPECT_EQ(descriptor(ParameterId::HorizonYears).defaultValue, 5);
    EXPECT_EQ(descriptor(ParameterId::ExportValuePerSeller).defaultValue, 15e9 / 7000);
    EXPECT_EQ(formatValue(descriptor(ParameterId::Start), descriptor(ParameterId::Start).defaultValue),
              "2017-01");
    EXPECT_EQ(formatValue(descriptor(ParameterId::GrowthModel),
                          descriptor(ParameterId::GrowthModel).defaultValue),
              "exponential");
}

TEST(ParameterTable, RangesAreAtLeastAsWideAsIssued)
{
    struct Range { ParameterId id; double low, high; };
    for (const Range r : {Range{ParameterId::AnnualGrowthRate, -0.5, 10},
                          Range{ParameterId::AnnualChurnRate, 0, 0.9},
                          Range{ParameterId::InitialSellers, 1, 1e7},
                          Range{ParameterId::MarketSize, 1, 5e7},
                          Range{ParameterId::HiresPerSeller, 0, 100},
                          Range{ParameterId::HiringLagMonths, 0, 36},
                          Range{ParameterId::ServiceJobsPer1000Sellers, 0, 1000},
                          Range{ParameterId::ExportValuePerSeller, 0, 1e9},
                          Range{ParameterId::JobsPerBillionExports, 0, 20000},
                          Range{ParameterId::SideBusinessShare, 0, 1},
                          Range{ParameterId::DisplacementShare, 0, 1},
                          Range{ParameterId::TargetJobs, 1, 1e9},
                          Range{ParameterId::HorizonYears, 1, 30}}) {
        EXPECT_LE(descriptor(r.id).minimum, r.low) << descriptor(r.id).key;
        EXPECT_GE(descriptor(r.id).maximum, r.high) << descriptor(r.id).key;
    }
}

// The sliders' tracks as docs/model.md argues them ("Slider tracks"), each inside the valid range.
TEST(ParameterTable, GivesEachRealParameterTheArguedSliderTrack)
{
    struct Track { ParameterId id; double low, high; };
    const std::array tracks{Track{ParameterId::InitialSellers, 1000, 1e5},
                            Track{ParameterId::AnnualGrowthRate, 0, 2},
                            Track{ParameterId::AnnualChurnRate, 0, 0.4},
                            Track{ParameterId::MarketSize, 1e5, 5e7},
                            Track{ParameterId::HiresPerSeller, 0, 10},
                            Track{ParameterId::SideBusinessShare, 0, 1},
                            Track{ParameterId::ServiceJobsPer1000Sellers, 0, 1000},
                            Track{ParameterId::ExportValuePerSeller, 1000, 1e8},
                            Track{ParameterId::JobsPerBillionExports, 0, 12000},
                            Track{ParameterId::DisplacementShare, 0, 1},
                            Track{ParameterId::TargetJobs, 1e4, 1e7}};
    for (const Track &t : tracks) {
        const ParameterDescriptor &d = descriptor(t.id);
        EXPECT_EQ(d.sliderMinimum, t.low) << d.key;
        EXPECT_EQ(d.sliderMaximum, t.high) << d.key;
    }
    int real = 0;
    for (const ParameterDescriptor &d : parameterTable()) {
        if (d.kind != ParameterKind::Real) {
            EXPECT_FALSE(d.sliderMinimum || d.sliderMaximum) << d.key << ": its slider spans its valid range";
            continue;
        }
        ++real;
        ASSERT_TRUE(d.sliderMinimum && d.sliderMaximum) << d.key;
        const double low = *d.sliderMinimum, high = *d.sliderMaximum;
        EXPECT_TRUE(d.minimum <= low && low < high && high <= d.maximum) << d.key;
        EXPECT_TRUE(low <= d.defaultValue && d.defaultValue <= high) << d.key << ": the default is on the track";
        if (d.logScale) {
            EXPECT_GT(low, 0) << d.key << ": a log track starts above 0";
        } else {
            // One slider position per step: a whole number of them, enough to drag, few enough
            // that an arrow key's hundredth of the track is a step or a few.
            const double steps = (high - low) / d.step;
            EXPECT_NEAR(steps, std::round(steps), 1e-9) << d.key;
            EXPECT_TRUE(steps >= 20 && steps <= 2000) << d.key << ": " << steps << " steps";
        }
    }
    EXPECT_EQ(real, static_cast<int>(tracks.size()));
}

TEST(ParameterTable, FindsParametersByKey)
{
    EXPECT_EQ(findParameter("hires_per_seller"), ParameterId::HiresPerSeller);
    EXPECT_FALSE(findParameter("hires"));
    EXPECT_FALSE(findParameter(""));
}

TEST(ParameterTable, ParsesWhatItFormats)
{
    for (const auto &d : parameterTable()) {
        for (double value : {d.minimum, d.defaultValue, d.maximum}) {
            const auto parsed = parseValue(d, formatValue(d, value));
            ASSERT_TRUE(parsed) << d.key;
            EXPECT_EQ(*parsed, value) << d.key;
        }
    }
}

TEST(ParameterTable, ParsesNumbersInAnyDecimalForm)
{
    const auto &target = descriptor(ParameterId::TargetJobs);
    EXPECT_EQ(parseValue(target, "1e6"), 1e6);
    EXPECT_EQ(parseValue(target, "+2.5E3"), 2500);
    EXPECT_FALSE(parseValue(target, "1,000"));
    EXPECT_FALSE(parseValue(target, "12abc"));
    EXPECT_FALSE(parseValue(target, ""));
    EXPECT_EQ(parseValue(descriptor(ParameterId::GrowthModel), "logistic"), 1.0);
    EXPECT_FALSE(parseValue(descriptor(ParameterId::GrowthModel), "Logistic"));
}

TEST(ParameterTable, RefusesAValueOutOfRangeNamingParameterValueAndRange)
{
    const auto problem = checkValue(descriptor(ParameterId::AnnualGrowthRate), 12);
    ASSERT_TRUE(problem);
    EXPECT_EQ(*problem, "annual_growth_rate = 12 is not valid: the valid range is -0.5 to 10");
}

TEST(ParameterTable, RefusesNanAndInfinity)
{
    const auto &d = descriptor(ParameterId::HiresPerSeller);
    const auto nan = checkValue(d, std::numeric_limits<double>::quiet_NaN());
    ASSERT_TRUE(nan);
    EXPECT_NE(nan->text().find("hires_per_seller = nan"), std::string::npos) << *nan;
    EXPECT_TRUE(checkValue(d, std::numeric_limits<double>::infinity()));
    EXPECT_TRUE(checkValue(d, -std::numeric_limits<double>::infinity()));
}

TEST(ParameterTable, RefusesFractionsOfWholeNumberParameters)
{
    const auto problem = checkValue(descriptor(ParameterId::HorizonYears), 2.5);
    ASSERT_TRUE(problem);
    EXPECT_EQ(*problem, "horizon_years = 2.5 is not valid: the valid range is 1 to 30, a whole number");
    EXPECT_TRUE(checkValue(descriptor(ParameterId::GrowthModel), 0.5));
    EXPECT_TRUE(checkValue(descriptor(ParameterId::GrowthModel), 3));
}

TEST(ParameterTable, NamesMonthsAndChoicesInTheirRanges)
{
    const auto &start = descriptor(ParameterId::Start);
    const auto problem = checkValue(start, YearMonth{1980, 1}.toIndex());
    ASSERT_TRUE(problem);
    EXPECT_EQ(*problem, "start = 1980-01 is not valid: the valid range is 1990-01 to 2100-12");
    EXPECT_EQ(describeRange(descriptor(ParameterId::GrowthModel)),
              "exponential, logistic or linear");
}
