#pragma once

#include "percentiles.h"

#include <cstddef>
#include <span>

namespace pledgecheck {

/// The least and greatest created jobs of the month a pass makes, and of the month after.
struct CreatedMonthRanges {
    PercentileFinder::Range month, next;
};

/// One pass over every draw, under exponential growth past the hiring lag: multiplies the linked
/// J(t) in @p jobs by the monthly factor @p q, @p products times (J(t) = J(t - 1)·q, one product
/// a month), and writes J(t) - J(0) to @p created; if @p next is not empty, also J(t)·q - J(0),
/// the next month's, to it, without keeping J(t + 1). @p atStart holds J(0). All spans have one
/// element a draw. The same products and differences in the same order as one month at a time,
/// so the same bits.
CreatedMonthRanges advanceCreatedMonths(std::span<double> jobs, std::span<const double> q,
                                        std::span<const double> atStart, std::ptrdiff_t products,
                                        std::span<double> created, std::span<double> next);

} // namespace pledgecheck
