#pragma once

#include "percentilebins.h"

#include <Eigen/Core>

#include <cstdint>
#include <functional>
#include <limits>
#include <span>
#include <vector>

namespace pledgecheck {

/// Exact percentiles of many samples without sorting them. One pass counts the samples into a
/// histogram between their least and greatest; a second gathers only the samples of the bins that
/// hold a wanted order statistic; those are searched the same way in turn, until few enough are
/// left to sort. Each level divides the range by the bin count, so skewed data (a long tail that
/// squeezes most samples into the first bin) costs a level more, not a sort. The bins follow the
/// data: a small sample of the values says where the wanted ones lie and how near zero values
/// cluster, and values beyond, or nearer zero, share bins, so that jobs created (both signs, many
/// binades near zero) bin as finely as jobs linked. Only the speed depends on it. Percentiles
/// interpolate linearly between order statistics, as NumPy's default does: the p-th of n values is
/// x(k) + f·(x(k+1) - x(k)) with k + f = p·(n - 1).
class PercentileFinder
{
public:
    /// The order statistics (0-based ranks) the percentile at @p level of @p n values lies
    /// between, and how far: x(below) + fraction·(x(above) - x(below)).
    struct Position {
        std::size_t below, above;
        double fraction;
    };
    static Position positionOf(double level, std::size_t n);
    /// The percentile at @p position, given the two order statistics it lies between.
    static double interpolate(const Position &position, double below, double above)
    {
        return position.fraction > 0 ? below + position.fraction * (above - below) : below;
    }

    /// The least and the greatest of some values.
    struct Range {
        double lowest, highest;
    };

