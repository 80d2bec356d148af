#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pledgecheck {

/// A calendar month. Stored in parameters as the index year*12 + (month-1), so that adding a
/// number of months is plain addition.
struct YearMonth {
    int year = 0;
    int month = 1; ///< 1 to 12

    constexpr int toIndex() const { return year * 12 + (month - 1); }
    static constexpr YearMonth fromIndex(int index)
    {
        const int year = index >= 0 ? index / 12 : (index - 11) / 12;
        return {year, index - year * 12 + 1};
    }
    YearMonth plusMonths(int months) const { return fromIndex(toIndex() + months); }

    /// "2017-01"
    std::string toString() const;
    /// Reads "YYYY-MM" (four-digit year, two-digit month 01-12); none for anything else.
    static std::optional<YearMonth> parse(std::string_view text);

    friend bool operator==(const YearMonth &, const YearMonth &) = default;
};

} // namespace pledgecheck
