#include "projectioncsv.h"

#include "yearmonth.h"

#include <charconv>
#include <cmath>

namespace pledgecheck {

std::string projectionCsv(const Parameters &parameters, const Projection &projection)
{
    std::string csv = "month,sellers,hiring_sellers,direct_jobs,service_jobs,jobs,"
                      "export_supported_jobs,jobs_linked,jobs_created\n";
    const auto start = YearMonth::fromIndex(
        static_cast<int>(std::lround(parameters[ParameterId::Start])));
    char number[32];
    for (Eigen::Index t = 0; t <= projection.lastMonth(); ++t) {
        csv += start.plusMonths(static_cast<int>(t)).toString();
        for (const Eigen::ArrayXd *series :
             {&projection.sellers, &projection.hiringSellers, &projection.directJobs,
              &projection.serviceJobs, &projection.jobs, &projection.exportSupportedJobs,
              &projection.linkedJobs, &projection.createdJobs}) {
            const auto end = std::to_chars(number, number + sizeof number, (*series)(t)).ptr;
            csv += ',';
            csv.append(number, end);
        }
        csv += '\n';
    }
    return csv;
}

} // namespace pledgecheck
