#include "montecarlo.h"

#include "keyfigures.h"
#include "parallel.h"
#include "parametertable.h"
#include "reproduciblemath.h"
#include "simdclones.h"
#include "splitmix64.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <thread>
#include <vector>

namespace pledgecheck {
namespace {

// Draws are made in blocks of this many samples, shared out between the threads. Each draw's
// numbers depend on its index alone, not on its block.
constexpr Eigen::Index kBlock = 1 << 16;

// A uniform number in (0, 1) from the top 53 bits of a 64-bit draw: never 0 or 1.
double uniformOpen(std::uint64_t bits)
{
    return (static_cast<double>(bits >> 11) + 0.5) * 0x1p-53;
}

// Sets out[i] to the uniform number of draw first + i of @p stream. Compiled wide: AVX-512 has
// the 64-bit products and conversions SplitMix64 and uniformOpen need.
PLEDGECHECK_SIMD_CLONES void uniformDraws(SplitMix64 stream, std::uint64_t first, std::span<double> out)
{
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = uniformOpen(stream.at(first + i));
}

Eigen::Index blockCount(Eigen::Index samples)
{
    return (samples + kBlock - 1) / kBlock;
}

// Fills @p out with parameter @p id's draws from draw @p first on. Each parameter has its own
// stream, seeded with the id-th number of the seed's stream.
void drawParameter(const Parameters &parameters, const Uncertainty &uncertainty, ParameterId id,
                   Eigen::Index first, Eigen::Ref<Eigen::ArrayXd> out)
{
    const Distribution &distribution = uncertainty[id];
    if (distribution.isFixed()) {
        out.setConstant(parameters[id]);
        return;
    }
    const ParameterDescriptor &d = descriptor(id);
    const std::span<double> values(out.data(), static_cast<std::size_t>(out.size()));
    uniformDraws(SplitMix64(SplitMix64(uncertainty.seed).at(static_cast<std::uint64_t>(id))),
                 static_cast<std::uint64_t>(first), values);
    TruncatedDistribution(distribution, d.minimum, d.maximum).quantiles(values);
}

// A worker beginning at month b first catches up with the b months before, at about this share
// of the cost of a month it projects (a product or two per draw, against the percentiles).
// Exponential growth catches up fastest: see catchUp(). Measured with BM_MonteCarloWarm.
double catchUpCost(GrowthModel model)
{
    return model == GrowthModel::Exponential ? 0.07 : 0.2;
}

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

// A draw's sellers under each growth curve (docs/model.md), from its starting sellers, market,
// yearly net growth n and growth factor q^t. Written once for one draw (T = double) and for every
// draw at once (T = Eigen::ArrayXd, giving an expression): the same operations in the same order,
// so the same bits either way.
double atLeastZero(double x)
{
    return std::max(x, 0.0);
}

template <typename Derived>
auto atLeastZero(const Eigen::ArrayBase<Derived> &x)
{
    return x.max(0.0);
}

template <typename T>
auto exponentialSellers(const T &start, const T &power)
{
    return start * power;
}

template <typename T>
auto logisticSellers(const T &start, const T &market, const T &power)
{
    return market / (1.0 + (market / start - 1.0) / power);
}

template <typename T>
auto linearSellers(const T &start, const T &netGrowth, double years)
{
    return atLeastZero(start * (1.0 + netGrowth * years));
}

// Sets x(i) to value(i) for every draw and returns their least and greatest, in one pass where
// assigning, then Eigen's minCoeff and maxCoeff, would make three. @p value gives K draws at a
// time from draw i on; eight at once keep the min and max vectorised.
template <typename Value>
PercentileFinder::Range assignWithRange(Eigen::ArrayXd &x, const Value &value)
{
    constexpr int kTogether = 8;
    using Packet = Eigen::Array<double, kTogether, 1>;
    constexpr double infinity = std::numeric_limits<double>::infinity();
    Packet lowest = Packet::Constant(infinity);
    Packet highest = Packet::Constant(-infinity);
    const Eigen::Index whole = x.size() / kTogether * kTogether;
    for (Eigen::Index i = 0; i < whole; i += kTogether) {
        const Packet v = value.template operator()<kTogether>(i);
        x.segment<kTogether>(i) = v;
        lowest = lowest.min(v);
        highest = highest.max(v);
    }
    double least = lowest.minCoeff();
    double most = highest.maxCoeff();
    for (Eigen::Index i = whole; i < x.size(); ++i) {
        x(i) = value.template operator()<1>(i)(0);
        least = std::min(least, x(i));
        most = std::max(most, x(i));
    }
    return {least, most};
}

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
    out.resize(uncertainty.samples);
    drawParameter(parameters, uncertainty, id, 0, out);
}

void MonteCarloEngine::drawBlock(const Parameters &parameters, const Uncertainty &uncertainty,
                                 Eigen::Index block, Worker &worker)
{
    const Eigen::Index begin = block * kBlock;
    const Eigen::Index size = std::min(kBlock, uncertainty.samples - begin);
    const auto part = [&](Eigen::ArrayXd &perDraw) { return perDraw.segment(begin, size); };
    const auto draw = [&](ParameterId id, Eigen::Ref<Eigen::ArrayXd> out) {
        drawParameter(parameters, uncertainty, id, begin, out);
    };
    auto scratch = worker.draw.head(size);

    // Per draw, the inputs of the monthly step (docs/model.md):
    // q = (1 + n)^(1/12) with 1 + n = (1 + growth)(1 - churn), direct = h (1 - side)(1 - displacement),
    // service = service_jobs_per_1000 / 1000 (1 - displacement).
    draw(ParameterId::InitialSellers, part(m_initialSellers));
    draw(ParameterId::AnnualGrowthRate, part(m_monthlyFactor));
    draw(ParameterId::AnnualChurnRate, scratch);
    part(m_monthlyFactor) = (1.0 + part(m_monthlyFactor)) * (1.0 - scratch); // 1 + n
    if (parameters.growthModel() == GrowthModel::Linear) // the straight line reads n itself
        part(m_netGrowth) = part(m_monthlyFactor) - 1.0;
    const std::span<double> monthlyFactor(m_monthlyFactor.data() + begin, static_cast<std::size_t>(size));
    reproducible::logInPlace(monthlyFactor);
    part(m_monthlyFactor) /= 12.0;
    reproducible::expInPlace(monthlyFactor);
    if (parameters.growthModel() == GrowthModel::Logistic) {
        draw(ParameterId::MarketSize, part(m_marketSize));
        part(m_marketSize) = part(m_marketSize).max(part(m_initialSellers)); // the market holds the starting sellers
    }
    draw(ParameterId::DisplacementShare, scratch);
    part(m_servicePerSeller) = 1.0 - scratch; // kept share, for now
    part(m_directPerSeller) = part(m_servicePerSeller);
    draw(ParameterId::HiresPerSeller, scratch);
    part(m_directPerSeller) *= scratch;
    draw(ParameterId::SideBusinessShare, scratch);
    part(m_directPerSeller) *= 1.0 - scratch;
    draw(ParameterId::ServiceJobsPer1000Sellers, scratch);
    part(m_servicePerSeller) *= scratch / 1000.0;
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
    const double start = m_initialSellers(0);
    const double market = setup.model == GrowthModel::Logistic ? m_marketSize(0) : 0.0;
    const auto n = static_cast<std::size_t>(setup.samples);
    std::array<double, 2 * kPercentileLevels.size()> power{}, sellers{};
    power.fill(1.0);
    for (Eigen::Index t = 0; t < setup.months; ++t) {
        for (std::size_t j = 0; j < sellers.size(); ++j) {
            const double growth = m_sellersGrowth[j];
            if (t > 0)
                power[j] *= growth;
            switch (setup.model) {
            case GrowthModel::Exponential:
                sellers[j] = exponentialSellers(start, power[j]);
                break;
            case GrowthModel::Logistic:
                sellers[j] = logisticSellers(start, market, power[j]);
                break;
            case GrowthModel::Linear:
                sellers[j] = linearSellers(start, growth, static_cast<double>(t) / 12.0);
                break;
            }
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
    switch (model) {
    case GrowthModel::Exponential:
        out = exponentialSellers(m_initialSellers, power);
        break;
    case GrowthModel::Logistic:
        out = logisticSellers(m_initialSellers, m_marketSize, power);
        break;
    case GrowthModel::Linear:
        out = linearSellers(m_initialSellers, m_netGrowth, static_cast<double>(t) / 12.0);
        break;
    }
}

std::optional<PercentileFinder::Range> MonteCarloEngine::stepMonth(const RunSetup &setup, Eigen::Index t,
                                                                    bool project, Worker &worker) const
{
    if (setup.model != GrowthModel::Exponential) {
        if (t > 0)
            worker.power *= m_monthlyFactor; // q^t by products: no exp per draw and month
        if (t > setup.lag)
            worker.laggedPower *= m_monthlyFactor;
        if (!project)
            return std::nullopt;
        sellersAt(setup.model, t, worker.power, worker.sellers);
        if (t > setup.lag)
            sellersAt(setup.model, t - setup.lag, worker.laggedPower, worker.lagged);
        else
            worker.lagged = m_initialSellers;
        worker.jobs = m_directPerSeller * worker.lagged + m_servicePerSeller * worker.sellers;
        return std::nullopt;
    }

    // Exponential growth: J(t) = direct·S0 + service·S0·q^t until the hiring lag has passed, and
    // from then on (direct·S0 + service·S0·q^lag)·q^(t - lag) = J(t - 1)·q. One pass a month, and
    // the sellers worked out only where they are read.
    if (t > 0 && (t <= setup.lag || !setup.sellersFollowGrowth))
        worker.power *= m_monthlyFactor;
    if (project && !setup.sellersFollowGrowth)
        worker.sellers = m_initialSellers * worker.power;
    if (t < setup.lag && !project)
        return std::nullopt; // the months after the lag start from J(lag) alone
    if (t <= setup.lag) {
        return assignWithRange(worker.jobs, [&]<int K>(Eigen::Index i) {
            const auto start = m_initialSellers.segment<K>(i);
            return m_directPerSeller.segment<K>(i) * start
                   + m_servicePerSeller.segment<K>(i) * start * worker.power.segment<K>(i);
        });
    }
    return assignWithRange(worker.jobs, [&]<int K>(Eigen::Index i) {
        return worker.jobs.segment<K>(i) * m_monthlyFactor.segment<K>(i);
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
            const Eigen::Array<double, kTogether, 1> q = m_monthlyFactor.segment<kTogether>(i);
            for (Eigen::Index m = 0; m < months; ++m)
                value *= q;
            x.segment<kTogether>(i) = value;
        }
        for (Eigen::Index i = whole; i < setup.samples; ++i)
            for (Eigen::Index m = 0; m < months; ++m)
                x(i) *= m_monthlyFactor(i);
    };
    advance(worker.jobs);
    if (!setup.sellersFollowGrowth)
        advance(worker.power);
}

double MonteCarloEngine::findPercentiles(const RunSetup &setup, Eigen::Index t,
                                         const std::optional<PercentileFinder::Range> &jobsRange, Worker &worker)
{
    const auto n = static_cast<std::size_t>(setup.samples);
    std::array<double, kPercentileLevels.size()> row{};
    if (jobsRange)
        worker.percentiles.find({worker.jobs.data(), n}, *jobsRange, kPercentileLevels, row);
    else
        worker.percentiles.find({worker.jobs.data(), n}, kPercentileLevels, row);
    m_result.jobsPercentiles.row(t) = Eigen::Map<const Eigen::ArrayXd>(row.data(), row.size()).transpose();
    const double mostJobs = worker.percentiles.greatest();
    if (!setup.sellersFollowGrowth) { // otherwise sellersPercentilesFromGrowth() fills them
        worker.percentiles.find({worker.sellers.data(), n}, kPercentileLevels, row);
        m_result.sellersPercentiles.row(t) = Eigen::Map<const Eigen::ArrayXd>(row.data(), row.size()).transpose();
    }
    return mostJobs;
}

void MonteCarloEngine::runMonths(const RunSetup &setup, Eigen::Index begin, Eigen::Index end, Worker &worker)
{
    const Eigen::Index n = setup.samples;
    worker.power.setOnes(n);
    if (setup.model != GrowthModel::Exponential)
        worker.laggedPower.setOnes(n);
    worker.jobs.resize(n);
    worker.anyMet = false;
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
            worker.firstMet = (worker.jobs >= setup.threshold).select(worker.firstMet.min(static_cast<double>(t)), worker.firstMet);
        }
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
    const RunSetup setup{n,
                         parameters.horizonMonths() + 1,
                         std::lround(parameters[ParameterId::HiringLagMonths]),
                         model,
                         parameters[ParameterId::TargetJobs] * (1.0 - kTargetTolerance),
                         sellersFollowGrowth};
    const int threads = n >= kParallelFrom ? m_threads : 1;
    if (m_workers.size() < static_cast<std::size_t>(threads))
        m_workers.resize(static_cast<std::size_t>(threads));

    for (Eigen::ArrayXd *perDraw : {&m_initialSellers, &m_monthlyFactor, &m_directPerSeller, &m_servicePerSeller})
        perDraw->resize(n);
    if (model == GrowthModel::Logistic)
        m_marketSize.resize(n);
    if (model == GrowthModel::Linear)
        m_netGrowth.resize(n);
    for (int thread = 0; thread < threads; ++thread)
        m_workers[static_cast<std::size_t>(thread)].draw.resize(std::min(kBlock, n));
    runInParallel(threads, static_cast<int>(blockCount(n)), [&](int block, int thread) {
        drawBlock(parameters, uncertainty, block, m_workers[static_cast<std::size_t>(thread)]);
    });

    const auto levels = static_cast<Eigen::Index>(kPercentileLevels.size());
    m_result.samples = static_cast<int>(n);
    m_result.jobsPercentiles.resize(setup.months, levels);
    m_result.sellersPercentiles.resize(setup.months, levels);
    // The months are shared out among the workers. Where the sellers follow the growth, its order
    // statistics are one more task, about this many months' work, for the first thread to finish
    // its months; worker 0, which has no catching up to do, gets fewer months to be that thread.
    constexpr double kGrowthRanksInMonths = 0.7; // measured with BM_Percentiles against a month
    const int workers = static_cast<int>(std::min<Eigen::Index>(threads, setup.months));
    const int tasks = workers + (sellersFollowGrowth ? 1 : 0);
    const std::vector<Eigen::Index> first =
        firstMonths(workers, setup.months, model, tasks > workers && workers > 1 ? kGrowthRanksInMonths : 0.0);
    runInParallel(workers, tasks, [&](int task, int) {
        if (task == workers) {
            findGrowthAtSellersRanks(model == GrowthModel::Linear ? m_netGrowth : m_monthlyFactor);
            return;
        }
        const auto w = static_cast<std::size_t>(task);
        runMonths(setup, first[w], first[w + 1], m_workers[w]);
    });
    if (sellersFollowGrowth)
        sellersPercentilesFromGrowth(setup);
    countFirstMet(setup, workers);
    // The last worker's jobs are the horizon's; it refills its buffer next run, so swap, not copy.
    m_result.jobsAtHorizon.swap(m_workers[static_cast<std::size_t>(workers) - 1].jobs);
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
