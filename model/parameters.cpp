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

std::optional<std::string> Parameters::validate() const
{
    for (const ParameterDescriptor &d : parameterTable()) {
        if (auto problem = checkValue(d, (*this)[d.id]))
            return problem;
    }
    // Within the ranges (growth >= -0.5, churn <= 0.9) n >= -0.95, but the equations need it
    // whatever the table says, so it is checked here too.
    if (!(netGrowthRate() > -1.0))
        return "net yearly growth (1 + annual_growth_rate)(1 - annual_churn_rate) - 1 must be above "
               "-1";
    if (growthModel() == GrowthModel::Logistic
        && !equations::marketHoldsStart((*this)[ParameterId::MarketSize], (*this)[ParameterId::InitialSellers])) {
        const auto text = [this](ParameterId id) { return formatValue(descriptor(id), (*this)[id]); };
        return "market_size = " + text(ParameterId::MarketSize)
               + " is below initial_sellers = " + text(ParameterId::InitialSellers)
               + ": under logistic growth the market must hold at least the starting sellers";
    }
    return std::nullopt;
}

} // namespace pledgecheck
