#pragma once

#include "comparison.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace pledgecheck {

/// The Compare tab's table as text: one column per scenario (the current one first). The rows:
/// first the parameters whose values differ between the scenarios (what a reader looks for, so
/// that they show above the fold of a short window), then the numbers of events and reported
/// figures, the key figures, and last the parameters that are the same.
struct CompareTable {
    struct Row {
        QString label;
        QStringList cells; ///< one per column
        bool isParameter = false;
        bool differs = false; ///< a parameter, or a count of entries, not the same in every column
    };
    QStringList columns;
    std::vector<Row> rows;

    /// The table of @p current (under its name) beside @p compared, in the window's language:
    /// counts and rates to three significant figures as the key figures write them.
    static CompareTable of(const ComparedScenario &current, const ComparedScenarios &compared);
};

} // namespace pledgecheck
