#pragma once

#include "modelmessage.h"
#include "parameterdescriptor.h"

#include <array>
#include <optional>
#include <string>

namespace pledgecheck {

/// The values of every parameter of a scenario, indexed by ParameterId. A plain value type:
/// copying it is cheap and comparing two tells whether a scenario changed.
class Parameters
{
public:
    /// Every parameter at its default (the central estimate).
    Parameters();

    double operator[](ParameterId id) const { return m_values[static_cast<std::size_t>(id)]; }
    void set(ParameterId id, double value) { m_values[static_cast<std::size_t>(id)] = value; }

    GrowthModel growthModel() const;
    JobCountBasis jobCountBasis() const;
    int horizonMonths() const;
    /// n = (1 + g)(1 - c) - 1: yearly growth in sellers after churn.
    double netGrowthRate() const;

    /// Empty when every value is in its range and the values agree with each other (a logistic
    /// market at least as large as the starting sellers, net growth above -100 %); otherwise the
    /// first problem, as one line naming the parameter, its value and what is valid.
    std::optional<ModelMessage> validate() const;

    friend bool operator==(const Parameters &, const Parameters &) = default;

private:
    std::array<double, kParameterCount> m_values;
};

} // namespace pledgecheck
