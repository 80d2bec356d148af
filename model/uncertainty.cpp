#include "uncertainty.h"

#include "parametertable.h"

namespace pledgecheck {

Uncertainty Uncertainty::sourcedDefaults()
{
    Uncertainty u;
    for (const ParameterDescriptor &d : parameterTable())
        u.set(d.id, d.uncertainty);
    return u;
}

std::optional<std::string> Uncertainty::validate() const
{
    for (const ParameterDescriptor &d : parameterTable()) {
        if (auto problem = (*this)[d.id].check(d))
            return problem;
    }
    if (!(*this)[ParameterId::TargetJobs].isFixed())
        return "target_jobs: the pledge is a fixed number and cannot be uncertain";
    if (samples < 1 || samples > kMaxSamples)
        return "samples = " + std::to_string(samples) + " is not valid: the valid range is 1 to "
               + std::to_string(kMaxSamples);
    return std::nullopt;
}

} // namespace pledgecheck
