#pragma once

#include <Eigen/Core>

#include <QString>
#include <QStringList>

#include <optional>

namespace pledgecheck {

/// How the jobs chart scales its count axis: chosen for the data (the default), or as asked.
enum class JobsAxis { Auto, Linear, Log };

/// "auto", "linear", "log": as --jobs-axis and the settings write them.
QString jobsAxisName(JobsAxis axis);
std::optional<JobsAxis> jobsAxisNamed(const QString &name);
QStringList jobsAxisNames();

/// What the jobs chart must keep readable, on the scenario's basis.
struct JobsScaleInputs {
    double pledge = 0;
    /// J(t) for every month t; on the created basis J(0) is 0 by definition.
    Eigen::ArrayXd projection;
    /// The 10th and 90th percentiles of the draws for every month, or empty without draws.
    Eigen::ArrayXd bandLow;
    Eigen::ArrayXd bandHigh;
};

/// The scale the jobs chart draws on, and why.
struct JobsScale {
    bool logarithmic = false;
    /// The linear axis is fitted to the jobs and leaves the pledge above it, marked at the top edge
    /// with its figure: auto's choice where jobs are lost (no logarithm) and an axis up to the
    /// pledge would flatten them under a tenth of it.
    bool pledgeAbove = false;
    /// Why auto chose it, in a few words for the axis title; empty when the setting chose it.
    QString reason;
};

/// The projection and its band must be readable beside the pledge. `auto` (docs/model.md,
/// "Charts") takes the logarithmic axis when, on a linear axis from 0 to the pledge or the
/// band's top, the projection's top would sit under a tenth of the axis (a flat line on its
/// floor), or the band's 90th percentile at the horizon would be more than 20 times its 10th
/// (the lower half of the band crushed). A logarithm has no zero or losses: where the projection
/// or the band falls below zero after the start month, auto keeps the linear axis and says so, and
/// if the pledge would flatten the jobs on it, fits that axis to the jobs with the pledge above.
/// The export lens and the baseline never choose the axis.
JobsScale chooseJobsScale(JobsAxis setting, const JobsScaleInputs &inputs);

/// The thresholds of the rule, for its tests and docs.
inline constexpr double kReadableShare = 0.10;
inline constexpr double kLargestBandRatio = 20.0;

} // namespace pledgecheck
