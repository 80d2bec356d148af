#include "projectioncsv.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace pledgecheck;

TEST(ProjectionCsv, HasAHeaderAndOneRowPerMonthWithItsDate)
{
    Parameters p;
    p.set(ParameterId::InitialSellers, 1000);
    p.set(ParameterId::AnnualGrowthRate, 0.0);
    p.set(ParameterId::AnnualChurnRate, 0.0);
    p.set(ParameterId::HiresPerSeller, 2);
    p.set(ParameterId::SideBusinessShare, 0.5);
    p.set(ParameterId::ServiceJobsPer1000Sellers, 100);
    p.set(ParameterId::DisplacementShare, 0.5);
    p.set(ParameterId::ExportValuePerSeller, 1e6);
    p.set(ParameterId::JobsPerBillionExports, 5000);
    p.set(ParameterId::HorizonYears, 1);
    const std::string csv = projectionCsv(p, project(p));

    std::istringstream lines(csv);
    std::string line;
    std::getline(lines, line);
    EXPECT_EQ(line, "month,sellers,hiring_sellers,direct_jobs,service_jobs,jobs,export_supported_jobs");
    // Constant 1000 sellers: 500 hire 2 each = 1000 direct; 100 service; (1000 + 100)/2 = 550;
    // 1000 x $1M x 5000 / 1e9 = 5000 export-supported.
    std::getline(lines, line);
    EXPECT_EQ(line, "2017-01,1000,500,1000,100,550,5000");
    int rows = 1;
    std::string lastRow = line;
    while (std::getline(lines, line)) {
        ++rows;
        lastRow = line;
    }
    EXPECT_EQ(rows, 13);
    EXPECT_EQ(lastRow, "2018-01,1000,500,1000,100,550,5000");
}
