#pragma once

#include "montecarlodraws.h"
#include "montecarloevents.h"
#include "percentiles.h"
#include "uncertainty.h"
#include "workschedule.h"

#include <Eigen/Core>

#include <array>
#include <optional>
#include <vector>

namespace pledgecheck {

/// The percentiles the engine reports for each month, as fractions.
inline constexpr std::array<double, 7> kPercentileLevels{0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

/// The column of the percentile @p level (a fraction, one of kPercentileLevels) in
/// MonteCarloResult's percentile rows: percentileColumn(0.10) is the 10th percentile's. A level
/// the engine does not report fails to compile.
consteval Eigen::Index percentileColumn(double level)
{
    for (std::size_t i = 0; i < kPercentileLevels.size(); ++i)
        if (kPercentileLevels[i] == level)
            return static_cast<Eigen::Index>(i);
    throw "not one of kPercentileLevels";
}

/// What a Monte Carlo run found.
struct MonteCarloResult {
    int samples = 0;
    /// Row t, column i: the kPercentileLevels[i] percentile of J(t) (of S(t)) over the draws, J
    /// on the scenario's job_count_basis (created: each draw's J(t) - J(0), its own start deducted).
    Eigen::ArrayXXd jobsPercentiles;
    Eigen::ArrayXXd sellersPercentiles;
    /// J(12·H) of every draw, on the basis, for the histogram.
    Eigen::ArrayXd jobsAtHorizon;
    /// Entry t: the share of draws whose jobs first meet the pledge in month t.
    Eigen::ArrayXd firstMetShare;
    /// The share of draws that meet the pledge at some month up to the horizon.
    double probabilityTargetMet = 0;
};

/// Draws scenarios around a set of parameters and projects them all at once: each month is one
/// vectorised Eigen step over every draw, and the buffers are kept between runs, so a run
/// allocates nothing once warm. A draw's numbers are a function of the seed, the parameter and
/// the draw's index alone (SplitMix64), so the same seed gives the same figures bit for bit.
///
/// Large runs share out the work between threads: the blocks of draws, then the months, each
/// thread catching up with the months before its own by the very products a single thread makes.
/// The figures are the same whatever the number of threads.
class MonteCarloEngine
{
public:
    /// Runs of fewer draws than this stay on the calling thread: starting threads would cost
    /// more than they save.
    static constexpr int kParallelFrom = WorkSchedule::kParallelFrom;
    /// Runs of up to this many draws store each month's created jobs; larger ones bin them as
    /// they are made (see Worker). The figures are the same bits either way.
    static constexpr int kStoreCreatedUpTo = 1024;

    MonteCarloEngine();

    /// The most threads a run of kParallelFrom draws or more uses; 1 to run on the calling
    /// thread alone. The machine's hardware threads by default.
    void setThreads(int threads);
    int threads() const { return m_threads; }

    /// Runs uncertainty.samples draws around valid @p parameters; @p uncertainty must be valid.
    /// Throws std::domain_error rather than return a figure that is not finite.
    const MonteCarloResult &run(const Parameters &parameters, const Uncertainty &uncertainty);
    /// The same under @p events (docs/model.md, "Events"): run(parameters, uncertainty) without
    /// them, the very bits; with them, EventMonteCarlo's run, on as many threads as run() uses.
    const MonteCarloResult &run(const Parameters &parameters, const ScenarioEvents &events,
                                const Uncertainty &uncertainty);

    const MonteCarloResult &result() const { return m_result; }

    /// Fills @p out with the value of parameter @p id in each draw (fixed parameters repeat
    /// their value): the engine's own draws, for rank correlations and tests.
    void drawsOf(const Parameters &parameters, const Uncertainty &uncertainty, ParameterId id,
                 Eigen::ArrayXd &out) const;

private:
    /// What every month of a run reads: fixed once the draws are made.
    struct RunSetup {
        Eigen::Index samples, months, lag;
        GrowthModel model;
        double threshold;          ///< jobs that count as meeting the pledge
        bool created;              ///< jobs counted as created, J(t) - J(0)
        bool sellersFollowGrowth;  ///< see run()
        /// The created jobs are kept apart from the linked J (exponential growth).
        bool createdApart;
        /// ... and past the hiring lag, binned as they are made, never stored (see Worker).
        bool createdBinned;
    };
    /// One thread's share of the monthly work, with its own buffers.
    struct Worker {
        Eigen::ArrayXd draw;                               // scratch for the draws of a block
        Eigen::ArrayXd sellers, lagged, power, laggedPower; // per draw, advanced month by month
        Eigen::ArrayXd jobs; // J(t) linked, from which the next month's is made
        /// Under the created basis and exponential growth, J(t) - J(0): what is counted, in the
        /// hiring lag's months (and at the end, for the horizon's histogram). Other growth makes
        /// J afresh each month, so jobs itself holds the created jobs there.
        Eigen::ArrayXd created;
        /// The month whose linked J `jobs` holds, and the end of the worker's months.
        Eigen::Index jobsMonth = 0, endMonth = 0;
        /// Under the created basis and exponential growth, past the hiring lag, with
        /// createdBinned, this month's created jobs are not stored but binned in the pass that
        /// makes them (stepCreatedPair()), by monthPlan into monthBins, and read again where
        /// needed as J(jobsMonth)·q^countedProducts - J(0) (countedProducts 0 or 1).
        bool binned = false;
        Eigen::Index countedProducts = 0;
        PercentileFinder::BinPlan monthPlan{}, nextPlan{};
        std::vector<PercentileFinder::Bin> monthBins;
        /// The next month's created jobs (or their bins), made in the same pass as this month's,
        /// and their least and greatest; none if nextReady is false.
        Eigen::ArrayXd nextCreated;
        std::vector<PercentileFinder::Bin> nextBins;
        PercentileFinder::Range nextRange{};
        bool nextReady = false;
        /// Per draw: the first month it meets the pledge, or `months`; filled once one does.
        Eigen::ArrayXd firstMet;
        bool anyMet = false;
        /// Where this month's jobs percentiles should lie, from the month before's (see
        /// PercentileFinder::find()); anywhere in a worker's first month.
        PercentileFinder::Range expected = PercentileFinder::kAnywhere;
        PercentileFinder percentiles;
    };

    /// Sets m_sellersGrowth to the order statistics of @p growth at the ranks of the sellers'
    /// percentiles.
    void findGrowthAtSellersRanks(const Eigen::ArrayXd &growth);
    /// Fills the sellers' percentiles of every month from m_sellersGrowth, when the sellers
    /// follow the growth (see run()).
    void sellersPercentilesFromGrowth(const RunSetup &setup);
    /// Projects months [@p begin, @p end), after catching up with the months before.
    void runMonths(const RunSetup &setup, Eigen::Index begin, Eigen::Index end, Worker &worker);
    /// Sets @p out to the sellers of every draw at month @p t, whose growth factor is @p power.
    void sellersAt(GrowthModel model, Eigen::Index t, const Eigen::ArrayXd &power, Eigen::ArrayXd &out) const;
    /// Under the created basis and exponential growth, past the hiring lag: advances the linked J
    /// of @p worker to month @p t and writes (or bins) the created jobs of month @p t, and of
    /// month t + 1 too if @p pair, in one pass (see Worker). Returns the least and greatest of
    /// month t's.
    PercentileFinder::Range stepCreatedPair(const RunSetup &setup, Eigen::Index t, bool pair,
                                            Worker &worker) const;
    /// Under exponential growth, advances @p worker from month @p from - 1 to month @p to - 1,
    /// all after the hiring lag, without projecting them.
    void catchUp(const RunSetup &setup, Eigen::Index from, Eigen::Index to, Worker &worker) const;
    /// Advances @p worker to month @p t; for the months a worker projects, sets worker.jobs too
    /// (and worker.created, see Worker). Returns the least and most counted jobs of any draw,
    /// where the step found them on the way.
    std::optional<PercentileFinder::Range> stepMonth(const RunSetup &setup, Eigen::Index t, bool project,
                                                     Worker &worker) const;
    /// The jobs @p worker counts against the pledge in its month, on the run's basis (see
    /// Worker), stored if they were only binned.
    Eigen::ArrayXd &countedJobs(const RunSetup &setup, Worker &worker) const;
    /// Calls @p use with an Eigen expression of the created jobs of @p worker's month where they
    /// were binned, not stored (see Worker).
    template <typename Use>
    void withBinnedJobs(const Worker &worker, const Use &use) const;
    /// Sets the first month of the draws whose jobs meet the pledge in month @p t (unless one
    /// was found before).
    void recordFirstMet(const RunSetup &setup, Eigen::Index t, Worker &worker) const;
    /// The percentiles of month @p t, from countedJobs() (whose range is @p jobsRange, if known)
    /// and, unless they follow the growth, the sellers. Returns the most jobs of any draw.
    double findPercentiles(const RunSetup &setup, Eigen::Index t,
                           const std::optional<PercentileFinder::Range> &jobsRange, Worker &worker);
    /// Fills firstMetShare and the probability from the workers' first months.
    void countFirstMet(const RunSetup &setup, int workers);

    int m_threads = 1;
    MonteCarloResult m_result;
    MonteCarloDraws m_draws;
    EventMonteCarlo m_withEvents;
    std::vector<Worker> m_workers;
    std::vector<int> m_firstMetCounts;
    PercentileFinder m_growthPercentiles;
    /// The growth factors q (under linear growth, the rates n) at the order statistics below and
    /// above each percentile, when the sellers keep the order of the growth (see run()).
    std::array<double, 2 * kPercentileLevels.size()> m_sellersGrowth{};
};

} // namespace pledgecheck
