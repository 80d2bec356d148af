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

std::optional<ModelMessage> Uncertainty::validate() const
{
    for (const ParameterDescriptor &d : parameterTable()) {
        if (auto problem = (*this)[d.id].check(d))
            return problem;
    }
    if (!(*this)[ParameterId::TargetJobs].isFixed())
        return ModelMessage(MessageId::PledgeNotUncertain, {messagearg::Parameter{ParameterId::TargetJobs}});
    if (samples < 1 || samples > kMaxSamples)
        return ModelMessage(MessageId::SamplesOutOfRange, {messagearg::Count{samples}, messagearg::Count{kMaxSamples}});
    return std::nullopt;
}

} // namespace pledgecheck
