#include "targetsolver.h"

#include "equations.h"
#include "parametertable.h"
#include "projection.h"
#include "rootfinder.h"

#include <cmath>

namespace pledgecheck {
namespace {

// Enough scan points to separate the crossings of any curve an analyst would set up, few enough
// that a solve stays far below a slider step's budget.
constexpr int kScanIntervals = 48;

double scanPoint(const ParameterDescriptor &d, double low, double high, int i)
{
    const double fraction = static_cast<double>(i) / kScanIntervals;
    if (i == kScanIntervals)
        return high;
    if (d.logScale && low > 0.0)
        return low * std::pow(high / low, fraction);
    return low + (high - low) * fraction;
}

} // namespace

std::optional<double> requiredValue(const Parameters &parameters, ParameterId id)
{
    const ParameterDescriptor &d = descriptor(id);
    if (d.kind != ParameterKind::Real)
        return std::nullopt;

    double low = d.minimum;
    double high = d.maximum;
    // Under logistic growth the market holds the starting sellers: no value past that is valid.
    if (id == ParameterId::InitialSellers && parameters.growthModel() == GrowthModel::Logistic)
        high = equations::startHeldByMarket(high, parameters[ParameterId::MarketSize]);
    if (id == ParameterId::MarketSize && parameters.growthModel() == GrowthModel::Logistic)
        low = equations::marketHoldingStart(low, parameters[ParameterId::InitialSellers]);

    Parameters trial = parameters;
    Projection projection;
    const double target = parameters[ParameterId::TargetJobs];
    const auto shortfall = [&](double value) {
        trial.set(id, value);
        project(trial, projection);
        return projection.jobs(projection.lastMonth()) - target;
    };

    double previousValue = scanPoint(d, low, high, 0);
    double previousShortfall = shortfall(previousValue);
    if (previousShortfall == 0.0)
        return previousValue;
    for (int i = 1; i <= kScanIntervals; ++i) {
        const double value = scanPoint(d, low, high, i);
        const double valueShortfall = shortfall(value);
        if ((previousShortfall < 0.0) != (valueShortfall < 0.0) || valueShortfall == 0.0) {
            const double absoluteTolerance = 1e-15 * (high - low);
            return findRootInBracket(shortfall, previousValue, value, previousShortfall,
                                     valueShortfall, absoluteTolerance);
        }
        previousValue = value;
        previousShortfall = valueShortfall;
    }
    return std::nullopt;
}

} // namespace pledgecheck
