// What a change of the start or the horizon must keep (model/strandedentries.h). The months are
// counted by hand from the defaults: start 2017-01, horizon 5 years, so the last month is 2022-01.
#include "strandedentries.h"

#include "parametertable.h"

#include <gtest/gtest.h>

using namespace pledgecheck;
using namespace pledgecheck::eventrules;

namespace {

// A change of growth in 2021-03 and a seller count reported in 2018-09.
ScenarioEvents growthIn2021()
{
    return {{.month = {2021, 3}, .parameter = ParameterId::AnnualGrowthRate, .value = 0.1, .note = {}}};
}

Observations reportIn2018()
{
    return {{.month = {2018, 9}, .metric = ObservedMetric::Sellers, .value = 5000, .low = {}, .high = {}, .source = {}}};
}

Parameters with(ParameterId id, double value)
{
    Parameters p;
    p.set(id, value);
    return p;
}

double month(int year, int m)
{
    return YearMonth{year, m}.toIndex();
}

} // namespace

TEST(StrandedEntries, TheHorizonMustReachTheLatestEntry)
{
    // 2017-01 to 2021-03 is 4 x 12 + 2 = 50 months: ceil(50 / 12) = 5 years at least, up to the
    // table's 30.
    const auto range = rangeKeepingEntries(ParameterId::HorizonYears, growthIn2021(), reportIn2018(), Parameters{});
    ASSERT_TRUE(range);
    EXPECT_EQ(range->first, 5.0);
    EXPECT_EQ(range->second, 30.0);
    // The report alone, 20 months in, needs ceil(20 / 12) = 2 years.
    EXPECT_EQ(rangeKeepingEntries(ParameterId::HorizonYears, {}, reportIn2018(), Parameters{})->first, 2.0);
}

TEST(StrandedEntries, TheStartMustComeBeforeEveryEventAndReachEveryReport)
{
    // At most the report's month 2018-09 (a report may fall in the start month; the event's bound,
    // 2021-02, is later); at least 2021-03 less the 60 months of the horizon, 2016-03.
    const auto range = rangeKeepingEntries(ParameterId::Start, growthIn2021(), reportIn2018(), Parameters{});
    ASSERT_TRUE(range);
    EXPECT_EQ(range->first, month(2016, 3));
    EXPECT_EQ(range->second, month(2018, 9));
    // The event alone: from 2016-03 to the month before it, 2021-02.
    const auto eventOnly = rangeKeepingEntries(ParameterId::Start, growthIn2021(), {}, Parameters{});
    EXPECT_EQ(eventOnly->second, month(2021, 2));
    // A one-year horizon cannot span 2018-09 to 2021-03 from any start.
    EXPECT_FALSE(rangeKeepingEntries(ParameterId::Start, growthIn2021(), reportIn2018(),
                                     with(ParameterId::HorizonYears, 1)));
    // Nothing to keep: no bound, and no other parameter has one.
    EXPECT_FALSE(rangeKeepingEntries(ParameterId::Start, {}, {}, Parameters{}));
    EXPECT_FALSE(rangeKeepingEntries(ParameterId::AnnualGrowthRate, growthIn2021(), reportIn2018(), Parameters{}));
}

TEST(StrandedEntries, AShorterHorizonIsRefusedNamingTheEntryAndTheRange)
{
    const Parameters before;
    EXPECT_EQ(strandingProblem(growthIn2021(), reportIn2018(), before, with(ParameterId::HorizonYears, 4)),
              "horizon_years = 4 is not valid: an event on annual_growth_rate in 2021-03 falls outside the "
              "scenario: events fall from 2017-02 to 2021-01; with the events and reports as they are, the "
              "valid range is 5 to 30; move or remove the entry first");
    EXPECT_FALSE(strandingProblem(growthIn2021(), reportIn2018(), before, with(ParameterId::HorizonYears, 5)));
    EXPECT_FALSE(strandingProblem(growthIn2021(), reportIn2018(), before, with(ParameterId::HorizonYears, 30)));
}

TEST(StrandedEntries, AMovedStartIsRefusedAtEitherEndOfItsRange)
{
    const Parameters before;
    EXPECT_EQ(strandingProblem(growthIn2021(), reportIn2018(), before, with(ParameterId::Start, month(2018, 10))),
              "start = 2018-10 is not valid: a reported sellers figure in 2018-09 falls outside the scenario: "
              "reports fall from 2018-10 to 2023-10; with the events and reports as they are, the valid range "
              "is 2016-03 to 2018-09; move or remove the entry first");
    // 2016-02 ends in 2021-02, a month short of the event.
    EXPECT_EQ(strandingProblem(growthIn2021(), reportIn2018(), before, with(ParameterId::Start, month(2016, 2))),
              "start = 2016-02 is not valid: an event on annual_growth_rate in 2021-03 falls outside the "
              "scenario: events fall from 2016-03 to 2021-02; with the events and reports as they are, the "
              "valid range is 2016-03 to 2018-09; move or remove the entry first");
    EXPECT_FALSE(strandingProblem(growthIn2021(), reportIn2018(), before, with(ParameterId::Start, month(2016, 3))));
    EXPECT_FALSE(strandingProblem(growthIn2021(), reportIn2018(), before, with(ParameterId::Start, month(2018, 9))));
}

TEST(StrandedEntries, OnlyAChangeOfTheStartOrTheHorizonIsAsked)
{
    // Already outside (as no reader would let in): a change of anything else is not blocked.
    const Parameters shortHorizon = with(ParameterId::HorizonYears, 1);
    Parameters faster = shortHorizon;
    faster.set(ParameterId::AnnualGrowthRate, 0.5);
    EXPECT_FALSE(strandingProblem(growthIn2021(), reportIn2018(), shortHorizon, faster));
    // With no entries any start and horizon in range will do.
    EXPECT_FALSE(strandingProblem({}, {}, Parameters{}, shortHorizon));
}
