#pragma once

#include "comparison.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace pledgecheck {

/// The Compare tab's table as text: one column per scenario (the current one first), the key
/// figures in rows, then a row per parameter, each parameter row saying whether its value
/// differs between the scenarios (the rows the tab highlights).
struct CompareTable {
    struct Row {
        QString label;
        QStringList cells; ///< one per column
        bool isParameter = false;
        bool differs = false; ///< a parameter whose values are not all the same
    };
    QStringList columns;
    std::vector<Row> rows;

    /// The table of @p current (named @p currentName) beside @p compared, in the window's
    /// language: counts and rates to three significant figures as the key figures write them.
    static CompareTable of(const QString &currentName, const ScenarioResults &current,
                           const ComparedScenarios &compared);
};

} // namespace pledgecheck