    /// Writes the percentiles @p levels (each 0 to 1) of @p values to @p out.
    void find(std::span<const double> values, std::span<const double> levels, std::span<double> out);
    /// The same for values whose exact @p range the caller found on the way: a pass fewer.
    /// @p expected, if the caller has an idea (the month before's percentiles, widened), is where
    /// the wanted order statistics should lie: the values outside it share the end bins, so that
    /// the bins between are fine. Only the speed depends on it, never a result.
    void find(std::span<const double> values, Range range, std::span<const double> levels,
              std::span<double> out, Range expected = kAnywhere);
    static constexpr Range kAnywhere{-std::numeric_limits<double>::infinity(),
                                     std::numeric_limits<double>::infinity()};
    /// A sample's bin: 16 bits, as a level has at most 4096, so that the passes that read the
    /// bins move half the memory that ints would.
    using Bin = std::uint16_t;
    using BinPlan = bins::BinPlan;
    /// For @p n values that a caller makes in a pass of its own and bins there, never storing
    /// them: how to bin them, from a sample of them read through @p valueAt (the value of sample
    /// i, a double(std::size_t)) before the pass, and @p expected as in find(). The sample is the
    /// first of the values, read from a few cache lines, not values spread over all: fair where
    /// each value is independent of its index, as the Monte Carlo's draws are. An @p expected
    /// range wholly on one side of zero is taken as it is, without the sample. Only the speed
    /// depends on it, never a result.
    template <typename ValueAt>
    BinPlan planBins(std::size_t n, std::span<const double> levels, Range expected, const ValueAt &valueAt)
    {
        return planBinsReading(n, levels, expected, readingEach(valueAt));
    }
    /// The same as find() for the values that @p binned holds the bins of, by a plan of
    /// planBins(), and whose exact @p range the caller found in the same pass. Reads only the
    /// values in the bins that hold wanted order statistics, through @p valueAt.
    template <typename ValueAt>
    void findBinned(std::span<const Bin> binned, const BinPlan &plan, Range range,
                    std::span<const double> levels, std::span<double> out, const ValueAt &valueAt)
    {
        findBinnedReading(binned, plan, range, levels, out, readingEach(valueAt));
    }
    /// The greatest of the values last searched, found on the way.
    double greatest() const { return m_greatest; }
    /// Writes the order statistics of @p values at the 0-based @p ranks to @p out.
    void orderStatistics(std::span<const double> values, std::span<const std::size_t> ranks,
                         std::span<double> out);

private:
    /// Writes to out[k] the value of sample indices[k], for each k: how planBins() and
    /// findBinned() read the samples they need, a batch a call, so that the caller's reader
    /// inlines into a loop of its own and no pass of the finder calls anything per sample.
    using ValuesAt = std::function<void(std::span<const std::size_t> indices, std::span<double> out)>;
    template <typename ValueAt>
    static auto readingEach(const ValueAt &valueAt)
    {
        return [&valueAt](std::span<const std::size_t> indices, std::span<double> out) {
            for (std::size_t k = 0; k < indices.size(); ++k)
                out[k] = valueAt(indices[k]);
        };
    }
    BinPlan planBinsReading(std::size_t n, std::span<const double> levels, Range expected, const ValuesAt &valuesAt);
    void findBinnedReading(std::span<const Bin> binned, const BinPlan &plan, Range range,
                           std::span<const double> levels, std::span<double> out, const ValuesAt &valuesAt);
    using BinArray = Eigen::Array<Bin, Eigen::Dynamic, 1>;
    struct Wanted {
        std::size_t rank;  ///< order statistic wanted, 0-based, within the current samples
        double *result;    ///< where its value goes
    };
    /// Both find()s: @p range, when not null, is the values' least and greatest.
    void findPercentiles(std::span<const double> values, const Range *range,
                         std::span<const double> levels, std::span<double> out);
    /// Sets m_wanted to the order statistics the percentiles at @p levels of @p n values lie
    /// between, sorted by rank, and readies a histogram and list per level.
    void wantPercentiles(std::span<const double> levels, std::size_t n);
    /// Writes the percentiles at @p levels from the order statistics found.
    void interpolateWanted(std::span<const double> levels, std::size_t n, std::span<double> out) const;
    /// Readies a histogram and gathering list per level for m_wanted, sorted by rank.
    void sortWanted();
    /// Writes the order statistics @p wanted (sorted by rank) of @p values; recursion depth
    /// @p depth. @p range, when not null, is the values' least and greatest.
    void select(std::span<const double> values, std::span<Wanted> wanted, int depth, const Range *range);
    /// The rest of select() once each sample has its bin in @p binned, one of @p binCount:
    /// counts them, groups @p wanted (sorted by rank) by the bin each lies in, and readies each
    /// group's stretch of the gathering list. Returns how many samples the groups' bins hold.
    std::size_t groupWanted(std::span<const Bin> binned, int binCount, std::span<Wanted> wanted, int depth);
    /// Writes take(i) for every sample i in a group's bin to @p out, at its group's stretch.
    template <typename Gathered, typename Take>
    void gatherWanted(std::span<const Bin> binned, int depth, Gathered *out, const Take &take);
    /// Searches each group's samples, gathered in m_scratch at @p depth, in turn.
    void selectGroups(std::span<Wanted> wanted, int depth);

    double m_greatest = 0;
    Range m_expected = kAnywhere; ///< of the values searched at depth 0
    std::vector<double> m_orderStatistics;
    std::vector<double> m_sample, m_magnitudes; ///< scratch for the sample that shapes the bins
    std::vector<double> m_firstValues;          ///< the values planBins() reads
    std::vector<std::size_t> m_indices;         ///< the samples planBins() or findBinned() reads
    std::vector<Wanted> m_wanted;
    std::vector<std::vector<double>> m_scratch;  ///< one list of gathered samples per depth
    std::vector<std::vector<int>> m_counts;      ///< one histogram per depth
    std::vector<BinArray> m_bins;                ///< per depth: each sample's bin
    std::vector<std::vector<int>> m_slots;       ///< per depth: which group gathers a bin, or -1
    std::vector<std::vector<std::size_t>> m_cursors;
    /// Per depth: the bins that hold wanted order statistics, and where each is gathered.
    struct Group {
        int bin;
        std::size_t first, last;  ///< wanted[first, last) lie in this bin
        std::size_t offset, size; ///< its stretch of the gathering list
    };
    std::vector<std::vector<Group>> m_groups;
};

} // namespace pledgecheck
