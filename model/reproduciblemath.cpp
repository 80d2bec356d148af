#include "reproduciblemath.h"

#include "simdclones.h"

namespace pledgecheck::reproducible {

PLEDGECHECK_SIMD_CLONES void expInPlace(std::span<double> x)
{
    for (double &value : x)
        value = exp(value);
}

PLEDGECHECK_SIMD_CLONES void logInPlace(std::span<double> x)
{
    for (double &value : x)
        value = log(value);
}

} // namespace pledgecheck::reproducible
