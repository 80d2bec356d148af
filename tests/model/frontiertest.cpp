#include "frontier.h"

#include "montecarlodraws.h"
#include "presetlibrary.h"
#include "projection.h"
#include "solvablescenario.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace pledgecheck;

namespace {

// The solver's closed-form scenario (solvablescenario.h): J(60) = 400 h (1 + g)^5 linked,
// 400 h ((1 + g)^5 - 1) created, target 10,000 jobs.
Parameters closedFormScenario(JobCountBasis basis = JobCountBasis::Linked)
{
    return pledgecheck::testing::solvableScenario(basis);
}

const FrontierPoint &rowAt(const std::vector<FrontierPoint> &rows, double hires)
{
    const auto found = std::find_if(rows.begin(), rows.end(), [hires](const FrontierPoint &row) {
        return std::abs(row.hires - hires) < 1e-12;
    });
    EXPECT_NE(found, rows.end()) << hires;
    return *found;
}
// A row of a frontier that is gone at the end of the statement would dangle (ASan found one).
const FrontierPoint &rowAt(std::vector<FrontierPoint> &&rows, double hires) = delete;

void expectGrowth(const FrontierPoint &row, double expected)
{
    ASSERT_EQ(row.growth.status, SolveStatus::Found) << row.hires;
    EXPECT_NEAR(*row.growth.value, expected, 1e-12 * std::abs(expected)) << row.hires;
}

} // namespace

TEST(Frontier, TheGridIsTheHiresSliderTrackInStepsOfATenth)
{
    const std::vector<double> hires = frontierHires();
    ASSERT_EQ(hires.size(), 101u); // 0 to 10 workers, 0.1 apart
    EXPECT_EQ(hires.front(), 0.0);
    EXPECT_EQ(hires.back(), 10.0);
    EXPECT_EQ(hires[3], 0.3); // each value from the ends, not 0.1 + 0.1 + 0.1
    EXPECT_EQ(hires[10], 1.0);
}

TEST(Frontier, MatchesTheClosedFormLinked)
{
    // 400 h (1 + g)^5 = 10,000: g = (25 / h)^(1/5) - 1. h = 1: 25^0.2 - 1 = 0.9036539;
    // h = 2.5: 10^0.2 - 1 = 0.5848932; h = 10: 2.5^0.2 - 1 = 0.2011244.
    const std::vector<FrontierPoint> rows = frontier(closedFormScenario());
    expectGrowth(rowAt(rows, 1.0), 0.9036539387158786);
    expectGrowth(rowAt(rows, 2.5), 0.5848931924611136);
    expectGrowth(rowAt(rows, 10.0), 0.20112443398143132);
    // No hires, no jobs: no growth meets the pledge.
    EXPECT_EQ(rowAt(rows, 0.0).growth.status, SolveStatus::Unreachable);
    EXPECT_FALSE(rowAt(rows, 0.0).growth.value);
}

TEST(Frontier, MatchesTheClosedFormCreated)
{
    // 400 h ((1 + g)^5 - 1) = 10,000: g = (1 + 25 / h)^(1/5) - 1. h = 1: 26^0.2 - 1 = 0.9186452;
    // h = 2.5: 11^0.2 - 1 = 0.6153943; h = 10: 3.5^0.2 - 1 = 0.2847352.
    const std::vector<FrontierPoint> rows = frontier(closedFormScenario(JobCountBasis::Created));
    expectGrowth(rowAt(rows, 1.0), 0.9186451916253062);
    expectGrowth(rowAt(rows, 2.5), 0.6153942662021781);
    expectGrowth(rowAt(rows, 10.0), 0.28473515712343933);
}

TEST(Frontier, AtTheScenariosOwnHiresItIsTheRequiredGrowth)
{
    for (const PresetInfo &preset : presetlibrary::list()) {
        QString error;
        const auto scenario = presetlibrary::load(preset.name, &error);
        ASSERT_TRUE(scenario) << error.toStdString();
        const double hires = scenario->parameters[ParameterId::HiresPerSeller];
        const std::vector<FrontierPoint> rows = frontier(scenario->parameters);
        const auto own = std::find_if(rows.begin(), rows.end(),
                                      [hires](const FrontierPoint &row) { return row.hires == hires; });
        ASSERT_NE(own, rows.end()) << preset.name.toStdString(); // every preset's hires is on the grid
        const TargetSolution required = solveForTarget(scenario->parameters, ParameterId::AnnualGrowthRate);
        EXPECT_EQ(own->growth.status, required.status) << preset.name.toStdString();
        EXPECT_EQ(own->growth.value, required.value) << preset.name.toStdString();
    }
}

