#include "workschedule.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

using namespace pledgecheck;

namespace {

constexpr Eigen::Index kMonths = 61; // five years and the start month
constexpr Eigen::Index kLarge = 1000000;

// A worker's work in months projected: its own months, the catching up with those before them,
// and for worker 0 the growth's order statistics when it takes them.
double workOf(const WorkSchedule &s, int w, GrowthModel model)
{
    const auto begin = static_cast<double>(s.firstMonth[static_cast<std::size_t>(w)]);
    const auto end = static_cast<double>(s.firstMonth[static_cast<std::size_t>(w) + 1]);
    const double extra = w == 0 && s.growthRanksTask && s.workers > 1 ? WorkSchedule::kGrowthRanksInMonths : 0.0;
    return end - begin + catchUpCost(model) * begin + extra;
}

} // namespace

TEST(WorkSchedule, SmallRunsStayOnTheCallingThread)
{
    const WorkSchedule s = scheduleWork(WorkSchedule::kParallelFrom - 1, kMonths, 8, GrowthModel::Exponential, true);
    EXPECT_EQ(s.threads, 1);
    EXPECT_EQ(s.workers, 1);
    EXPECT_EQ(s.blocks, 1);
    EXPECT_EQ(s.firstMonth, (std::vector<Eigen::Index>{0, kMonths}));
    EXPECT_EQ(s.tasks(), 2) << "the growth's order statistics follow the months on the one thread";
}

TEST(WorkSchedule, BlocksCoverEveryDrawAndNoMore)
{
    const Eigen::Index block = WorkSchedule::kDrawBlock;
    for (const auto &[samples, blocks] : {std::pair<Eigen::Index, int>{1, 1}, {block, 1}, {block + 1, 2},
                                          {WorkSchedule::kParallelFrom, 1}, {kLarge, 16}}) {
        EXPECT_EQ(scheduleWork(samples, kMonths, 2, GrowthModel::Linear, false).blocks, blocks) << samples;
    }
}

TEST(WorkSchedule, LargeRunsUseEveryThreadButNeverMoreWorkersThanMonths)
{
    const WorkSchedule s = scheduleWork(kLarge, kMonths, 3, GrowthModel::Logistic, false);
    EXPECT_EQ(s.threads, 3);
    EXPECT_EQ(s.workers, 3);
    const WorkSchedule few = scheduleWork(kLarge, 2, 8, GrowthModel::Logistic, false);
    EXPECT_EQ(few.threads, 8) << "the draws still use every thread";
    EXPECT_EQ(few.workers, 2);
    EXPECT_EQ(few.firstMonth.size(), 3u);
    EXPECT_EQ(scheduleWork(kLarge, kMonths, 0, GrowthModel::Logistic, false).threads, 1);
}

TEST(WorkSchedule, TheWorkersShareTheMonthsInOrderFromFirstToLast)
{
    for (const GrowthModel model : {GrowthModel::Exponential, GrowthModel::Logistic, GrowthModel::Linear}) {
        for (const int threads : {1, 2, 3, 8}) {
            for (const bool ranks : {false, true}) {
                for (const Eigen::Index months : {Eigen::Index{1}, Eigen::Index{13}, kMonths, Eigen::Index{361}}) {
                    const WorkSchedule s = scheduleWork(kLarge, months, threads, model, ranks);
                    const std::string where = std::to_string(threads) + " threads, " + std::to_string(months)
                                              + " months, model " + std::to_string(static_cast<int>(model));
                    ASSERT_EQ(s.firstMonth.size(), static_cast<std::size_t>(s.workers) + 1) << where;
                    EXPECT_EQ(s.firstMonth.front(), 0) << where;
                    EXPECT_EQ(s.firstMonth.back(), months) << where;
                    EXPECT_TRUE(std::is_sorted(s.firstMonth.begin(), s.firstMonth.end())) << where;
                    EXPECT_EQ(s.tasks(), s.workers + (ranks ? 1 : 0)) << where;
                }
            }
        }
    }
}

TEST(WorkSchedule, EachWorkerHasAboutTheSameWork)
{
    // Each boundary is rounded to a whole month, so two workers' work differs by at most about a
    // month (half a month at either end of each).
    for (const GrowthModel model : {GrowthModel::Exponential, GrowthModel::Logistic, GrowthModel::Linear}) {
        for (const int threads : {2, 3, 4}) {
            for (const bool ranks : {false, true}) {
                const WorkSchedule s = scheduleWork(kLarge, kMonths, threads, model, ranks);
                double least = workOf(s, 0, model), most = least;
                for (int w = 1; w < s.workers; ++w) {
                    least = std::min(least, workOf(s, w, model));
                    most = std::max(most, workOf(s, w, model));
                }
                EXPECT_LE(most - least, 1.0 + catchUpCost(model))
                    << threads << " threads, model " << static_cast<int>(model) << ", ranks " << ranks;
            }
        }
    }
}

TEST(WorkSchedule, LaterWorkersTakeFewerMonthsAsTheyCatchUpFirst)
{
    // Exponential growth catches up at 7 % of a month's cost: on two threads the first worker
    // projects 32 of 61 months; linear growth at 20 %, so the second takes fewer still.
    const WorkSchedule exponential = scheduleWork(kLarge, kMonths, 2, GrowthModel::Exponential, false);
    const WorkSchedule linear = scheduleWork(kLarge, kMonths, 2, GrowthModel::Linear, false);
    EXPECT_EQ(exponential.firstMonth[1], 32);
    EXPECT_EQ(linear.firstMonth[1], 34);
}

TEST(WorkSchedule, WorkerZeroTakesFewerMonthsWhenItAlsoFindsTheGrowthRanks)
{
    const WorkSchedule without = scheduleWork(kLarge, kMonths, 2, GrowthModel::Exponential, false);
    const WorkSchedule with = scheduleWork(kLarge, kMonths, 2, GrowthModel::Exponential, true);
    EXPECT_EQ(with.firstMonth[1], without.firstMonth[1] - 1);
}
