#include "headlessrun.h"

#include "atomicfile.h"
#include "chartrenderer.h"
#include "comparison.h"
#include "frontier.h"
#include "keyfiguresjson.h"
#include "montecarlo.h"
#include "observationjson.h"
#include "parametertable.h"
#include "presetlibrary.h"
#include "printabletext.h"
#include "projectioncsv.h"
#include "scenarioresults.h"
#include "scenariofile.h"
#include "scenarioeventrules.h"
#include "uncertaintyresults.h"

#include <QJsonDocument>

#include <stdexcept>

namespace pledgecheck {
namespace {

QString unitForCommandLine(const ParameterDescriptor &d)
{
    switch (d.kind) {
    case ParameterKind::Month:
        return QStringLiteral("YYYY-MM");
    case ParameterKind::Choice:
        return QStringLiteral("choice");
    case ParameterKind::Real:
    case ParameterKind::Integer:
        break;
    }
    const QString unit = QString::fromUtf8(d.unit.data(), d.unit.size());
    if (d.percent) // rates are fractions on the command line and in files
        return unit.isEmpty() ? QStringLiteral("fraction") : QStringLiteral("fraction ") + unit;
    return unit;
}

void listParameters(QTextStream &out)
{
    for (const ParameterDescriptor &d : parameterTable()) {
        out << QString::fromUtf8(d.key.data(), d.key.size()) << '\t' << unitForCommandLine(d)
            << '\t' << QString::fromStdString(describeRange(d)) << '\t'
            << QString::fromStdString(formatValue(d, d.defaultValue)) << '\t'
            << QString::fromUtf8(d.source.data(), d.source.size()) << '\n';
    }
}

void listPresets(QTextStream &out)
{
    for (const PresetInfo &preset : presetlibrary::list())
        out << preset.name << '\t' << preset.title << '\n';
}

// The scenario's own events and reports, checked again against the start and horizon --set may
// have moved, then the --event ones after them. False with the one line that refuses them.
bool addEvents(Scenario &scenario, const CommandLineOptions &options, QString *error)
{
    const auto fail = [error](const QString &where, const ModelMessage &problem) {
        *error = QStringLiteral("%1: %2").arg(where, QString::fromStdString(problem.text()));
        return false;
    };
    if (auto problem
        = eventrules::entriesProblem(scenario.events, scenario.observations, scenario.parameters))
        return fail(QStringLiteral("after --set"), *problem);
    for (const CommandLineEvent &added : options.events) {
        scenario.events.push_back(added.event);
        if (auto problem = eventrules::eventsProblem(scenario.events, scenario.parameters))
            return fail(QStringLiteral("--event %1").arg(printableText(added.text)), *problem);
    }
    return true;
}

// Fits @p ids to @p scenario's observations and sets the fitted values, as --fit asks.
bool applyFit(const std::vector<ParameterId> &ids, Scenario &scenario, QString *error,
              std::optional<FitResult> *fit)
{
    if (const auto problem = fitProblem(ids, scenario.observations, scenario.parameters)) {
        *error = QStringLiteral("--fit: %1").arg(QString::fromStdString(problem->text()));
        return false;
    }
    FitResult result = fitToObservations(scenario.parameters, ids, scenario.observations, scenarioProjector(scenario));
    for (const ParameterId id : result.fitted)
        scenario.setParameter(id, result.parameters[id]);
    if (fit)
        *fit = std::move(result);
    return true;
}

} // namespace

std::optional<Scenario> startingScenario(const CommandLineOptions &options, QString *error,
                                         std::optional<FitResult> *fit, const Scenario *given)
{
    std::optional<Scenario> scenario;
    if (given)
        scenario = *given;
    else if (!options.scenarioFile.isEmpty())
        scenario = scenariofile::read(options.scenarioFile, error);
    else
        scenario = presetlibrary::load(options.preset.isEmpty()
                                           ? QString::fromLatin1(presetlibrary::kDefaultPreset)
                                           : options.preset,
                                       error);
    if (!scenario)
        return std::nullopt;
    for (const ParameterOverride &override : options.overrides)
        scenario->setParameter(override.id, override.value);
    if (options.samples)
        scenario->uncertainty.samples = *options.samples;
    if (options.seed)
        scenario->uncertainty.seed = *options.seed;
    if (const auto problem = scenario->parameters.validate()) {
        *error = QStringLiteral("after --set: %1").arg(QString::fromStdString(problem->text()));
        return std::nullopt;
    }
    if (!addEvents(*scenario, options, error))
        return std::nullopt;
    if (!options.fit.empty() && !applyFit(options.fit, *scenario, error, fit))
        return std::nullopt;
    return scenario;
}

namespace {

int runCommand(const CommandLineOptions &options, QTextStream &out, QTextStream &err, const Scenario *given)
{
    const auto fail = [&err](const QString &message) {
        err << "pledgecheck: " << message << '\n';
        err.flush();
        return ExitBadInput;
    };
    if (options.listParameters)
        listParameters(out);
    if (options.listPresets)
        listPresets(out);
    if (!options.summary && options.csvFile.isEmpty() && options.frontierCsvFile.isEmpty()
        && options.compareCsvFile.isEmpty() && options.saveFile.isEmpty() && options.pngFile.isEmpty())
        return ExitSuccess;

    QString error;
    std::optional<FitResult> fit;
    const auto scenario = startingScenario(options, &error, &fit, given);
    if (!scenario)
        return fail(error);
    if (fit) {
        for (const ModelMessage &warning : fit->warnings)
            err << "pledgecheck: --fit: " << QString::fromStdString(warning.text()) << '\n';
        err.flush();
    }

    // Every --compare is read before anything is written: a bad one leaves no file behind.
    const auto compared = std::make_shared<ComparedScenarios>();
    for (const QString &nameOrFile : options.compared) {
        const auto other = loadScenarioToCompare(nameOrFile, &error);
        if (!other)
            return fail(QStringLiteral("--compare: %1").arg(error));
        compared->push_back(compareScenario(*other));
    }

    if (!options.saveFile.isEmpty() && !scenariofile::write(options.saveFile, *scenario, &error))
        return fail(error);

    const ScenarioResults results = ScenarioResults::of(scenario->parameters, scenario->events);
    if (!options.csvFile.isEmpty()) {
        const std::string csv = projectionCsv(scenario->parameters, results.projection);
        if (!writeFileAtomically(options.csvFile, QByteArray::fromStdString(csv), &error))
            return fail(error);
    }
    if (!options.compareCsvFile.isEmpty()) {
        // This scenario first, its results as computed above.
        ComparedScenarios rows{{QString::fromStdString(scenario->name), results, scenario->events.size(),
                                scenario->observations.size()}};
        rows.insert(rows.end(), compared->begin(), compared->end());
        if (!writeFileAtomically(options.compareCsvFile, QByteArray::fromStdString(comparisonCsv(rows)), &error))
            return fail(error);
    }
    if (!options.frontierCsvFile.isEmpty()) {
        const std::string csv = frontierCsv(frontier(scenario->parameters, scenario->events));
        if (!writeFileAtomically(options.frontierCsvFile, QByteArray::fromStdString(csv), &error))
            return fail(error);
    }
    // The draws and the tornado, for the charts and the summary alike; the rank correlations (a
    // sort of every draw per uncertain input) and the half-draws line only for a chart that draws
    // them: with events, the line's solves (each projecting every month) took most of any chart's
    // export.
    std::shared_ptr<const UncertaintyResults> uncertainty;
    if (!scenario->uncertainty.isCertain() && (options.summary || !options.pngFile.isEmpty())) {
        MonteCarloEngine engine;
        const bool drawsThem = !options.pngFile.isEmpty() && chartEntry(options.chart).drawsCorrelations;
        const auto correlations = drawsThem ? UncertaintyResults::Correlations::Rank
                                            : UncertaintyResults::Correlations::Skip;
        uncertainty = std::make_shared<const UncertaintyResults>(
            UncertaintyResults::of(scenario->parameters, scenario->events, scenario->uncertainty, engine,
                                   correlations));
    }
    if (!options.pngFile.isEmpty()) {
        // The window's own charts, drawn with no window; the scenario is its own baseline, so
        // no ghost is drawn.
        ChartInputs inputs;
        inputs.scenarioName = QString::fromStdString(scenario->name);
        inputs.current = results;
        inputs.baseline = results;
        inputs.uncertainty = uncertainty;
        inputs.jobsAxis = options.jobsAxis;
        inputs.events = scenario->events;
        inputs.observations = scenario->observations;
        inputs.compared = compared;
        ExportOptions exportOptions;
        exportOptions.footer = options.footer;
        exportOptions.theme = ChartTheme::named(options.theme);
        if (!renderChart(options.chart, inputs, options.pngFile, options.imageSize, &error, exportOptions))
            return fail(error);
    }
    if (options.summary) {
        QJsonObject summary = keyFiguresToJson(results.figures, scenario->parameters);
        const double projected = results.figures.jobsAtHorizon;
        if (uncertainty) {
            addUncertaintyToJson(summary, uncertainty->monteCarlo, scenario->uncertainty, projected);
        } else {
            // Every input fixed: one draw is the projection itself, and the odds are 0 or 1.
            Uncertainty oneDraw = scenario->uncertainty;
            oneDraw.samples = 1;
            MonteCarloEngine engine;
            addUncertaintyToJson(summary, engine.run(scenario->parameters, scenario->events, oneDraw), oneDraw, projected);
        }
        summary.insert(QStringLiteral("observations"),
                       observationsToJson(reportObservations(*scenario, results.projection)));
        if (fit)
            summary.insert(QStringLiteral("fit"), fitToJson(*fit, options.fit));
        out << QJsonDocument(summary).toJson(QJsonDocument::Compact)
            << '\n';
    }
    out.flush();
    return ExitSuccess;
}

} // namespace

int runHeadless(const CommandLineOptions &options, QTextStream &out, QTextStream &err, const Scenario *given)
{
    try {
        return runCommand(options, out, err, given);
    } catch (const std::domain_error &problem) {
        // The model's guard against a figure that is not a number: no figures rather than wrong ones.
        err << "pledgecheck: internal error, nothing reported: " << problem.what() << '\n';
        err.flush();
        return ExitInternalError;
    }
}

} // namespace pledgecheck