TEST(Frontier, NoneRowsAreThoseWhereEvenTheTopOfTheRangeFallsShort)
{
    // Target 1e8: (1 + g)^5 = 250,000 / h, and g <= 10 reaches it only where h >= 250,000 / 11^5
    // = 1.5523: rows 0 to 1.5 have none, 1.6 needs 156,250^0.2 - 1 = 9.9336.
    Parameters p = closedFormScenario();
    p.set(ParameterId::TargetJobs, 1e8);
    const std::vector<FrontierPoint> rows = frontier(p);
    for (const FrontierPoint &row : rows) {
        const SolveStatus expected = row.hires < 1.5523 ? SolveStatus::Unreachable : SolveStatus::Found;
        EXPECT_EQ(row.growth.status, expected) << row.hires;
        EXPECT_EQ(row.growth.value.has_value(), expected == SolveStatus::Found) << row.hires;
    }
    expectGrowth(rowAt(rows, 1.6), 9.933620739432783);
}

TEST(Frontier, RowsMetEvenAtTheLowestGrowthSaySo)
{
    // Target 10: at -50 % growth J(60) = 400 h x 0.5^5 = 12.5 h, above 10 from h = 0.8 on;
    // with no hires there are no jobs at all.
    Parameters p = closedFormScenario();
    p.set(ParameterId::TargetJobs, 10);
    for (const FrontierPoint &row : frontier(p)) {
        if (std::abs(row.hires - 0.8) < 1e-12)
            continue; // exactly 10 jobs at -50 %: met there to rounding, found or exceeded alike
        const SolveStatus expected = row.hires == 0   ? SolveStatus::Unreachable // no hires, no jobs
                                     : row.hires > 0.8 ? SolveStatus::ExceededThroughout
                                                       : SolveStatus::Found;
        EXPECT_EQ(row.growth.status, expected) << row.hires;
    }
}

TEST(Frontier, MoreHiresNeverNeedMoreGrowth)
{
    // Meeting is monotone: on every preset and both bases, the growth needed never rises with the
    // hires, and the rows with none come before those found, which come before those met throughout.
    for (const PresetInfo &preset : presetlibrary::list()) {
        QString error;
        auto scenario = presetlibrary::load(preset.name, &error);
        ASSERT_TRUE(scenario) << error.toStdString();
        for (const JobCountBasis basis : {JobCountBasis::Created, JobCountBasis::Linked}) {
            for (const double target : {1e3, 1e5, 1e6, 1e7}) {
                Parameters p = scenario->parameters;
                p.set(ParameterId::JobCountBasis, static_cast<double>(basis));
                p.set(ParameterId::TargetJobs, target);
                const std::vector<FrontierPoint> rows = frontier(p);
                for (std::size_t k = 1; k < rows.size(); ++k) {
                    const TargetSolution &before = rows[k - 1].growth, &after = rows[k].growth;
                    const auto order = [](SolveStatus s) {
                        return s == SolveStatus::Unreachable ? 0 : s == SolveStatus::Found ? 1 : 2;
                    };
                    EXPECT_LE(order(before.status), order(after.status)) << preset.name.toStdString();
                    if (before.value && after.value) {
                        EXPECT_LE(*after.value, *before.value + 1e-12) << preset.name.toStdString() << ' '
                                                                       << rows[k].hires;
                    }
                }
            }
        }
    }
}

namespace {

// The closed-form scenario with the side businesses uncertain: uniform 0.3 to 0.7, and the
// displacement triangular 0.1, 0.2, 0.3.
Uncertainty sidesAndDisplacementDrawn(int samples)
{
    Uncertainty u;
    u.samples = samples;
    u.seed = 7;
    u.set(ParameterId::SideBusinessShare, Distribution::uniform(0.3, 0.7));
    u.set(ParameterId::DisplacementShare, Distribution::triangular(0.1, 0.2, 0.3));
    // Growth and hires uncertain too: at a point of the frontier they are fixed.
    u.set(ParameterId::AnnualGrowthRate, Distribution::triangular(0.3, 0.35, 0.4));
    u.set(ParameterId::HiresPerSeller, Distribution::logNormal(1, 3));
    return u;
}

// How many of the draws of @p u meet the pledge at growth @p growth and hires @p hires, each
// projected in full (project(), not the frontier's three-month shortcut).
int drawsMeeting(const Parameters &parameters, const Uncertainty &u, double growth, double hires)
{
    Eigen::ArrayXd side, displacement;
    MonteCarloDraws::drawsOf(parameters, u, ParameterId::SideBusinessShare, side);
    MonteCarloDraws::drawsOf(parameters, u, ParameterId::DisplacementShare, displacement);
    Parameters draw = parameters;
    draw.set(ParameterId::AnnualGrowthRate, growth);
    draw.set(ParameterId::HiresPerSeller, hires);
    int meeting = 0;
    for (Eigen::Index i = 0; i < side.size(); ++i) {
        draw.set(ParameterId::SideBusinessShare, side(i));
        draw.set(ParameterId::DisplacementShare, displacement(i));
        const Projection projection = project(draw);
        meeting += projection.jobs(projection.lastMonth()) >= parameters[ParameterId::TargetJobs];
    }
    return meeting;
}

} // namespace

