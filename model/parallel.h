#pragma once

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace pledgecheck {

/// Runs task(i, thread) for every i in [0, tasks) on up to @p threads threads (no more than there
/// are tasks): the calling thread as thread 0 and the others started here. Each thread takes the
/// next task no thread has taken, in order, so a thread the machine slows down holds back no more
/// than the task it is on. `thread` says which thread runs the task, so a task may use that
/// thread's own scratch. Returns when all are done; an exception thrown by a task is thrown again
/// here, after the others finish.
template<typename Task>
void runInParallel(int threads, int tasks, const Task &task)
{
    threads = std::max(1, std::min(threads, tasks));
    std::vector<std::exception_ptr> failures(static_cast<std::size_t>(threads));
    std::atomic<int> next{0};
    const auto work = [&](int thread) {
        try {
            for (int i = next++; i < tasks; i = next++)
                task(i, thread);
        } catch (...) {
            failures[static_cast<std::size_t>(thread)] = std::current_exception();
        }
    };
    {
        std::vector<std::jthread> others;
        others.reserve(static_cast<std::size_t>(threads) - 1);
        for (int thread = 1; thread < threads; ++thread)
            others.emplace_back(work, thread);
        work(0);
    } // the jthreads join here
    for (const std::exception_ptr &failure : failures)
        if (failure)
            std::rethrow_exception(failure);
}

} // namespace pledgecheck
