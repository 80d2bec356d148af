#include "jobsaxis.h"

#include <QCoreApplication>
#include <QObject>

#include <algorithm>

namespace pledgecheck {

QString jobsAxisName(JobsAxis axis)
{
    switch (axis) {
    case JobsAxis::Auto: return QStringLiteral("auto");
    case JobsAxis::Linear: return QStringLiteral("linear");
    case JobsAxis::Log: return QStringLiteral("log");
    }
    return {};
}

std::optional<JobsAxis> jobsAxisNamed(const QString &name)
{
    for (JobsAxis axis : {JobsAxis::Auto, JobsAxis::Linear, JobsAxis::Log}) {
        if (jobsAxisName(axis) == name)
            return axis;
    }
    return std::nullopt;
}

QStringList jobsAxisNames()
{
    return {jobsAxisName(JobsAxis::Auto), jobsAxisName(JobsAxis::Linear), jobsAxisName(JobsAxis::Log)};
}

JobsScale chooseJobsScale(JobsAxis setting, const JobsScaleInputs &in)
{
    if (setting != JobsAxis::Auto)
        return {setting == JobsAxis::Log, false, {}};
    const Eigen::Index months = in.projection.size();
    if (months == 0)
        return {};
    const bool banded = in.bandLow.size() == months && in.bandHigh.size() == months;
    // The start month is 0 on the created basis by definition: drawn at the log axis's floor, it
    // is no loss. Any month after it below zero is.
    const Eigen::Index later = std::min<Eigen::Index>(1, months - 1);
    double lowest = in.projection.tail(months - later).minCoeff();
    if (banded)
        lowest = std::min(lowest, in.bandLow.tail(months - later).minCoeff());
    double top = in.projection.maxCoeff();
    if (banded)
        top = std::max(top, in.bandHigh.maxCoeff());
    const double axisTop = std::max(top, in.pledge);

    const bool flat = top < kReadableShare * axisTop;
    const double horizonLow = banded ? in.bandLow(months - 1) : 0;
    const bool crushedBand = banded && horizonLow > 0 && in.bandHigh(months - 1) > kLargestBandRatio * horizonLow;
    if (!flat && !crushedBand)
        return {};
    if (lowest < 0 && flat)
        return {false, true,
                QCoreApplication::translate(
                    "JobsAxis", "linear, fitted to the jobs: losses cannot be drawn on a logarithmic "
                                "axis, and the pledge would flatten them")};
    if (lowest < 0)
        return {false, false,
                QCoreApplication::translate(
                    "JobsAxis", "linear: jobs lost cannot be drawn on a logarithmic axis")};
    return {true, false,
            flat ? QCoreApplication::translate(
                "JobsAxis", "logarithmic: on a linear one it would lie under a tenth of the axis")
                 : QCoreApplication::translate(
                     "JobsAxis", "logarithmic: the draws span more than a factor of 20")};
}

} // namespace pledgecheck