TEST(HalfDrawsFrontier, HalfTheDrawsMeetOnTheLineAndFewerJustLeftOfIt)
{
    // Against a brute-force count: just right of the line at least half of the draws meet the
    // pledge, just left of it fewer than half (the draws' own frontiers are found to 1e-6).
    constexpr int kSamples = 301;
    const Parameters p = closedFormScenario(JobCountBasis::Created);
    const Uncertainty u = sidesAndDisplacementDrawn(kSamples);
    const std::vector<FrontierPoint> half = halfDrawsFrontier(p, u, kSamples);
    ASSERT_EQ(half.size(), frontierHires().size());
    for (const double hires : {0.5, 1.0, 3.7, 10.0}) {
        const FrontierPoint &row = rowAt(half, hires);
        ASSERT_EQ(row.growth.status, SolveStatus::Found) << hires;
        const double g = *row.growth.value;
        EXPECT_GE(drawsMeeting(p, u, g + 1e-5, hires), 151) << hires;
        EXPECT_LT(drawsMeeting(p, u, g - 1e-5, hires), 151) << hires;
    }
}

TEST(HalfDrawsFrontier, WithOneInputDrawnItIsTheFrontierOfItsMedianDraw)
{
    // Only the side businesses drawn: jobs fall as they rise, so the median draw's frontier is the
    // frontier at the 3rd smallest side share s of 5 draws: 800 h (1 - s) ((1 + g)^5 - 1) = 10,000
    // at h = 2 gives g = (1 + 12.5 / (2 (1 - s)))^(1/5) - 1.
    const Parameters p = closedFormScenario(JobCountBasis::Created);
    Uncertainty u;
    u.samples = 5;
    u.set(ParameterId::SideBusinessShare, Distribution::uniform(0.3, 0.7));
    Eigen::ArrayXd side;
    MonteCarloDraws::drawsOf(p, u, ParameterId::SideBusinessShare, side);
    std::sort(side.begin(), side.end());
    const double expected = std::pow(1 + 12.5 / (2 * (1 - side(2))), 0.2) - 1;
    const std::vector<FrontierPoint> half = halfDrawsFrontier(p, u);
    const FrontierPoint &row = rowAt(half, 2.0);
    ASSERT_EQ(row.growth.status, SolveStatus::Found);
    EXPECT_NEAR(*row.growth.value, expected, 2e-6);
}

TEST(HalfDrawsFrontier, NoneWhereFewerThanHalfCanMeetIt)
{
    // J(60) = 1000 h (1 - s)(1 - d)(1 + g)^5 linked. Target 1e8: even at g = 10 (11^5 = 161,051)
    // a draw needs h >= 0.62092 / ((1 - s)(1 - d)), and with s >= 0.3 and d >= 0.1 none meets it
    // below h = 0.62092 / 0.63 = 0.9856. Target 10: at g = -0.5 a draw meets it once
    // h >= 0.32 / ((1 - s)(1 - d)), which with s <= 0.7 and d <= 0.3 every draw does from
    // h = 0.32 / 0.21 = 1.524 on.
    Parameters p = closedFormScenario();
    const Uncertainty u = sidesAndDisplacementDrawn(101);
    p.set(ParameterId::TargetJobs, 1e8);
    for (const FrontierPoint &row : halfDrawsFrontier(p, u)) {
        if (row.hires < 0.98) {
            EXPECT_EQ(row.growth.status, SolveStatus::Unreachable) << row.hires;
        }
    }
    p.set(ParameterId::TargetJobs, 10);
    for (const FrontierPoint &row : halfDrawsFrontier(p, u)) {
        if (row.hires > 1.53) {
            EXPECT_EQ(row.growth.status, SolveStatus::ExceededThroughout) << row.hires;
        }
    }
}

TEST(HalfDrawsFrontier, ReadsTheFirstDrawsOfTheRun)
{
    // 300 draws asked of a scenario with 100: all 100, the same as asking for 100.
    const Parameters p = closedFormScenario(JobCountBasis::Created);
    const Uncertainty u = sidesAndDisplacementDrawn(100);
    const std::vector<FrontierPoint> all = halfDrawsFrontier(p, u, 300), hundred = halfDrawsFrontier(p, u, 100);
    for (std::size_t k = 0; k < all.size(); ++k)
        EXPECT_EQ(all[k].growth.value, hundred[k].growth.value);
}
