#include "uncertainty.h"

#include "parametertable.h"

namespace pledgecheck {

Uncertainty Uncertainty::sourcedDefaults()
{
    Uncertainty u;
    // Balding (Parkiet, 2017): a million jobs could take 25 to 40 years, i.e. sellers growing
    // (1e6/7000)^(1/40) - 1 = 13 % to (1e6/7000)^(1/25) - 1 = 22 % a year net; with 13 % churn,
    // 30 % to 40 % gross. The mode is the Tmall Global default.
    u.set(ParameterId::AnnualGrowthRate, Distribution::triangular(0.30, 0.36, 0.40));
    // SBA Office of Advocacy: 79.9 % of new establishments survive their first year, a 20 % exit
    // rate at the worst; 8 % is a judgement for established sellers.
    u.set(ParameterId::AnnualChurnRate, Distribution::triangular(0.08, 0.13, 0.20));
    // Median one hire (the pledge); a 90th percentile of three, a Taobao Village shop's hires
    // besides its owner (AliResearch 2014: 4.0 jobs a shop).
    u.set(ParameterId::HiresPerSeller, Distribution::logNormal(1.0, 3.0));
    // SBA: 80 % of small businesses had no employees in the 2014 data, 81 % in 2017; about 88 %
    // of Etsy sellers work alone (Wired, 2015).
    u.set(ParameterId::SideBusinessShare, Distribution::triangular(0.80, 0.81, 0.88));
    // Ma's 500 per 1,000 is the generous end; a fifth of it is CNNMoney's "a few jobs" (judgement).
    u.set(ParameterId::ServiceJobsPer1000Sellers, Distribution::triangular(100, 500, 500));
    // Judgement in the HCA additionality frame: none to half displaced.
    u.set(ParameterId::DisplacementShare, Distribution::triangular(0.0, 0.25, 0.5));
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
