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
    EXPECT_EQ(line, "month,sellers,hiring_sellers,direct_jobs,service_jobs,jobs,export_supported_jobs,"
                    "jobs_linked,jobs_created");
    // Constant 1000 sellers: 500 hire 2 each = 1000 direct; 100 service; (1000 + 100)/2 = 550
    // linked, none of them created (the default basis: jobs = 0); 1000 x $1M x 5000 / 1e9 = 5000
    // export-supported.
    std::getline(lines, line);
    EXPECT_EQ(line, "2017-01,1000,500,1000,100,0,5000,550,0");
    int rows = 1;
    std::string lastRow = line;
    while (std::getline(lines, line)) {
        ++rows;
        lastRow = line;
    }
    EXPECT_EQ(rows, 13);
    EXPECT_EQ(lastRow, "2018-01,1000,500,1000,100,0,5000,550,0");
}

TEST(ProjectionCsv, JobsFollowTheBasisAndBothBasesAreGiven)
{
    // 1000 sellers growing 20 % a year, each hiring one: 1200 linked at a year, 200 created.
    Parameters p;
    p.set(ParameterId::InitialSellers, 1000);
    p.set(ParameterId::AnnualGrowthRate, 0.2);
    p.set(ParameterId::AnnualChurnRate, 0.0);
    p.set(ParameterId::HiresPerSeller, 1);
    p.set(ParameterId::SideBusinessShare, 0);
    p.set(ParameterId::ServiceJobsPer1000Sellers, 0);
    p.set(ParameterId::DisplacementShare, 0);
    p.set(ParameterId::ExportValuePerSeller, 0);
    p.set(ParameterId::HorizonYears, 1);
    p.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Linked));
    const auto lastRow = [](const std::string &csv) {
        const std::string trimmed = csv.substr(0, csv.size() - 1);
        return trimmed.substr(trimmed.rfind('\n') + 1);
    };
    EXPECT_EQ(lastRow(projectionCsv(p, project(p))), "2018-01,1200,1200,1200,0,1200,0,1200,200");
    p.set(ParameterId::JobCountBasis, static_cast<double>(JobCountBasis::Created));
    EXPECT_EQ(lastRow(projectionCsv(p, project(p))), "2018-01,1200,1200,1200,0,200,0,1200,200");
}
