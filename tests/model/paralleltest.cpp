#include "parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace pledgecheck;

TEST(RunInParallel, RunsEveryTaskOnceOnTheThreadsItWasGiven)
{
    for (const int threads : {1, 2, 3}) {
        std::vector<std::atomic<int>> runs(50);
        std::atomic<int> outOfRange{0};
        runInParallel(threads, static_cast<int>(runs.size()), [&](int task, int thread) {
            ++runs[static_cast<std::size_t>(task)];
            if (thread < 0 || thread >= threads)
                ++outOfRange;
        });
        for (const std::atomic<int> &count : runs)
            EXPECT_EQ(count.load(), 1) << threads << " threads";
        EXPECT_EQ(outOfRange.load(), 0);
    }
}

TEST(RunInParallel, AFreeThreadTakesTheTasksASlowOneWouldHaveHad)
{
    // Task 0 holds its thread; the other thread must run every other task meanwhile, where a
    // fixed round robin would leave half of them waiting behind task 0.
    std::atomic<bool> othersDone{false};
    std::atomic<int> done{0};
    std::vector<int> threadOf(9, -1);
    runInParallel(2, static_cast<int>(threadOf.size()), [&](int task, int thread) {
        threadOf[static_cast<std::size_t>(task)] = thread;
        if (task == 0) {
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            while (!othersDone && std::chrono::steady_clock::now() < deadline)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return;
        }
        if (++done == static_cast<int>(threadOf.size()) - 1)
            othersDone = true;
    });
    EXPECT_TRUE(othersDone.load());
    for (std::size_t task = 1; task < threadOf.size(); ++task)
        EXPECT_NE(threadOf[task], threadOf[0]) << "task " << task;
}

TEST(RunInParallel, ThrowsATasksExceptionAfterTheOthersFinish)
{
    std::atomic<int> finished{0};
    EXPECT_THROW(runInParallel(2, 10,
                               [&](int task, int) {
                                   if (task == 3)
                                       throw std::runtime_error("task 3 failed");
                                   ++finished;
                               }),
                 std::runtime_error);
    EXPECT_EQ(finished.load(), 9); // the thread that did not throw went on with the tasks left
}
