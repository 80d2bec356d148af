#pragma once

#include "percentilebins.h"
#include "percentiles.h"

#include <cstddef>
#include <span>

namespace pledgecheck {

/// The least and greatest created jobs of the month a pass makes, and of the month after.
struct CreatedMonthRanges {
    PercentileFinder::Range month, next;
};

/// Where a pass puts one month's created jobs, one a draw: into @p values, if not empty; or else,
/// if @p plan is not null, binned by it into @p bins, never stored (see
/// PercentileFinder::planBins()); or nowhere.
struct CreatedMonthOut {
    std::span<double> values;
    const bins::BinPlan *plan = nullptr;
    std::span<PercentileFinder::Bin> bins;

    bool wanted() const { return !values.empty() || plan; }
};

/// One pass over every draw, under exponential growth past the hiring lag: multiplies the linked
/// J(t) in @p jobs by the monthly factor @p q, @p products times (J(t) = J(t - 1)·q, one product
/// a month), and puts J(t) - J(0) in @p month; if @p next is wanted, also J(t)·q - J(0), the next
/// month's, in it, without keeping J(t + 1). Binned, the created jobs are never stored: the
/// percentile finder reads the few it needs again from J, q and J(0). @p atStart holds J(0). All
/// spans have one element a draw. The same products and differences in the same order as one
/// month at a time, so the same bits.
CreatedMonthRanges advanceCreatedMonths(std::span<double> jobs, std::span<const double> q,
                                        std::span<const double> atStart, std::ptrdiff_t products,
                                        const CreatedMonthOut &month, const CreatedMonthOut &next);

} // namespace pledgecheck
