#include "comparison.h"

#include "parametertable.h"
#include "presetlibrary.h"
#include "printabletext.h"
#include "scenariofile.h"
#include "yearmonth.h"

#include <QFileInfo>

#include <charconv>
#include <cmath>

namespace pledgecheck {
namespace {

std::string number(double value)
{
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return std::string(buffer, end);
}

std::string optionalNumber(const std::optional<double> &value)
{
    return value ? number(*value) : std::string();
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string metDate(const ScenarioResults &results)
{
    const auto met = results.figures.targetMetMonth;
    if (!met)
        return {};
    const auto start = YearMonth::fromIndex(
        static_cast<int>(std::lround(results.parameters[ParameterId::Start])));
    return start.plusMonths(*met).toString();
}

} // namespace

ComparedScenario compareScenario(const Scenario &scenario, const QString &name)
{
    ComparedScenario compared;
    compared.name = name.isEmpty() ? QString::fromStdString(scenario.name) : name;
    // The same path as the window's document and --summary, so that a scenario compares as it
    // shows everywhere else.
    compared.results = ScenarioResults::of(scenario.parameters, scenario.events);
    compared.events = scenario.events.size();
    compared.observations = scenario.observations.size();
    return compared;
}

std::optional<Scenario> loadScenarioToCompare(const QString &nameOrFile, QString *error)
{
    for (const PresetInfo &preset : presetlibrary::list()) {
        if (preset.name == nameOrFile)
            return presetlibrary::load(preset.name, error);
    }
    // Whatever is there, or a name written as a path, is a file: the reader says what is wrong
    // with it (a folder, a device, no such file) better than "no preset or scenario file".
    if (QFileInfo::exists(nameOrFile) || nameOrFile.contains(QLatin1Char('/')))
        return scenariofile::read(nameOrFile, error);
    if (error) {
        QStringList names;
        for (const PresetInfo &preset : presetlibrary::list())
            names << preset.name;
        *error = QStringLiteral("no preset or scenario file called \"%1\"; the presets are: %2")
                     .arg(printableText(nameOrFile), names.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

bool parameterDiffers(ParameterId id, const std::vector<const Parameters *> &parameters)
{
    for (const Parameters *each : parameters) {
        if ((*each)[id] != (*parameters.front())[id])
            return true;
    }
    return false;
}

std::string comparisonCsv(const ComparedScenarios &scenarios)
{
    std::string csv = "scenario,jobs_at_horizon,jobs_created_at_horizon,"
                      "jobs_linked_at_horizon,share_of_target,target_met_date,sellers_at_horizon,"
                      "job_years_to_horizon,export_supported_jobs_at_horizon,"
                      "required_annual_growth_rate,required_hires_per_seller,"
                      "required_initial_sellers,events,observations";
    for (const ParameterDescriptor &d : parameterTable()) {
        csv += ',';
        csv += d.key;
    }
    csv += '\n';
    for (const ComparedScenario &scenario : scenarios) {
        const KeyFigures &f = scenario.results.figures;
        const Parameters &p = scenario.results.parameters;
        const std::vector<std::string> fields{
            csvField(scenario.name.toStdString()),
            number(f.jobsAtHorizon),
            number(f.jobsCreatedAtHorizon),
            number(f.jobsLinkedAtHorizon),
            number(f.shareOfTarget),
            metDate(scenario.results),
            number(f.sellersAtHorizon),
            number(f.jobYearsToHorizon),
            number(f.exportSupportedJobsAtHorizon),
            optionalNumber(f.requiredAnnualGrowthRate),
            optionalNumber(f.requiredHiresPerSeller),
            optionalNumber(f.requiredInitialSellers),
            std::to_string(scenario.events),
            std::to_string(scenario.observations),
        };
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0)
                csv += ',';
            csv += fields[i];
        }
        for (const ParameterDescriptor &d : parameterTable()) {
            csv += ',';
            csv += formatValue(d, p[d.id]);
        }
        csv += '\n';
    }
    return csv;
}

} // namespace pledgecheck
