#include "chartrenderer.h"

#include "comparechart.h"
#include "jobschart.h"

namespace pledgecheck {

void showCharts(const ChartSet &charts, const ChartInputs &inputs)
{
    for (const auto &chart : charts) {
        chart->setUncertainty(inputs.uncertainty.get());
        chart->setDatedEntries(&inputs.events, &inputs.observations);
        if (auto *jobs = dynamic_cast<JobsChart *>(chart.get()))
            jobs->setAxis(inputs.jobsAxis);
        if (auto *compare = dynamic_cast<CompareChart *>(chart.get())) {
            compare->setAxis(inputs.jobsAxis);
            compare->setCompared(inputs.compared.get());
        }
        chart->show(inputs.scenarioName, inputs.current, inputs.baseline);
    }
}

bool renderChart(ChartKind kind, const ChartInputs &inputs, const QString &path, QSize size,
                 QString *error, const ExportOptions &options)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (const auto problem = ChartPicture::checkSize(size))
        return fail(*problem);
    const ChartPicture picture(kind, inputs, size, options);
    // A picture that does not hold what it says is no picture: say why rather than write it.
    if (const auto problem = picture.problem())
        return fail(*problem);
    return picture.write(path, error);
}

} // namespace pledgecheck
