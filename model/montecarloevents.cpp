#include "montecarloevents.h"

#include "equations.h"
#include "keyfigures.h"
#include "montecarlo.h"
#include "montecarlodraws.h"
#include "montecarlostep.h"
#include "parallel.h"
#include "reproduciblemath.h"
#include "workschedule.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <stdexcept>

namespace pledgecheck {
namespace {

// The inputs the sellers and J read, as MonteCarloDraws draws them (the export lens is no figure
// of the draws).
constexpr std::array kDrawnInputs{ParameterId::InitialSellers,   ParameterId::AnnualGrowthRate,
                                  ParameterId::AnnualChurnRate,  ParameterId::MarketSize,
                                  ParameterId::HiresPerSeller,   ParameterId::SideBusinessShare,
                                  ParameterId::ServiceJobsPer1000Sellers, ParameterId::DisplacementShare};

} // namespace

bool EventMonteCarlo::sellersKeepGrowthOrder(const std::vector<EventSpan> &spans, const Uncertainty &uncertainty)
{
    const auto fixed = [&](const EventSpan &span, ParameterId id) {
        return span.isSetByEvent(id) || uncertainty.drawn(id).isFixed();
    };
    if (!uncertainty.drawn(ParameterId::InitialSellers).isFixed())
        return false;
    const bool firstLinear = spans.front().parameters.growthModel() == GrowthModel::Linear;
    if (!firstLinear && !fixed(spans.front(), ParameterId::MarketSize)
        && spans.front().parameters.growthModel() == GrowthModel::Logistic)
        return false;
    bool baseVaries = false; // the straight line's base B is S(m) of a change of curve, per draw
    for (std::size_t k = 1; k < spans.size(); ++k) {
        const EventSpan &span = spans[k];
        const GrowthModel model = span.parameters.growthModel();
        baseVaries = baseVaries || span.curveChanged;
        const bool growthSet = span.isSetByEvent(ParameterId::AnnualGrowthRate)
                               || span.isSetByEvent(ParameterId::AnnualChurnRate);
        const bool perDraw = !fixed(span, ParameterId::AnnualGrowthRate) || !fixed(span, ParameterId::AnnualChurnRate);
        // A growth per draw must be the first span's, read as the first span reads it.
        if (perDraw && (growthSet || (model == GrowthModel::Linear) != firstLinear))
            return false;
        const double netGrowth = equations::yearlyGrowthFactor(span.parameters[ParameterId::AnnualGrowthRate],
                                                               span.parameters[ParameterId::AnnualChurnRate])
                                 - 1.0;
        const bool oneRisingGrowth = !perDraw && netGrowth >= 0.0;
        switch (model) {
        case GrowthModel::Exponential: // S(m)·q^x rises with S(m) and with q
            break;
        case GrowthModel::Logistic: // rises with S(m) for one q >= 1; declines apart above K
            if (!fixed(span, ParameterId::MarketSize) || !oneRisingGrowth)
                return false;
            break;
        case GrowthModel::Linear: // S(m) + B·n·x: B·n must not fall as S(m) rises
            if (baseVaries && !oneRisingGrowth)
                return false;
            break;
        }
    }
    return true;
}

void EventMonteCarlo::spanInputs(const EventSpan &span, GrowthModel startModel, SpanInputs &out) const
{
    const Eigen::Index n = m_start.size();
    const auto value = [&](ParameterId id) -> Eigen::ArrayXd {
        return span.isSetByEvent(id) ? Eigen::ArrayXd::Constant(n, span.parameters[id]) : drawn(id);
    };
    // q = (1 + n)^(1/12) by the model's own log and exp, as the draws without events make it:
    // the first span's where no event has set growth or churn, and worked out once where neither
    // differs between draws (the model's log and exp give one value the bits of many).
    const bool growthSet = span.isSetByEvent(ParameterId::AnnualGrowthRate)
                           || span.isSetByEvent(ParameterId::AnnualChurnRate);
    const auto isOneValue = [&](ParameterId id) { return span.isSetByEvent(id) || m_uncertainty.drawn(id).isFixed(); };
    if (&out != &m_firstInputs && !growthSet) {
        out.netGrowth = m_firstInputs.netGrowth;
        out.monthlyFactor = m_firstInputs.monthlyFactor;
    } else if (isOneValue(ParameterId::AnnualGrowthRate) && isOneValue(ParameterId::AnnualChurnRate)) {
        const double factor = equations::yearlyGrowthFactor(span.parameters[ParameterId::AnnualGrowthRate],
                                                            span.parameters[ParameterId::AnnualChurnRate]);
        double q = factor;
        reproducible::logInPlace({&q, 1});
        q /= 12.0;
        reproducible::expInPlace({&q, 1});
        out.netGrowth.setConstant(n, factor - 1.0);
        out.monthlyFactor.setConstant(n, q);
    } else {
        out.netGrowth = equations::yearlyGrowthFactor(value(ParameterId::AnnualGrowthRate),
                                                      value(ParameterId::AnnualChurnRate));
        out.monthlyFactor = out.netGrowth;
        out.netGrowth -= 1.0;
        const std::span<double> factor(out.monthlyFactor.data(), static_cast<std::size_t>(n));
        reproducible::logInPlace(factor);
        out.monthlyFactor /= 12.0;
        reproducible::expInPlace(factor);
    }
    // The market holds the starting sellers where the run starts logistic, as in the draws.
    out.market = value(ParameterId::MarketSize);
    if (startModel == GrowthModel::Logistic && !span.isSetByEvent(ParameterId::MarketSize))
        out.market = equations::marketHoldingStart(out.market, m_start);
    const Eigen::ArrayXd displacement = value(ParameterId::DisplacementShare);
    out.perLagged = equations::jobsPerLaggedSeller(value(ParameterId::HiresPerSeller),
                                                   value(ParameterId::SideBusinessShare), displacement);
    out.perSeller = equations::jobsPerSeller(value(ParameterId::ServiceJobsPer1000Sellers), displacement);
}

void EventMonteCarlo::sellersAt(std::size_t k, Eigen::Index t, Eigen::Index x, const SpanInputs &in,
                                Worker &worker, Eigen::ArrayXd &out) const
{
    const GrowthModel model = m_spans[k].parameters.growthModel();
    const equations::GrowthByProducts<Eigen::ArrayXd> growth{worker.power};
    if (k == 0)
        equations::assignSellers(out, model, m_start, in.market, in.netGrowth, static_cast<double>(t) / 12.0,
                                 growth);
    else
        equations::assignSellersAfterChange(out, model, worker.atChange, in.market, worker.lineBase, in.netGrowth,
                                            static_cast<double>(x) / 12.0, growth);
}

void EventMonteCarlo::findDrawsAtSellersRanks(const RunSetup &setup)
{
    const Eigen::ArrayXd &growth =
        setup.startModel == GrowthModel::Linear ? m_firstInputs.netGrowth : m_firstInputs.monthlyFactor;
    const auto n = static_cast<std::size_t>(setup.samples);
    std::vector<std::size_t> ranks;
    for (const double level : kPercentileLevels) {
        const PercentileFinder::Position position = PercentileFinder::positionOf(level, n);
        ranks.push_back(position.below);
        ranks.push_back(position.above);
    }
    std::vector<double> values(ranks.size());
    m_growthPercentiles.orderStatistics({growth.data(), n}, ranks, values);
    // Draws of equal growth have equal sellers in every month: any one of them stands for the rank.
    m_drawsAtSellersRanks.assign(ranks.size(), 0);
    for (std::size_t j = 0; j < values.size(); ++j)
        m_drawsAtSellersRanks[j] = std::find(growth.begin(), growth.end(), values[j]) - growth.begin();
}

void EventMonteCarlo::runMonths(const RunSetup &setup, Eigen::Index begin, Eigen::Index end, Worker &worker,
                                MonteCarloResult &out) const
{
    using montecarlostep::assignWithRange;
    const Eigen::Index n = setup.samples;
    const Eigen::Index lag = setup.lag;
    worker.power.setOnes(n);
    worker.lineBase = m_start;
    worker.sellers.resize(static_cast<std::size_t>(lag) + 1);
    for (Eigen::ArrayXd &month : worker.sellers)
        month.resize(n);
    worker.jobs.resize(n);
    worker.anyMet = false;
    const auto levels = static_cast<Eigen::Index>(kPercentileLevels.size());
    std::array<double, kPercentileLevels.size()> row{};
    const auto storeRow = [&](Eigen::ArrayXXd &percentiles, Eigen::Index t) {
        percentiles.row(t) = Eigen::Map<const Eigen::ArrayXd>(row.data(), levels).transpose();
    };
    PercentileFinder::Range expected = PercentileFinder::kAnywhere;
    const SpanInputs *in = &m_firstInputs;
    std::size_t k = 0;
    for (Eigen::Index t = 0; t < end; ++t) {
        if (t > 0)
            worker.power *= in->monthlyFactor; // q^x by products, as the draws without events
        if (k + 1 < m_spans.size() && m_spans[k + 1].firstMonth == t) {
            // S(m) by the span before's curve, then the new span's curve from it.
            sellersAt(k, t, t - m_spans[k].firstMonth, *in, worker, worker.atChange);
            ++k;
            if (m_spans[k].curveChanged)
                worker.lineBase = worker.atChange;
            spanInputs(m_spans[k], setup.startModel, worker.inputs);
            in = &worker.inputs;
            worker.power.setOnes();
        }
        if (t + lag < begin)
            continue; // neither projected nor read as the lagged sellers of a month that is
        Eigen::ArrayXd &sellers = worker.sellers[static_cast<std::size_t>(t % (lag + 1))];
        sellersAt(k, t, t - m_spans[k].firstMonth, *in, worker, sellers);
        if (t < begin)
            continue;
        const Eigen::ArrayXd &lagged =
            t >= lag ? worker.sellers[static_cast<std::size_t>((t - lag) % (lag + 1))] : m_start;
        const auto linkedJobs = [&]<int K>(Eigen::Index i) -> Eigen::Array<double, K, 1> {
            return equations::jobsFromSellers(in->perLagged.segment<K>(i), lagged.segment<K>(i),
                                              in->perSeller.segment<K>(i), sellers.segment<K>(i));
        };
        const PercentileFinder::Range range =
            setup.created ? assignWithRange(worker.jobs,
                                            [&]<int K>(Eigen::Index i) -> Eigen::Array<double, K, 1> {
                                                return equations::jobsCreated(linkedJobs.template operator()<K>(i),
                                                                              m_jobsAtStart.segment<K>(i));
                                            },
                                            montecarlostep::kAsAssigned)
                          : assignWithRange(worker.jobs, linkedJobs, montecarlostep::kAsAssigned);
        const auto draws = static_cast<std::size_t>(n);
        worker.percentiles.find({worker.jobs.data(), draws}, range, kPercentileLevels, row, expected);
        storeRow(out.jobsPercentiles, t);
        expected = montecarlostep::expectedNextMonth(row.front(), row.back());
        if (range.highest >= setup.threshold) {
            if (!worker.anyMet)
                worker.firstMet.setConstant(n, static_cast<double>(setup.months));
            worker.anyMet = true;
            worker.firstMet = (worker.jobs >= setup.threshold)
                                  .select(worker.firstMet.min(static_cast<double>(t)), worker.firstMet);
        }
        if (setup.sellersFollowGrowth) {
            for (std::size_t i = 0; i < kPercentileLevels.size(); ++i)
                row[i] = PercentileFinder::interpolate(PercentileFinder::positionOf(kPercentileLevels[i], draws),
                                                       sellers(m_drawsAtSellersRanks[2 * i]),
                                                       sellers(m_drawsAtSellersRanks[2 * i + 1]));
        } else {
            worker.percentiles.find({sellers.data(), draws}, kPercentileLevels, row);
        }
        storeRow(out.sellersPercentiles, t);
    }
}

void EventMonteCarlo::countFirstMet(const RunSetup &setup, int workers, MonteCarloResult &out)
{
    out.firstMetShare.setZero(setup.months);
    const auto first = m_workers.begin();
    const auto last = first + workers;
    // A draw's first month overall is the least of the workers' (they cover months in order).
    for (Eigen::Index i = 0; i < setup.samples; ++i) {
        auto month = static_cast<double>(setup.months); // never met
        for (auto w = first; w != last; ++w)
            if (w->anyMet)
                month = std::min(month, w->firstMet(i));
        if (month < static_cast<double>(setup.months))
            out.firstMetShare(static_cast<Eigen::Index>(month)) += 1.0;
    }
    const auto n = static_cast<double>(setup.samples);
    out.probabilityTargetMet = out.firstMetShare.sum() / n;
    out.firstMetShare /= n;
}

void EventMonteCarlo::run(const Parameters &parameters, const ScenarioEvents &events, const Uncertainty &uncertainty,
                          int threads, MonteCarloResult &out)
{
    const Eigen::Index n = uncertainty.samples;
    const Eigen::Index months = parameters.horizonMonths() + 1;
    m_spans = eventSpans(parameters, events);
    m_uncertainty = uncertainty;
    const RunSetup setup{n,
                         months,
                         std::min<Eigen::Index>(std::lround(parameters[ParameterId::HiringLagMonths]), months),
                         parameters[ParameterId::TargetJobs] * (1.0 - kTargetTolerance),
                         parameters.jobCountBasis() == JobCountBasis::Created,
                         parameters.growthModel(),
                         sellersKeepGrowthOrder(m_spans, uncertainty)};
    // Catching up is one product a draw a month (q^x), the sellers worked out only for the lag's
    // months and at each event: as cheap as the engine's exponential growth catches up.
    const WorkSchedule schedule = scheduleWork(n, months, threads, GrowthModel::Exponential, false);
    runInParallel(schedule.threads, static_cast<int>(kDrawnInputs.size()), [&](int input, int) {
        const ParameterId id = kDrawnInputs[static_cast<std::size_t>(input)];
        MonteCarloDraws::drawsOf(parameters, uncertainty, id, m_drawn[static_cast<std::size_t>(id)]);
    });
    m_start = drawn(ParameterId::InitialSellers);
    spanInputs(m_spans[0], setup.startModel, m_firstInputs);
    // J(0) as the projection makes it: the lagged sellers and the sellers are both S0.
    m_jobsAtStart = equations::jobsFromSellers(m_firstInputs.perLagged, m_start, m_firstInputs.perSeller, m_start);

    const auto levels = static_cast<Eigen::Index>(kPercentileLevels.size());
    out.samples = static_cast<int>(n);
    out.jobsPercentiles.resize(months, levels);
    out.sellersPercentiles.resize(months, levels);
    if (setup.sellersFollowGrowth)
        findDrawsAtSellersRanks(setup);
    const int workers = schedule.workers;
    if (m_workers.size() < static_cast<std::size_t>(workers))
        m_workers.resize(static_cast<std::size_t>(workers));
    runInParallel(workers, workers, [&](int task, int) {
        const auto w = static_cast<std::size_t>(task);
        runMonths(setup, schedule.firstMonth[w], schedule.firstMonth[w + 1], m_workers[w], out);
    });
    countFirstMet(setup, workers, out);
    // The last worker's jobs are the horizon's; it refills its buffer next run, so swap, not copy.
    out.jobsAtHorizon.swap(m_workers[static_cast<std::size_t>(workers) - 1].jobs);
    if (!std::isfinite(out.probabilityTargetMet) || !out.jobsPercentiles.allFinite()
        || !out.sellersPercentiles.allFinite() || !out.jobsAtHorizon.allFinite())
        throw std::domain_error("Monte Carlo: a draw gave a figure that is not a finite number");
}

} // namespace pledgecheck
