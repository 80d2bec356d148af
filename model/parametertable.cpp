#include "parametertable.h"

#include "yearmonth.h"

#include <charconv>
#include <cmath>
#include <system_error>

namespace pledgecheck {
namespace {

constexpr std::array<std::string_view, 3> kGrowthModelNames{"exponential", "logistic", "linear"};

// US sellers selling to China through Alibaba at the start of 2017, per CNNMoney.
constexpr double kInitialSellers2016 = 7000.0;
// Their 2016 sales to Chinese consumers, USD, per CNNMoney.
constexpr double kSales2016Usd = 15e9;

using K = ParameterKind;
using G = ParameterGroup;

// The defaults make up the "central estimate" preset; docs/model.md gives the reasoning at length.
const std::array<ParameterDescriptor, kParameterCount> kTable{{
    {ParameterId::InitialSellers, "initial_sellers", "Sellers at start", "sellers", K::Real,
     G::Sellers, kInitialSellers2016, 1, 1e7, 100, false, true,
     "CNNMoney (Jan 2017), from Alibaba: more than 7,000 US brands sold to Chinese consumers on "
     "Alibaba's sites in 2016.",
     {}},
    {ParameterId::GrowthModel, "growth_model", "Growth curve", "", K::Choice, G::Sellers, 0, 0, 2,
     1, false, false,
     "Judgement: constant yearly growth (exponential) is the arithmetic of the pledge itself, "
     "7,000 sellers to one million in five years.",
     kGrowthModelNames},
    {ParameterId::AnnualGrowthRate, "annual_growth_rate", "Yearly seller growth", "per year",
     K::Real, G::Sellers, 0.36, -0.5, 10, 0.01, true, false,
     "Foreign brands on Tmall Global grew from 14,500 (Jan 2017) to 46,000 (2024), about 18 % a "
     "year net of exits (Reuters Breakingviews; Alizila). With 13 % churn, (1 + 0.36) x (1 - 0.13) "
     "= 1.18.",
     {}},
    {ParameterId::AnnualChurnRate, "annual_churn_rate", "Yearly seller churn", "per year",
     K::Real, G::Sellers, 0.13, 0, 0.9, 0.01, true, false,
     "SBA Office of Advocacy FAQ: about half of new establishments survive five years, "
     "so 1 - 0.5^(1/5) = 13 % leave each year.",
     {}},
    {ParameterId::MarketSize, "market_size", "Market size (logistic cap)", "sellers", K::Real,
     G::Sellers, 31.7e6, 1, 5e7, 1000, false, true,
     "SBA Office of Advocacy FAQ (Oct 2020): 31.7 million US small businesses, employers or not, "
     "as sellers here are. Used only by the logistic curve.",
     {}},
    {ParameterId::HiresPerSeller, "hires_per_seller", "Hires per hiring seller", "workers",
     K::Real, G::Hiring, 1, 0, 100, 0.1, false, false,
     "Alibaba's own plan (Kuperman, Digital Commerce 360, Apr 2017) and CNNMoney (Jan 2017): one "
     "million jobs means each business hires one worker.",
     {}},
    {ParameterId::SideBusinessShare, "side_business_share", "Side businesses (hire no one)", "",
     K::Real, G::Hiring, 0.81, 0, 1, 0.01, true, false,
     "SBA Office of Advocacy FAQ (Oct 2020): 81 % of US small businesses have no employees. "
     "CNNMoney expects mom-and-pop side businesses; 83 % of Etsy sellers work without help (2013).",
     {}},
    {ParameterId::HiringLagMonths, "hiring_lag_months", "Months from joining to hiring",
     "months", K::Integer, G::Hiring, 0, 0, 36, 1, false, false,
     "Judgement: the pledge's arithmetic assumes a seller hires as it joins.", {}},
    {ParameterId::ServiceJobsPer1000Sellers, "service_jobs_per_1000_sellers",
     "Service jobs per 1,000 sellers", "jobs", K::Real, G::WiderEffects, 500, 0, 1000, 5, false,
     false,
     "Judgement from Jack Ma at Davos (Jan 2017): about ten million sellers needed five million "
     "people to deliver their goods, 500 per 1,000. Generous for US sellers: much of that work is "
     "in China and Alibaba's warehouses are automated (CNNMoney).",
     {}},
    {ParameterId::ExportValuePerSeller, "export_value_per_seller", "Exports per seller",
     "USD a year", K::Real, G::WiderEffects, kSales2016Usd / kInitialSellers2016, 0, 1e9, 10000,
     false, true,
     "CNNMoney (Jan 2017), from Alibaba: 7,000 US brands sold $15 billion to Chinese consumers in "
     "2016, $2.14 million each.",
     {}},
    {ParameterId::JobsPerBillionExports, "jobs_per_billion_exports", "Jobs per $1B of exports",
     "jobs", K::Real, G::WiderEffects, 5744, 0, 20000, 10, false, false,
     "US Commerce Dept, International Trade Administration, Jobs Supported by Exports 2016 "
     "(Aug 2017): 5,744 US jobs per $1 billion of exports.",
     {}},
    {ParameterId::DisplacementShare, "displacement_share", "Displaced (would exist anyway)", "",
     K::Real, G::WiderEffects, 0.25, 0, 1, 0.01, true, false,
     "Judgement, in the additionality frame of the UK HCA Additionality Guide (2014): a quarter "
     "of the jobs would have existed anyway, sales moved from other channels or other exporters.",
     {}},
    {ParameterId::TargetJobs, "target_jobs", "Pledged jobs", "jobs", K::Real, G::Pledge, 1e6, 1,
     1e9, 10000, false, true,
     "Jack Ma's pledge to Donald Trump, 9 Jan 2017: one million US jobs in five years "
     "(CNNMoney; Forbes).",
     {}},
    {ParameterId::Start, "start", "Start month", "", K::Month, G::Pledge,
     YearMonth{2017, 1}.toIndex(), YearMonth{1990, 1}.toIndex(), YearMonth{2100, 12}.toIndex(), 1,
     false, false, "The pledge was made in January 2017 (CNNMoney; Forbes).", {}},
    {ParameterId::HorizonYears, "horizon_years", "Horizon", "years", K::Integer, G::Pledge, 5, 1,
     30, 1, false, false, "The pledge's own term: five years, 2017 to 2021 (CNNMoney).", {}},
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

std::optional<std::string> checkValue(const ParameterDescriptor &d, double value)
{
    const bool wholeNumberKind = d.kind != ParameterKind::Real;
    const bool valid = std::isfinite(value) && value >= d.minimum && value <= d.maximum
                       && (!wholeNumberKind || value == std::floor(value));
    if (valid)
        return std::nullopt;
    // A month is shown as the analyst wrote it; anything else, including a bad choice index, as a number.
    const bool monthText = d.kind == ParameterKind::Month && std::isfinite(value)
                           && value == std::floor(value);
    const std::string shown = monthText ? formatValue(d, value) : formatNumber(value);
    return std::string(d.key) + " = " + shown + " is not valid: the valid range is "
           + describeRange(d);
}

} // namespace pledgecheck
