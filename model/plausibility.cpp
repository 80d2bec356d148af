#include "plausibility.h"

#include "eventspans.h"

#include "yearmonth.h"

// Labels and sources are marked for the window's catalogue (translations/); --summary uses them
// as they are.
#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace pledgecheck {
namespace {

struct YearlyExports {
    int year;
    double usd;
    std::string_view boundLabel;
    std::string_view source;
};

// US goods exports to China by year. The two reports that give two years each are cited for both.
constexpr std::array<YearlyExports, 5> kGoodsExportsToChina{{
    {2016, 115.6e9, QT_TRANSLATE_NOOP("PlausibilityCheck", "all US goods exports to China in 2016"),
     QT_TRANSLATE_NOOP(
         "PlausibilityCheck",
         "USITC, Trade Shifts 2017: US goods exports to China were $115.6 billion in 2016")},
    {2017, 130.4e9, QT_TRANSLATE_NOOP("PlausibilityCheck", "all US goods exports to China in 2017"),
     QT_TRANSLATE_NOOP(
         "PlausibilityCheck",
         "USITC, Trade Shifts 2017: US goods exports to China were $130.4 billion in 2017")},
    {2018, 120.1e9, QT_TRANSLATE_NOOP("PlausibilityCheck", "all US goods exports to China in 2018"),
     QT_TRANSLATE_NOOP(
         "PlausibilityCheck",
         "USITC, Trade Shifts 2019: US goods exports to China were $120.1 billion in 2018")},
    {2019, 106.6e9, QT_TRANSLATE_NOOP("PlausibilityCheck", "all US goods exports to China in 2019"),
     QT_TRANSLATE_NOOP(
         "PlausibilityCheck",
         "USITC, Trade Shifts 2019: US goods exports to China were $106.6 billion in 2019")},
    {2020, 124.5e9, QT_TRANSLATE_NOOP("PlausibilityCheck", "all US goods exports to China in 2020"),
     QT_TRANSLATE_NOOP("PlausibilityCheck",
                       "USTR (2020): US goods exports to China were $124.5 billion in 2020")},
}};

// @p exportValue holds the export value per seller of each month where events change it, and is
// empty where the parameter's own value holds throughout (no allocation on a slider step).
double quantityAt(PlausibilityQuantity quantity, const Parameters &parameters, const Eigen::ArrayXd &exportValue,
                  const Projection &projection, Eigen::Index month)
{
    switch (quantity) {
    case PlausibilityQuantity::SalesToChina:
        return projection.sellers(month)
               * (exportValue.size() > 0 ? exportValue(month) : parameters[ParameterId::ExportValuePerSeller]);
    case PlausibilityQuantity::Sellers: return projection.sellers(month);
    case PlausibilityQuantity::ExportSupportedJobs: return projection.exportSupportedJobs(month);
    }
    return 0.0;
}

} // namespace

std::array<PlausibilityCheck, kPlausibilityCheckCount> plausibilityChecks(int startYear)
{
    const int year = std::clamp(startYear, kGoodsExportsToChina.front().year,
                                kGoodsExportsToChina.back().year);
    const YearlyExports &china = kGoodsExportsToChina[year - kGoodsExportsToChina.front().year];
    return {{
        {"sales_vs_us_goods_exports_to_china",
         QT_TRANSLATE_NOOP("PlausibilityCheck", "Sales to China against US goods exports to China"),
         PlausibilityQuantity::SalesToChina, china.boundLabel, china.usd, china.source},
        // "Nearly" $1.7 trillion taken as 1.7 trillion: the check errs towards staying silent.
        {"sales_vs_all_us_goods_exports",
         QT_TRANSLATE_NOOP("PlausibilityCheck", "Sales to China against all US goods exports"),
         PlausibilityQuantity::SalesToChina,
         QT_TRANSLATE_NOOP("PlausibilityCheck", "all US goods exports in 2018"), 1.7e12,
         QT_TRANSLATE_NOOP(
             "PlausibilityCheck",
             "USITC, Trade Shifts 2018: all US goods exports were nearly $1.7 trillion in 2018")},
        {"sellers_vs_small_goods_exporters",
         QT_TRANSLATE_NOOP("PlausibilityCheck", "Sellers against US small goods exporters"),
         PlausibilityQuantity::Sellers,
         QT_TRANSLATE_NOOP("PlausibilityCheck", "all US small businesses exporting goods in 2015"),
         287835,
         QT_TRANSLATE_NOOP("PlausibilityCheck",
                           "SBA Office of Advocacy, Frequently Asked Questions, from ITA and "
                           "Census: 287,835 small "
                           "businesses exported goods in 2015, 97.6 % of goods exporters (firms "
                           "with a shipment of "
                           "$2,501 or more only)")},
        {"sellers_vs_small_businesses",
         QT_TRANSLATE_NOOP("PlausibilityCheck", "Sellers against US small businesses"),
         PlausibilityQuantity::Sellers,
         QT_TRANSLATE_NOOP("PlausibilityCheck", "all US small businesses in 2017"), 31.7e6,
         QT_TRANSLATE_NOOP(
             "PlausibilityCheck",
             "SBA Office of Advocacy, Frequently Asked Questions (Oct 2020): 31.7 million US small "
             "businesses, employers or not (2017 data)")},
        {"export_jobs_vs_jobs_supported_by_exports",
         QT_TRANSLATE_NOOP("PlausibilityCheck",
                           "Export-supported jobs against US jobs supported by exports"),
         PlausibilityQuantity::ExportSupportedJobs,
         QT_TRANSLATE_NOOP("PlausibilityCheck", "all US jobs supported by exports in 2016"), 10.7e6,
         QT_TRANSLATE_NOOP(
             "PlausibilityCheck",
             "US Commerce Dept, International Trade Administration, Jobs Supported by Exports 2016 "
             "(Aug 2017): exports supported 10.7 million US jobs in 2016")},
    }};
}

PlausibilityFindings checkPlausibility(const Parameters &parameters, const Projection &projection)
{
    return checkPlausibility(parameters, ScenarioEvents{}, projection);
}

PlausibilityFindings checkPlausibility(const Parameters &parameters, const ScenarioEvents &events,
                                       const Projection &projection)
{
    const int startYear =
        YearMonth::fromIndex(static_cast<int>(std::lround(parameters[ParameterId::Start]))).year;
    const auto checks = plausibilityChecks(startYear);
    const Eigen::Index horizon = projection.lastMonth();
    Eigen::ArrayXd exportValue;
    if (!events.empty())
        valuesOverMonths(eventSpans(parameters, events), ParameterId::ExportValuePerSeller, horizon + 1, exportValue);
    PlausibilityFindings findings;
    for (int i = 0; i < kPlausibilityCheckCount; ++i) {
        PlausibilityFinding &finding = findings[i];
        finding.check = checks[i];
        const PlausibilityQuantity quantity = finding.check.quantity;
        finding.valueAtHorizon = quantityAt(quantity, parameters, exportValue, projection, horizon);
        for (Eigen::Index t = 0; t <= horizon; ++t) {
            if (quantityAt(quantity, parameters, exportValue, projection, t) > finding.check.bound) {
                finding.firstMonthExceeded = static_cast<int>(t);
                break;
            }
        }
    }
    return findings;
}

} // namespace pledgecheck
