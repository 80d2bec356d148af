#include "yearmonth.h"

#include <cstdio>

namespace pledgecheck {

std::string YearMonth::toString() const
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    return buffer;
}

std::optional<YearMonth> YearMonth::parse(std::string_view text)
{
    if (text.size() != 7 || text[4] != '-')
        return std::nullopt;
    const auto readDigits = [](std::string_view digits) -> std::optional<int> {
        int value = 0;
        for (char c : digits) {
            if (c < '0' || c > '9')
                return std::nullopt;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    const auto year = readDigits(text.substr(0, 4));
    const auto month = readDigits(text.substr(5, 2));
    if (!year || !month || *month < 1 || *month > 12)
        return std::nullopt;
    return YearMonth{*year, *month};
}

} // namespace pledgecheck
