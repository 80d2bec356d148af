#pragma once

#include <algorithm>
#include <cmath>
#include <limits>

namespace pledgecheck {

/// Brent's method (Brent 1973, "zeroin"): a root of @p f in [a, b], where fa = f(a) and
/// fb = f(b) differ in sign or one is zero. Combines bisection, which always converges, with
/// secant and inverse quadratic steps, which converge fast near the root. The result is within
/// a few ulp of a root, or @p absoluteTolerance of one where the root is near zero.
template<typename Function>
double findRootInBracket(Function &&f, double a, double b, double fa, double fb,
                         double absoluteTolerance)
{
    constexpr double kEpsilon = std::numeric_limits<double>::epsilon();
    constexpr int kMaxEvaluations = 300; // bisection alone halves a double's range in < 2100
    if (fa == 0.0)
        return a;
    if (fb == 0.0)
        return b;
    double c = a, fc = fa;
    double step = b - a, previousStep = step;
    for (int evaluation = 0; evaluation < kMaxEvaluations; ++evaluation) {
        if ((fb > 0.0) == (fc > 0.0)) { // keep the root between b and c
            c = a;
            fc = fa;
            step = previousStep = b - a;
        }
        if (std::abs(fc) < std::abs(fb)) { // b is the best guess so far
            a = b;
            b = c;
            c = a;
            fa = fb;
            fb = fc;
            fc = fa;
        }
        const double tolerance = 2.0 * kEpsilon * std::abs(b) + 0.5 * absoluteTolerance;
        const double halfInterval = 0.5 * (c - b);
        if (std::abs(halfInterval) <= tolerance || fb == 0.0)
            return b;

        if (std::abs(previousStep) >= tolerance && std::abs(fa) > std::abs(fb)) {
            double p, q;
            const double s = fb / fa;
            if (a == c) { // secant
                p = 2.0 * halfInterval * s;
                q = 1.0 - s;
            } else { // inverse quadratic interpolation
                const double qa = fa / fc, r = fb / fc;
                p = s * (2.0 * halfInterval * qa * (qa - r) - (b - a) * (r - 1.0));
                q = (qa - 1.0) * (r - 1.0) * (s - 1.0);
            }
            if (p > 0.0)
                q = -q;
            else
                p = -p;
            // Accept the interpolation only if it stays well inside the bracket and shrinks fast.
            if (2.0 * p < std::min(3.0 * halfInterval * q - std::abs(tolerance * q),
                                   std::abs(previousStep * q))) {
                previousStep = step;
                step = p / q;
            } else {
                step = previousStep = halfInterval;
            }
        } else {
            step = previousStep = halfInterval;
        }
        a = b;
        fa = fb;
        b += std::abs(step) > tolerance ? step : (halfInterval > 0.0 ? tolerance : -tolerance);
        fb = f(b);
    }
    return b;
}

} // namespace pledgecheck
