#include "parameters.h"

#include "equations.h"
#include "parametertable.h"

#include <cmath>

namespace pledgecheck {

Parameters::Parameters()
{
    for (const ParameterDescriptor &d : parameterTable())
        set(d.id, d.defaultValue);
}

GrowthModel Parameters::growthModel() const
{
    return static_cast<GrowthModel>(std::lround((*this)[ParameterId::GrowthModel]));
}

JobCountBasis Parameters::jobCountBasis() const
{
    return static_cast<JobCountBasis>(std::lround((*this)[ParameterId::JobCountBasis]));
}

int Parameters::horizonMonths() const
{
    return 12 * static_cast<int>(std::lround((*this)[ParameterId::HorizonYears]));
}

double Parameters::netGrowthRate() const
{
    return equations::yearlyGrowthFactor((*this)[ParameterId::AnnualGrowthRate],
                                         (*this)[ParameterId::AnnualChurnRate])
           - 1.0;
}

std::optional<ModelMessage> Parameters::validate() const
{
    for (const ParameterDescriptor &d : parameterTable()) {
        if (auto problem = checkValue(d, (*this)[d.id]))
            return problem;
    }
    // Within the ranges (growth >= -0.5, churn <= 0.9) n >= -0.95, but the equations need it
    // whatever the table says, so it is checked here too.
    if (!(netGrowthRate() > -1.0))
        return ModelMessage(MessageId::NetGrowthNotAboveMinusOne);
    if (growthModel() == GrowthModel::Logistic
        && !equations::marketHoldsStart((*this)[ParameterId::MarketSize], (*this)[ParameterId::InitialSellers])) {
        constexpr ParameterId market = ParameterId::MarketSize, start = ParameterId::InitialSellers;
        return ModelMessage(MessageId::MarketBelowInitialSellers,
                            {messagearg::Parameter{market}, messagearg::Value{market, (*this)[market]},
                             messagearg::Parameter{start}, messagearg::Value{start, (*this)[start]}});
    }
    return std::nullopt;
}

} // namespace pledgecheck
