#include "nicescale.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace pledgecheck {
namespace {

constexpr double kHeadroom = 1.02;
constexpr int kFewestSteps = 4;
constexpr int kMostSteps = 8; // 7 leaves no round scale for 14 to 15 (2.5 is not a count)
constexpr double kSmallestTop = 10;

} // namespace

int NiceScale::steps() const
{
    return static_cast<int>(std::lround(top / step));
}

NiceScale NiceScale::above(double largest, int mostSteps)
{
    mostSteps = std::clamp(mostSteps, kFewestSteps, kMostSteps);
    const double wanted = std::isfinite(largest) ? std::max(largest * kHeadroom, kSmallestTop)
                                                 : kSmallestTop;
    const double magnitude = std::pow(10.0, std::floor(std::log10(wanted)));
    NiceScale best{0, 0};
    // Steps from a hundredth to a tenth of the magnitude give 4 to 7 steps for any mantissa.
    for (const double power : {magnitude / 100, magnitude / 10, magnitude}) {
        for (const double mantissa : {1.0, 2.0, 2.5, 5.0}) {
            const double step = mantissa * power;
            if (mantissa == 2.5 && step < 25)
                continue;
            if (step < 1)
                continue;
            // The 1e-9 keeps a value exactly on a step from costing one more step.
            const double count = std::ceil(wanted / step - 1e-9);
            if (count < kFewestSteps || count > mostSteps)
                continue;
            const double top = count * step;
            if (best.top == 0 || top < best.top || (top == best.top && step > best.step))
                best = {top, step};
        }
    }
    if (best.top == 0 && mostSteps < kMostSteps)
        return above(largest, mostSteps + 1); // no round scale in so few steps: allow one more
    if (best.top == 0) // unreachable for finite values; kept so a NaN can never give an empty axis
        return {kSmallestTop, 2};
    return best;
}

} // namespace pledgecheck
