#pragma once

#include "parameterdescriptor.h"

#include <Eigen/Core>

#include <vector>

namespace pledgecheck {

/// How a Monte Carlo run shares its work between threads: first the blocks of draws, then the
/// months. A pure function of the run's size, so that it is tested on its own; the figures never
/// depend on it (docs/model.md, "Threads").
struct WorkSchedule {
    /// Runs of fewer draws than this stay on the calling thread: starting threads would cost
    /// more than they save.
    static constexpr int kParallelFrom = 50000;
    /// Draws are made in blocks of this many, shared out between the threads. A draw's numbers
    /// depend on its index alone, not on its block.
    static constexpr Eigen::Index kDrawBlock = 1 << 16;
    /// The growth's order statistics (when the sellers follow the growth) cost about this many
    /// months' work: measured with BM_Percentiles against a month.
    static constexpr double kGrowthRanksInMonths = 0.7;

    int threads = 1;     ///< threads that make the draws, 1 or more
    int blocks = 0;      ///< blocks of kDrawBlock draws (the last one shorter)
    int workers = 1;     ///< threads that project the months, 1 to threads and at most the months
    /// One task more than the workers: the growth's order statistics, for the first worker to
    /// finish its months.
    bool growthRanksTask = false;
    /// Worker w projects months [firstMonth[w], firstMonth[w + 1]), after catching up with the
    /// months before; workers + 1 entries, from 0 to the months, never decreasing.
    std::vector<Eigen::Index> firstMonth;

    int tasks() const { return workers + (growthRanksTask ? 1 : 0); }
};

/// A worker beginning at month b first catches up with the b months before, at this share of the
/// cost of a month it projects (a product or two per draw, against the percentiles). Exponential
/// growth catches up fastest, each draw's months at once. Measured with BM_MonteCarloWarm.
double catchUpCost(GrowthModel model);

/// The schedule of a run of @p samples draws (1 or more) over @p months months (1 or more) on at
/// most @p threads threads, under growth @p model, with or without the growth's order statistics
/// as one more task. The months are shared so that each worker has about the same work: the
/// months it projects, the catching up before them, and for worker 0 the order statistics.
WorkSchedule scheduleWork(Eigen::Index samples, Eigen::Index months, int threads, GrowthModel model,
                          bool growthRanksTask);

} // namespace pledgecheck
