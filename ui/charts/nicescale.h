#pragma once

namespace pledgecheck {

/// A count axis from 0 to a round top in round steps (1, 2, 2.5 or 5 times a power of ten, 2.5
/// only from 25 up, so that a count is never labelled with a fraction), with 4 to 8 steps.
struct NiceScale {
    double top = 10;
    double step = 2;

    int steps() const;

    /// The lowest such scale whose top is at least 2 % above @p largest, so that a line at a round
    /// number (the pledge) never lies on the plot's top edge. At least 0 to 10.
    /// @p mostSteps (4 to 8) keeps labels apart on a narrow axis; where no round scale has so
    /// few steps (14 to 15 needs 8 steps of 2), the fewest that do.
    static NiceScale above(double largest, int mostSteps = 8);
};

} // namespace pledgecheck
