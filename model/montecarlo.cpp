#include "montecarlo.h"

#include "createdmonths.h"
#include "montecarlostep.h"
#include "equations.h"
#include "keyfigures.h"
#include "parallel.h"
#include "workschedule.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <thread>
#include <vector>

namespace pledgecheck {
namespace {

using montecarlostep::assignWithRange;
using montecarlostep::expectedNextMonth;
// What a draw counts when jobs are linked: J(t) itself.
const auto kLinked = montecarlostep::kAsAssigned;

// A draw's created jobs as the created-months pass makes them, from the linked J it starts from:
// J·q^products - J(0), by the same products in the same order, so the same bits.
struct CreatedJobsAt {
    const double *jobs, *q, *atStart;
    Eigen::Index products;

    double operator()(std::size_t i) const
    {
        double j = jobs[i];
        for (Eigen::Index m = 0; m < products; ++m)
            j *= q[i];
        return equations::jobsCreated(j, atStart[i]);
    }
};

} // namespace

MonteCarloEngine::MonteCarloEngine()
    : m_threads(static_cast<int>(std::max(1u, std::thread::hardware_concurrency())))
{
}

void MonteCarloEngine::setThreads(int threads)
{
    m_threads = std::max(1, threads);
}

void MonteCarloEngine::drawsOf(const Parameters &parameters, const Uncertainty &uncertainty,
                               ParameterId id, Eigen::ArrayXd &out) const
{
    MonteCarloDraws::drawsOf(parameters, uncertainty, id, out);
}

void MonteCarloEngine::findGrowthAtSellersRanks(const Eigen::ArrayXd &growth)
{
    const auto n = static_cast<std::size_t>(growth.size());
    std::array<std::size_t, 2 * kPercentileLevels.size()> ranks{};
    for (std::size_t i = 0; i < kPercentileLevels.size(); ++i) {
        const PercentileFinder::Position position = PercentileFinder::positionOf(kPercentileLevels[i], n);
        ranks[2 * i] = position.below;
        ranks[2 * i + 1] = position.above;
    }
    m_growthPercentiles.orderStatistics({growth.data(), n}, ranks, m_sellersGrowth);
}

void MonteCarloEngine::sellersPercentilesFromGrowth(const RunSetup &setup)
{
    // Every draw has the same starting sellers (and market), so these are the sellers of any draw
    // whose growth is m_sellersGrowth[j]: sellersAt()'s curves for one draw, with q^t by the same
    // products the months make.
    const double start = m_draws.initialSellers()(0);
    const double market = setup.model == GrowthModel::Logistic ? m_draws.marketSize()(0) : 0.0;
    const auto n = static_cast<std::size_t>(setup.samples);
    std::array<double, 2 * kPercentileLevels.size()> power{}, sellers{};
    power.fill(1.0);
    for (Eigen::Index t = 0; t < setup.months; ++t) {
        for (std::size_t j = 0; j < sellers.size(); ++j) {
            const double growth = m_sellersGrowth[j];
            if (t > 0)
                power[j] *= growth;
            equations::assignSellers(sellers[j], setup.model, start, market, growth, static_cast<double>(t) / 12.0,
                                     equations::GrowthByProducts<double>{power[j]});
        }
        for (std::size_t i = 0; i < kPercentileLevels.size(); ++i)
            m_result.sellersPercentiles(t, static_cast<Eigen::Index>(i)) =
                PercentileFinder::interpolate(PercentileFinder::positionOf(kPercentileLevels[i], n),
                                              sellers[2 * i], sellers[2 * i + 1]);
    }
}

void MonteCarloEngine::sellersAt(GrowthModel model, Eigen::Index t, const Eigen::ArrayXd &power,
                                 Eigen::ArrayXd &out) const
{
    equations::assignSellers(out, model, m_draws.initialSellers(), m_draws.marketSize(), m_draws.netGrowth(),
                             static_cast<double>(t) / 12.0, equations::GrowthByProducts<Eigen::ArrayXd>{power});
}

std::optional<PercentileFinder::Range> MonteCarloEngine::stepMonth(const RunSetup &setup, Eigen::Index t,
                                                                    bool project, Worker &worker) const
{
    const Eigen::ArrayXd &start = m_draws.initialSellers();
    const Eigen::ArrayXd &q = m_draws.monthlyFactor();
    const Eigen::ArrayXd &perLagged = m_draws.jobsPerLaggedSeller();
    const Eigen::ArrayXd &perSeller = m_draws.jobsPerSeller();
    const Eigen::ArrayXd &atStart = m_draws.jobsAtStart();
    worker.binned = false;
    if (setup.model != GrowthModel::Exponential) {
        if (t > 0)
            worker.power *= q; // q^t by products: no exp per draw and month
        if (t > setup.lag)
            worker.laggedPower *= q;
        if (!project)
            return std::nullopt;
        sellersAt(setup.model, t, worker.power, worker.sellers);
        if (t > setup.lag)
            sellersAt(setup.model, t - setup.lag, worker.laggedPower, worker.lagged);
        else
            worker.lagged = start;
        // No month is made from the one before: the created jobs can take the linked ones' place.
        if (setup.created)
            worker.jobs = equations::jobsCreated(
                equations::jobsFromSellers(perLagged, worker.lagged, perSeller, worker.sellers), atStart);
        else
            worker.jobs = equations::jobsFromSellers(perLagged, worker.lagged, perSeller, worker.sellers);
        return std::nullopt;
    }

    // Exponential growth: J(t) = perLagged·S0 + perSeller·S0·q^t until the hiring lag has passed
    // (equations::jobsFromSellers with S(t) = S0·q^t, S0 taken into the second factor), and from
    // then on (perLagged·S0 + perSeller·S0·q^lag)·q^(t - lag) = J(t - 1)·q. One pass a month, and
    // the sellers worked out only where they are read.
    if (t > 0 && (t <= setup.lag || !setup.sellersFollowGrowth))
        worker.power *= q;
    if (project && !setup.sellersFollowGrowth)
        sellersAt(GrowthModel::Exponential, t, worker.power, worker.sellers);
    if (t < setup.lag && !project)
        return std::nullopt; // the months after the lag start from J(lag) alone
    // Under the created basis each month also writes J(t) - J(0) in the same pass: the linked J
    // stays the state the next month grows from, so the months split over threads alike.
    const auto step = [&](const auto &linked) {
        if (!setup.created)
            return assignWithRange(worker.jobs, linked, kLinked);
        return assignWithRange(worker.jobs, linked, [&]<typename V>(Eigen::Index i, const V &v) {
            constexpr int K = V::RowsAtCompileTime;
            const Eigen::Array<double, K, 1> created = equations::jobsCreated(v, atStart.segment<K>(i));
            worker.created.segment<K>(i) = created;
            return created;
        });
    };
    if (setup.createdApart && t > setup.lag) {
        if (worker.nextReady) { // made with the month before
            if (setup.createdBinned) {
                worker.monthBins.swap(worker.nextBins);
                worker.monthPlan = worker.nextPlan;
                worker.binned = true;
                worker.countedProducts = 1;
            } else {
                worker.created.swap(worker.nextCreated);
            }
            worker.nextReady = false;
            return worker.nextRange;
        }
        return stepCreatedPair(setup, t, project && t + 1 < worker.endMonth, worker);
    }
    worker.jobsMonth = t;
    if (t <= setup.lag) {
        return step([&]<int K>(Eigen::Index i) {
            const auto startK = start.segment<K>(i);
            return equations::jobsFromSellers(perLagged.segment<K>(i), startK, perSeller.segment<K>(i) * startK,
                                              worker.power.segment<K>(i));
        });
    }
    return step([&]<int K>(Eigen::Index i) {
        return worker.jobs.segment<K>(i) * q.segment<K>(i);
    });
}

void MonteCarloEngine::catchUp(const RunSetup &setup, Eigen::Index from, Eigen::Index to, Worker &worker) const
{
    // After the lag, stepMonth multiplies J (and q^t, where the sellers are read from it) by q
    // once a month. The same products here, each draw's all at once: a pass over memory a month
    // costs about four times as much.
    const Eigen::Index months = to - from;
    const auto advance = [&](Eigen::ArrayXd &x) {
        constexpr Eigen::Index kTogether = 8; // draws in flight, so that no product waits on another
        const Eigen::Index whole = setup.samples / kTogether * kTogether;
        for (Eigen::Index i = 0; i < whole; i += kTogether) {
            Eigen::Array<double, kTogether, 1> value = x.segment<kTogether>(i);
            const Eigen::Array<double, kTogether, 1> q = m_draws.monthlyFactor().segment<kTogether>(i);
            for (Eigen::Index m = 0; m < months; ++m)
                value *= q;
            x.segment<kTogether>(i) = value;
        }
        for (Eigen::Index i = whole; i < setup.samples; ++i)
            for (Eigen::Index m = 0; m < months; ++m)
                x(i) *= m_draws.monthlyFactor()(i);
    };
    advance(worker.jobs);
    worker.jobsMonth = to - 1;
    if (!setup.sellersFollowGrowth)
        advance(worker.power);
}

PercentileFinder::Range MonteCarloEngine::stepCreatedPair(const RunSetup &setup, Eigen::Index t,
                                                          bool pair, Worker &worker) const
{
    // J(t) = J(t - 1)·q from the month `jobs` holds on, by the very products of a month at a time;
    // J(t + 1) = J(t)·q is made again where it is read (the next pass), never kept. A pass reads
    // J, q and J(0) once for two months: half the memory a month moves. With createdBinned the
    // created jobs are binned as they are made, never stored: the finder reads the few it needs
    // from J, q and J(0) again. Pre-basis wrote J alone, and bins; so does this.
    const auto n = static_cast<std::size_t>(setup.samples);
    const double *q = m_draws.monthlyFactor().data();
    const double *atStart = m_draws.jobsAtStart().data();
    const Eigen::Index products = t - worker.jobsMonth;
    CreatedMonthOut month, next;
    if (setup.createdBinned) {
        // The created jobs of month t, and of t + 1, as the pass will make them, for the plans.
        const CreatedJobsAt monthJobs{worker.jobs.data(), q, atStart, products};
        worker.monthPlan = worker.percentiles.planBins(n, kPercentileLevels, worker.expected, monthJobs);
        worker.monthBins.resize(n);
        month = {{}, &worker.monthPlan, worker.monthBins};
        if (pair) {
            // Two months on from the month before's percentiles: as far again.
            const PercentileFinder::Range expected =
                expectedNextMonth(worker.expected.lowest, worker.expected.highest);
            const CreatedJobsAt nextJobs{worker.jobs.data(), q, atStart, products + 1};
            worker.nextPlan = worker.percentiles.planBins(n, kPercentileLevels, expected, nextJobs);
            worker.nextBins.resize(n);
            next = {{}, &worker.nextPlan, worker.nextBins};
        }
    } else {
        month.values = {worker.created.data(), n};
        if (pair) {
            worker.nextCreated.resize(setup.samples);
            next.values = {worker.nextCreated.data(), n};
        }
    }
    const CreatedMonthRanges ranges =
        advanceCreatedMonths({worker.jobs.data(), n}, {q, n}, {atStart, n}, products, month, next);
    worker.jobsMonth = t;
    worker.binned = setup.createdBinned;
    worker.countedProducts = 0;
    worker.nextReady = pair;
    worker.nextRange = ranges.next;
    return ranges.month;
}

template <typename Use>
void MonteCarloEngine::withBinnedJobs(const Worker &worker, const Use &use) const
{
    // The very difference (and product) the pass binned: the same bits.
    const Eigen::ArrayXd &atStart = m_draws.jobsAtStart();
    if (worker.countedProducts == 0)
        use(equations::jobsCreated(worker.jobs, atStart));
    else
        use(equations::jobsCreated(worker.jobs * m_draws.monthlyFactor(), atStart));
}

Eigen::ArrayXd &MonteCarloEngine::countedJobs(const RunSetup &setup, Worker &worker) const
{
    if (worker.binned)
        withBinnedJobs(worker, [&](const auto &created) { worker.created = created; });
    return setup.createdApart ? worker.created : worker.jobs;
}

double MonteCarloEngine::findPercentiles(const RunSetup &setup, Eigen::Index t,
                                         const std::optional<PercentileFinder::Range> &jobsRange, Worker &worker)
{
    const auto n = static_cast<std::size_t>(setup.samples);
    std::array<double, kPercentileLevels.size()> row{};
    if (worker.binned) {
        const CreatedJobsAt created{worker.jobs.data(), m_draws.monthlyFactor().data(), m_draws.jobsAtStart().data(),
                                    worker.countedProducts};
        worker.percentiles.findBinned(worker.monthBins, worker.monthPlan, *jobsRange, kPercentileLevels, row,
                                      created);
    } else {
        const Eigen::ArrayXd &jobs = countedJobs(setup, worker);
        if (jobsRange)
            worker.percentiles.find({jobs.data(), n}, *jobsRange, kPercentileLevels, row, worker.expected);
        else
            worker.percentiles.find({jobs.data(), n}, kPercentileLevels, row);
    }
    const double mostJobs = worker.percentiles.greatest();
    m_result.jobsPercentiles.row(t) = Eigen::Map<const Eigen::ArrayXd>(row.data(), row.size()).transpose();
    if (!setup.sellersFollowGrowth) { // otherwise sellersPercentilesFromGrowth() fills them
        worker.percentiles.find({worker.sellers.data(), n}, kPercentileLevels, row);
        m_result.sellersPercentiles.row(t) = Eigen::Map<const Eigen::ArrayXd>(row.data(), row.size()).transpose();
    }
    return mostJobs;
}

void MonteCarloEngine::recordFirstMet(const RunSetup &setup, Eigen::Index t, Worker &worker) const
{
    const auto record = [&](const auto &counted) {
        worker.firstMet = (counted >= setup.threshold).select(worker.firstMet.min(static_cast<double>(t)), worker.firstMet);
    };
    if (worker.binned)
        withBinnedJobs(worker, record);
    else
        record(countedJobs(setup, worker));
}

void MonteCarloEngine::runMonths(const RunSetup &setup, Eigen::Index begin, Eigen::Index end, Worker &worker)
{
    const Eigen::Index n = setup.samples;
    worker.power.setOnes(n);
    if (setup.model != GrowthModel::Exponential)
        worker.laggedPower.setOnes(n);
    worker.jobs.resize(n);
    if (setup.createdApart)
        worker.created.resize(n);
    worker.anyMet = false;
    worker.expected = PercentileFinder::kAnywhere;
    worker.nextReady = false;
    worker.binned = false;
    worker.jobsMonth = 0;
    worker.endMonth = end;
    for (Eigen::Index t = 0; t < end; ++t) {
        if (setup.model == GrowthModel::Exponential && t > setup.lag && t < begin) {
            catchUp(setup, t, begin, worker);
            t = begin - 1;
            continue;
        }
        const bool project = t >= begin;
        const std::optional<PercentileFinder::Range> jobsRange = stepMonth(setup, t, project, worker);
        if (!project)
            continue;
        // Draws meeting the pledge, and the first month they do. Skipped while no draw reaches it
        // (the usual case); months rise, so the first is the least.
        if (findPercentiles(setup, t, jobsRange, worker) >= setup.threshold) {
            if (!worker.anyMet)
                worker.firstMet.setConstant(n, static_cast<double>(setup.months));
            worker.anyMet = true;
            recordFirstMet(setup, t, worker);
        }
        worker.expected = expectedNextMonth(m_result.jobsPercentiles(t, 0),
                                            m_result.jobsPercentiles(t, kPercentileLevels.size() - 1));
    }
}

void MonteCarloEngine::countFirstMet(const RunSetup &setup, int workers)
{
    m_result.firstMetShare.setZero(setup.months);
    m_result.probabilityTargetMet = 0;
    const auto first = m_workers.begin();
    const auto last = first + workers;
    if (std::none_of(first, last, [](const Worker &w) { return w.anyMet; }))
        return;
    // A draw's first month overall is the least of the workers' (they cover months in order);
    // a worker none of whose draws met the pledge has not filled its first months.
    m_firstMetCounts.assign(static_cast<std::size_t>(setup.months) + 1, 0);
    for (Eigen::Index i = 0; i < setup.samples; ++i) {
        auto month = static_cast<double>(setup.months); // never met
        for (auto w = first; w != last; ++w)
            if (w->anyMet)
                month = std::min(month, w->firstMet(i));
        ++m_firstMetCounts[static_cast<std::size_t>(month)];
    }
    const auto n = static_cast<double>(setup.samples);
    for (Eigen::Index t = 0; t < setup.months; ++t)
        m_result.firstMetShare(t) = m_firstMetCounts[static_cast<std::size_t>(t)] / n;
    m_result.probabilityTargetMet = (setup.samples - m_firstMetCounts.back()) / n;
}

const MonteCarloResult &MonteCarloEngine::run(const Parameters &parameters, const ScenarioEvents &events,
                                              const Uncertainty &uncertainty)
{
    if (events.empty())
        return run(parameters, uncertainty);
    m_withEvents.run(parameters, events, uncertainty, m_threads, m_result);
    return m_result;
}

const MonteCarloResult &MonteCarloEngine::run(const Parameters &parameters,
                                              const Uncertainty &uncertainty)
{
    const Eigen::Index n = uncertainty.samples;
    const GrowthModel model = parameters.growthModel();
    // When every draw starts from the same sellers (and, under logistic growth, the same market),
    // a draw's sellers rise with its growth alone, in every month: q^t by repeated products, the
    // logistic curve and the straight line are all non-decreasing in q (or n), and IEEE arithmetic
    // keeps that order. So the sellers' order statistics in every month are the sellers of the
    // growth's order statistics: found once, and followed through the months at the end, exactly.
    const bool sellersFollowGrowth =
        uncertainty[ParameterId::InitialSellers].isFixed()
        && (model != GrowthModel::Logistic || uncertainty[ParameterId::MarketSize].isFixed());
    const bool createdApart =
        parameters.jobCountBasis() == JobCountBasis::Created && model == GrowthModel::Exponential;
    // Where a pass's arrays (J, q, J(0) and two months' created jobs) fit in a first-level cache
    // (48 KiB: 5 × 8 bytes × 1,024 draws = 40 KiB), storing the created jobs costs nothing, and the
    // finder bins them better from their exact range; beyond, each stored month is a write that
    // misses it, and the second-level cache's bandwidth is the bound.
    const RunSetup setup{n,
                         parameters.horizonMonths() + 1,
                         std::lround(parameters[ParameterId::HiringLagMonths]),
                         model,
                         parameters[ParameterId::TargetJobs] * (1.0 - kTargetTolerance),
                         parameters.jobCountBasis() == JobCountBasis::Created,
                         sellersFollowGrowth,
                         createdApart,
                         createdApart && n > kStoreCreatedUpTo};
    const WorkSchedule schedule = scheduleWork(n, setup.months, m_threads, model, sellersFollowGrowth);
    if (m_workers.size() < static_cast<std::size_t>(schedule.threads))
        m_workers.resize(static_cast<std::size_t>(schedule.threads));

    m_draws.resize(n, model);
    runInParallel(schedule.threads, schedule.blocks, [&](int block, int thread) {
        m_draws.drawBlock(parameters, uncertainty, block, m_workers[static_cast<std::size_t>(thread)].draw);
    });

    const auto levels = static_cast<Eigen::Index>(kPercentileLevels.size());
    m_result.samples = static_cast<int>(n);
    m_result.jobsPercentiles.resize(setup.months, levels);
    m_result.sellersPercentiles.resize(setup.months, levels);
    // Where the sellers follow the growth, its order statistics are one more task, for the first
    // worker to finish its months (see scheduleWork()).
    const int workers = schedule.workers;
    runInParallel(workers, schedule.tasks(), [&](int task, int) {
        if (task == workers) {
            findGrowthAtSellersRanks(model == GrowthModel::Linear ? m_draws.netGrowth() : m_draws.monthlyFactor());
            return;
        }
        const auto w = static_cast<std::size_t>(task);
        runMonths(setup, schedule.firstMonth[w], schedule.firstMonth[w + 1], m_workers[w]);
    });
    if (sellersFollowGrowth)
        sellersPercentilesFromGrowth(setup);
    countFirstMet(setup, workers);
    // The last worker's jobs are the horizon's; it refills its buffer next run, so swap, not copy.
    m_result.jobsAtHorizon.swap(countedJobs(setup, m_workers[static_cast<std::size_t>(workers) - 1]));
    // A figure that is not a number would be printed as null and shown as a 0 % chance: fail
    // loudly instead. Valid distributions cannot give one (Distribution::check refuses those
    // whose spread rounds to nothing); this catches whatever kind or rule comes next.
    if (!std::isfinite(m_result.probabilityTargetMet) || !m_result.jobsPercentiles.allFinite()
        || !m_result.sellersPercentiles.allFinite() || !m_result.firstMetShare.allFinite()
        || !m_result.jobsAtHorizon.allFinite())
        throw std::domain_error("Monte Carlo: a draw gave a figure that is not a finite number");
    return m_result;
}

} // namespace pledgecheck
