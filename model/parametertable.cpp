#include "parametertable.h"

#include "yearmonth.h"

// The labels, units, sources and choices are marked for the window's catalogue (translations/);
// the command line and the files use them as they are.
#include <QtGlobal>

#include <charconv>
#include <cmath>
#include <system_error>

namespace pledgecheck {
namespace {

constexpr std::array<std::string_view, 3> kGrowthModelNames{
    QT_TRANSLATE_NOOP("Choice", "exponential"), QT_TRANSLATE_NOOP("Choice", "logistic"),
    QT_TRANSLATE_NOOP("Choice", "linear")};
constexpr std::array<std::string_view, 2> kJobCountBasisNames{
    QT_TRANSLATE_NOOP("Choice", "created"), QT_TRANSLATE_NOOP("Choice", "linked")};

// US sellers selling to China through Alibaba at the start of 2017, per CNNMoney.
constexpr double kInitialSellers2016 = 7000.0;
// Their 2016 sales to Chinese consumers, USD, per CNNMoney.
constexpr double kSales2016Usd = 15e9;

using K = ParameterKind;
using G = ParameterGroup;

// The defaults make up the "central estimate" preset; docs/model.md gives the reasoning at length.
// Adding a parameter is one row here, its equation in equations.h and its docs (docs/adding-a-parameter.md).
constexpr std::array<ParameterDescriptor, kParameterCount> kTable{{
    {.id = ParameterId::InitialSellers,
     .key = "initial_sellers",
     .label = QT_TRANSLATE_NOOP("Parameter", "Sellers at start"),
     .unit = QT_TRANSLATE_NOOP("Parameter", "sellers"),
     .unitOne = QT_TRANSLATE_NOOP("Parameter", "seller"),
     .group = G::Sellers,
     .defaultValue = kInitialSellers2016,
     .minimum = 1,
     .maximum = 1e7,
     .sliderMinimum = 1000,
     .sliderMaximum = 1e5,
     .step = 100,
     .logScale = true,
     .shortSource = "CNNMoney 2017",
     .source = QT_TRANSLATE_NOOP("Parameter",
                                 "CNNMoney (Jan 2017), from Alibaba: more than 7,000 US brands "
                                 "sold to Chinese consumers on "
                                 "Alibaba's sites in 2016.")},
    {.id = ParameterId::GrowthModel,
     .key = "growth_model",
     .label = QT_TRANSLATE_NOOP("Parameter", "Growth curve"),
     .unit = "",
     .kind = K::Choice,
     .group = G::Sellers,
     .defaultValue = 0,
     .minimum = 0,
     .maximum = 2,
     .step = 1,
     .choices = kGrowthModelNames,
     .changesByEvent = true,
     .shortSource = "judgement",
     .source = QT_TRANSLATE_NOOP(
         "Parameter",
         "Judgement: constant yearly growth (exponential) is the arithmetic of the pledge itself, "
         "7,000 sellers to one million in five years.")},
    {.id = ParameterId::AnnualGrowthRate,
     .key = "annual_growth_rate",
     .label = QT_TRANSLATE_NOOP("Parameter", "Yearly seller growth"),
     .unit = QT_TRANSLATE_NOOP("Parameter", "per year"),
     .group = G::Sellers,
     .defaultValue = 0.35,
     .minimum = -0.5,
     .maximum = 10,
     .sliderMinimum = 0,
     .sliderMaximum = 2,
     .step = 0.01,
     .percent = true,
     // Balding (Parkiet, 2017): a million jobs could take 25 to 40 years, i.e. sellers growing
     // (1e6/7000)^(1/40) - 1 = 13 % to (1e6/7000)^(1/25) - 1 = 22 % a year net; with 13 % churn,
     // 30 % to 40 % gross. The value is the centre of that range, so the draws' median is the
     // value. The draws hold churn while they draw growth: this range is already one of net growth
     // (Uncertainty::isHeld).
     .uncertainty = Distribution::triangular(0.30, 0.35, 0.40),
     .changesByEvent = true,
     .shortSource = "Balding 2017",
     .source
     = QT_TRANSLATE_NOOP("Parameter",
                         "Balding (Parkiet, 2017): a million jobs would take 25 to 40 years, "
                         "sellers growing 13 % to 22 % "
                         "a year net, 30 % to 40 % gross with 13 % churn; 35 % is its centre. "
                         "Foreign brands on Tmall "
                         "Global grew from 14,500 (Jan 2017) to 46,000 (2024), 17.9 % a year net "
                         "(Reuters Breakingviews; "
                         "Alizila), 35.6 % gross. (1 + 0.35) x (1 - 0.13) = 1.1745, 17.45 % net.")},
    {.id = ParameterId::AnnualChurnRate,
     .key = "annual_churn_rate",
     .label = QT_TRANSLATE_NOOP("Parameter", "Yearly seller churn"),
     .unit = QT_TRANSLATE_NOOP("Parameter", "per year"),
     .group = G::Sellers,
     .defaultValue = 0.13,
     .minimum = 0,
     .maximum = 0.9,
     .sliderMinimum = 0,
     .sliderMaximum = 0.4,
     .step = 0.01,
     .percent = true,
     // SBA Office of Advocacy: 79.9 % of new establishments survive their first year, a 20 % exit
     // rate at the worst; the low end mirrors it about the value (judgement), so the value is the
     // centre. Drawn only when growth is fixed (Uncertainty::isHeld).
     .uncertainty = Distribution::triangular(0.06, 0.13, 0.20),
     .changesByEvent = true,
     .shortSource = "SBA Advocacy",
     .source = QT_TRANSLATE_NOOP(
         "Parameter",
         "SBA Office of Advocacy FAQ: about half of new establishments survive five years, "
         "so 1 - 0.5^(1/5) = 13 % leave each year.")},
    {.id = ParameterId::MarketSize,
     .key = "market_size",
     .label = QT_TRANSLATE_NOOP("Parameter", "Market size (logistic cap)"),
     .unit = QT_TRANSLATE_NOOP("Parameter", "sellers"),
     .unitOne = QT_TRANSLATE_NOOP("Parameter", "seller"),
     .group = G::Sellers,
     .defaultValue = 31.7e6,
     .minimum = 1,
     .maximum = 5e7,
     .sliderMinimum = 1e5,
     .sliderMaximum = 5e7,
     .step = 1000,
     .logScale = true,
     .changesByEvent = true,
     .shortSource = "SBA Advocacy 2020",
     .source = QT_TRANSLATE_NOOP("Parameter",
                                 "SBA Office of Advocacy FAQ (Oct 2020): 31.7 million US small "
                                 "businesses, employers or not, "
                                 "as sellers here are. Used only by the logistic curve.")},
    {.id = ParameterId::HiresPerSeller,
     .key = "hires_per_seller",
     .label = QT_TRANSLATE_NOOP("Parameter", "Hires per hiring seller"),
     .unit = QT_TRANSLATE_NOOP("Parameter", "workers"),
     .unitOne = QT_TRANSLATE_NOOP("Parameter", "worker"),
     .group = G::Hiring,
     .defaultValue = 1,
     .minimum = 0,
     .maximum = 100,
     .sliderMinimum = 0,
     .sliderMaximum = 10,
     .step = 0.1,
     // Median one hire (the pledge); a 90th percentile of three, a Taobao Village shop's hires
     // besides its owner (AliResearch 2014: 4.0 jobs a shop).
     .uncertainty = Distribution::logNormal(1.0, 3.0),
     .changesByEvent = true,
     .shortSource = "Digital Commerce 360 2017; CNNMoney 2017",
     .source = QT_TRANSLATE_NOOP("Parameter",
                                 "Alibaba's own plan (Kuperman, Digital Commerce 360, Apr 2017) "
                                 "and CNNMoney (Jan 2017): one "
                                 "million jobs means each business hires one worker.")},
    {.id = ParameterId::SideBusinessShare,
     .key = "side_business_share",
     .label = QT_TRANSLATE_NOOP("Parameter", "Side businesses (hire no one)"),
     .unit = "",
     .group = G::Hiring,
     .defaultValue = 0.84,
     .minimum = 0,
     .maximum = 1,
     .sliderMinimum = 0,
     .sliderMaximum = 1,
     .step = 0.01,
     .percent = true,
     // SBA: 80 % of small businesses had no employees in the 2014 data, 81 % in 2017; about 88 %
     // of Etsy sellers work alone (Wired, 2015). The value is the middle of the two.
     .uncertainty = Distribution::triangular(0.80, 0.84, 0.88),
     .changesByEvent = true,
     .shortSource = "SBA Advocacy 2020; Wired 2015; judgement",
     .source = QT_TRANSLATE_NOOP("Parameter",
                                 "Between SBA Office of Advocacy FAQ (Oct 2020), 80 % to 81 % of "
                                 "all US small businesses have no "
                                 "employees, and Wired (2015), about 88 % of Etsy's online sellers "
                                 "work alone: 84 %, the middle "
                                 "(a judgement), as online sellers to China are small businesses "
                                 "that sell online. CNNMoney "
                                 "expects mom-and-pop side businesses.")},
    {.id = ParameterId::HiringLagMonths,
     .key = "hiring_lag_months",
     .label = QT_TRANSLATE_NOOP("Parameter", "Months from joining to hiring"),
     .unit = QT_TRANSLATE_NOOP("Parameter", "months"),
     .unitOne = QT_TRANSLATE_NOOP("Parameter", "month"),
     .kind = K::Integer,
     .group = G::Hiring,
     .defaultValue = 0,
     .minimum = 0,
     .maximum = 36,
     .step = 1,
     .shortSource = "judgement",
     .source = QT_TRANSLATE_NOOP(
         "Parameter", "Judgement: the pledge's arithmetic assumes a seller hires as it joins.")},
    {.id = ParameterId::ServiceJobsPer1000Sellers,
     .key = "service_jobs_per_1000_sellers",
     .label = QT_TRANSLATE_NOOP("Parameter", "Service jobs per 1,000 sellers"),
     .unit = QT_TRANSLATE_NOOP("Parameter", "jobs"),
     .unitOne = QT_TRANSLATE_NOOP("Parameter", "job"),
     .group = G::WiderEffects,
     .defaultValue = 75,
     .minimum = 0,
     .maximum = 1000,
     .sliderMinimum = 0,
     .sliderMaximum = 1000,
     .step = 5,
     // Ma's 500 per 1,000 counts the delivery work of Chinese sellers, in China. For US sellers at
     // most the 30 % of goods not stocked in China is handled in the US: 150 at the top, none at
     // the bottom (automated or all in China), the value the centre.
     .uncertainty = Distribution::triangular(0, 75, 150),
     .changesByEvent = true,
     .shortSource = "Jack Ma at Davos 2017; Alizila 2024; judgement",
     .source = QT_TRANSLATE_NOOP("Parameter",
                                 "Judgement from Jack Ma at Davos (Jan 2017): ten million Chinese "
                                 "sellers needed five million "
                                 "people to deliver their goods, 500 per 1,000, work done in "
                                 "China. For US sellers, over 70 % "
                                 "of Tmall Global's cross-border goods are stocked in warehouses "
                                 "in China (Alizila, 2024), so "
                                 "at most 30 % of that work, 150 per 1,000, is fulfilment, parcel "
                                 "carriage and shop agencies "
                                 "in the US; the value is the middle of none to 150.")},
    {.id = ParameterId::ExportValuePerSeller,
     .key = "export_value_per_seller",
     .label = QT_TRANSLATE_NOOP("Parameter", "Exports per seller"),
     .unit = QT_TRANSLATE_NOOP("Parameter", "USD a year"),
     .group = G::WiderEffects,
     .defaultValue = kSales2016Usd / kInitialSellers2016,
     .minimum = 0,
     .maximum = 1e9,
     .sliderMinimum = 1000,
     .sliderMaximum = 1e8,
     .step = 10000,
     .logScale = true,
     .changesByEvent = true,
     .shortSource = "CNNMoney 2017",
     .source = QT_TRANSLATE_NOOP("Parameter",
                                 "CNNMoney (Jan 2017), from Alibaba: 7,000 US brands sold $15 "
                                 "billion to Chinese consumers in "
                                 "2016, $2.14 million each.")},
    {.id = ParameterId::JobsPerBillionExports,
     .key = "jobs_per_billion_exports",
     .label = QT_TRANSLATE_NOOP("Parameter", "Jobs per $1B of exports"),
     .unit = QT_TRANSLATE_NOOP("Parameter", "jobs"),
     .unitOne = QT_TRANSLATE_NOOP("Parameter", "job"),
     .group = G::WiderEffects,
     .defaultValue = 5744,
     .minimum = 0,
     .maximum = 20000,
     .sliderMinimum = 0,
     .sliderMaximum = 12000,
     .step = 10,
     .changesByEvent = true,
     .shortSource = "US Commerce Dept 2017",
     .source = QT_TRANSLATE_NOOP(
         "Parameter",
         "US Commerce Dept, International Trade Administration, Jobs Supported by Exports 2016 "
         "(Aug 2017): 5,744 US jobs per $1 billion of exports.")},
    {.id = ParameterId::DisplacementShare,
     .key = "displacement_share",
     .label = QT_TRANSLATE_NOOP("Parameter", "Displaced (would exist anyway)"),
     .unit = "",
     .group = G::WiderEffects,
     .defaultValue = 0.25,
     .minimum = 0,
     .maximum = 1,
     .sliderMinimum = 0,
     .sliderMaximum = 1,
     .step = 0.01,
     .percent = true,
     // Judgement in the HCA additionality frame: none to half displaced.
     .uncertainty = Distribution::triangular(0.0, 0.25, 0.5),
     .changesByEvent = true,
     .shortSource = "UK HCA 2014; judgement",
     .source = QT_TRANSLATE_NOOP("Parameter",
                                 "Judgement, in the additionality frame of the UK HCA "
                                 "Additionality Guide (2014): a quarter "
                                 "of the jobs would have existed anyway, sales moved from other "
                                 "channels or other exporters.")},
    {.id = ParameterId::TargetJobs,
     .key = "target_jobs",
     .label = QT_TRANSLATE_NOOP("Parameter", "Pledged jobs"),
     .unit = QT_TRANSLATE_NOOP("Parameter", "jobs"),
     .unitOne = QT_TRANSLATE_NOOP("Parameter", "job"),
     .group = G::Pledge,
     .defaultValue = 1e6,
     .minimum = 1,
     .maximum = 1e9,
     .sliderMinimum = 1e4,
     .sliderMaximum = 1e7,
     .step = 10000,
     .logScale = true,
     .shortSource = "CNNMoney 2017",
     .source = QT_TRANSLATE_NOOP(
         "Parameter",
         "Jack Ma's pledge to Donald Trump, 9 Jan 2017: one million US jobs in five years "
         "(CNNMoney; Forbes).")},
    {.id = ParameterId::JobCountBasis,
     .key = "job_count_basis",
     .label = QT_TRANSLATE_NOOP("Parameter", "Jobs counted"),
     .unit = "",
     .kind = K::Choice,
     .group = G::Pledge,
     .defaultValue = static_cast<double>(JobCountBasis::Created),
     .minimum = 0,
     .maximum = 1,
     .step = 1,
     .choices = kJobCountBasisNames,
     .sinceVersion = 3,
     .shortSource = "CNNMoney 2017",
     .source = QT_TRANSLATE_NOOP(
         "Parameter",
         "The pledge was to create jobs: Ma \"pledged to create one million jobs\" and it \"would "
         "require each of those businesses to hire one new worker\" (CNNMoney, Jan 2017); \"one "
         "million new jobs\" (Forbes, Jan 2017). So created, J(t) - J(0), counts the jobs added "
         "since the start month; linked counts every job linked to the sellers, those of the start "
         "month included, as the pledge's own arithmetic (7,000 to one million businesses, one "
         "hire "
         "each) does.")},
    {.id = ParameterId::Start,
     .key = "start",
     .label = QT_TRANSLATE_NOOP("Parameter", "Start month"),
     .unit = "",
     .kind = K::Month,
     .group = G::Pledge,
     .defaultValue = YearMonth {2017, 1}.toIndex(),
     .minimum = YearMonth {1990, 1}.toIndex(),
     .maximum = YearMonth {2100, 12}.toIndex(),
     .step = 1,
     .shortSource = "CNNMoney 2017",
     .source
     = QT_TRANSLATE_NOOP("Parameter", "The pledge was made in January 2017 (CNNMoney; Forbes).")},
    {.id = ParameterId::HorizonYears,
     .key = "horizon_years",
     .label = QT_TRANSLATE_NOOP("Parameter", "Horizon"),
     .unit = QT_TRANSLATE_NOOP("Parameter", "years"),
     .unitOne = QT_TRANSLATE_NOOP("Parameter", "year"),
     .kind = K::Integer,
     .group = G::Pledge,
     .defaultValue = 5,
     .minimum = 1,
     .maximum = 30,
     .step = 1,
     .shortSource = "CNNMoney 2017",
     .source = QT_TRANSLATE_NOOP("Parameter",
                                 "The pledge's own term: five years, 2017 to 2021 (CNNMoney).")},
}};

std::string formatNumber(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

} // namespace

const std::array<ParameterDescriptor, kParameterCount> &parameterTable()
{
    return kTable;
}

const ParameterDescriptor &descriptor(ParameterId id)
{
    return kTable[static_cast<std::size_t>(id)];
}

std::optional<ParameterId> findParameter(std::string_view key)
{
    for (const ParameterDescriptor &d : kTable) {
        if (d.key == key)
            return d.id;
    }
    return std::nullopt;
}

std::optional<double> choiceValue(const ParameterDescriptor &d, std::string_view name)
{
    for (std::size_t i = 0; i < d.choices.size(); ++i) {
        if (d.choices[i] == name)
            return static_cast<double>(i);
    }
    return std::nullopt;
}

std::string formatValue(const ParameterDescriptor &d, double value)
{
    switch (d.kind) {
    case ParameterKind::Month:
        return YearMonth::fromIndex(static_cast<int>(std::lround(value))).toString();
    case ParameterKind::Choice: {
        const auto index = static_cast<std::size_t>(std::lround(value));
        return index < d.choices.size() ? std::string(d.choices[index]) : formatNumber(value);
    }
    case ParameterKind::Real:
    case ParameterKind::Integer:
        break;
    }
    return formatNumber(value);
}

std::optional<double> parseValue(const ParameterDescriptor &d, std::string_view text)
{
    switch (d.kind) {
    case ParameterKind::Month: {
        const auto month = YearMonth::parse(text);
        if (!month)
            return std::nullopt;
        return static_cast<double>(month->toIndex());
    }
    case ParameterKind::Choice:
        return choiceValue(d, text);
    case ParameterKind::Real:
    case ParameterKind::Integer:
        break;
    }
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::string describeRange(const ParameterDescriptor &d)
{
    if (d.kind == ParameterKind::Choice) {
        std::string names;
        for (std::size_t i = 0; i < d.choices.size(); ++i) {
            if (i > 0)
                names += i + 1 == d.choices.size() ? " or " : ", ";
            names += d.choices[i];
        }
        return names;
    }
    std::string range = formatValue(d, d.minimum) + " to " + formatValue(d, d.maximum);
    if (d.kind == ParameterKind::Integer)
        range += ", a whole number";
    return range;
}

std::optional<ModelMessage> checkValue(const ParameterDescriptor &d, double value)
{
    const bool wholeNumberKind = d.kind != ParameterKind::Real;
    const bool valid = std::isfinite(value) && value >= d.minimum && value <= d.maximum
                       && (!wholeNumberKind || value == std::floor(value));
    if (valid)
        return std::nullopt;
    // A month is shown as the analyst wrote it; anything else, including a bad choice index, as a
    // number (messagearg::Value).
    return ModelMessage(MessageId::ValueOutOfRange,
                        {messagearg::Parameter{d.id}, messagearg::Value{d.id, value}, messagearg::Range{d.id}});
}

} // namespace pledgecheck
