#include "yearmonth.h"

#include <gtest/gtest.h>

using namespace pledgecheck;

TEST(YearMonth, IndexCountsMonthsFromYearZero)
{
    EXPECT_EQ((YearMonth{2017, 1}.toIndex()), 2017 * 12);
    EXPECT_EQ((YearMonth{2017, 12}.toIndex()), 2017 * 12 + 11);
    EXPECT_EQ(YearMonth::fromIndex(2017 * 12 + 11), (YearMonth{2017, 12}));
}

TEST(YearMonth, AddingMonthsCrossesYears)
{
    EXPECT_EQ((YearMonth{2017, 1}.plusMonths(60)), (YearMonth{2022, 1}));
    EXPECT_EQ((YearMonth{2017, 11}.plusMonths(2)), (YearMonth{2018, 1}));
    EXPECT_EQ((YearMonth{2017, 1}.plusMonths(-1)), (YearMonth{2016, 12}));
}

TEST(YearMonth, WritesAndReadsYyyyMm)
{
    EXPECT_EQ((YearMonth{2017, 3}.toString()), "2017-03");
    EXPECT_EQ(YearMonth::parse("2021-12"), (YearMonth{2021, 12}));
}

TEST(YearMonth, RefusesAnythingButYyyyMm)
{
    for (const char *text : {"2017-13", "2017-00", "2017-1", "17-01", "2017/01", "2017-01-01",
                             "", "abcd-ef", "2017 01", "+017-01"})
        EXPECT_FALSE(YearMonth::parse(text)) << text;
}
