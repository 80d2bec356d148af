#include "workschedule.h"

#include <algorithm>
#include <cmath>

namespace pledgecheck {
namespace {

// The first month of each of @p workers workers, and months as the end of the last, so that each
// has about the same work. A worker starting at month b first catches up at c·b, and worker 0 also
// has @p extra months' worth of other work: with K each, b(1) = K - extra and
// b(w + 1) = b(w)·(1 - c) + K, so b(w) = (K - extra)·r(w) + K·(1 - r(w)) / c with r(w) = (1 - c)^(w - 1),
// and b(workers) = months gives K.
std::vector<Eigen::Index> firstMonths(int workers, Eigen::Index months, GrowthModel model, double extra)
{
    const double c = catchUpCost(model);
    const auto at = [&](double k, int w) {
        const double r = std::pow(1.0 - c, w - 1);
        return (k - extra) * r + k * (1.0 - r) / c;
    };
    const double r = std::pow(1.0 - c, workers - 1);
    const double work = (static_cast<double>(months) + extra * r) / (r + (1.0 - r) / c);
    std::vector<Eigen::Index> first(static_cast<std::size_t>(workers) + 1, 0);
    for (int w = 1; w < workers; ++w)
        first[static_cast<std::size_t>(w)] = std::clamp<Eigen::Index>(std::lround(at(work, w)), 0, months);
    first.back() = months;
    return first;
}

} // namespace

double catchUpCost(GrowthModel model)
{
    return model == GrowthModel::Exponential ? 0.07 : 0.2;
}

WorkSchedule scheduleWork(Eigen::Index samples, Eigen::Index months, int threads, GrowthModel model,
                          bool growthRanksTask)
{
    WorkSchedule schedule;
    schedule.threads = samples >= WorkSchedule::kParallelFrom ? std::max(1, threads) : 1;
    schedule.blocks = static_cast<int>((samples + WorkSchedule::kDrawBlock - 1) / WorkSchedule::kDrawBlock);
    schedule.workers = static_cast<int>(std::min<Eigen::Index>(schedule.threads, months));
    schedule.growthRanksTask = growthRanksTask;
    // Worker 0, which has no catching up to do, gets fewer months, to be the first to finish and
    // take the order statistics; on one thread they simply follow the months.
    const double extra = growthRanksTask && schedule.workers > 1 ? WorkSchedule::kGrowthRanksInMonths : 0.0;
    schedule.firstMonth = firstMonths(schedule.workers, months, model, extra);
    return schedule;
}

} // namespace pledgecheck
