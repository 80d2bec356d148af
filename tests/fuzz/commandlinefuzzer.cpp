// libFuzzer target: --set ID=VALUE and --event YYYY-MM:ID=VALUE through the command line's own
// parser (CommandLineOptions::parse), each line of the input one --set, or one --event where a
// colon comes before its first "=", applied to every preset as the headless run applies them. A
// refused command line must come with a message; an accepted one must give valid overrides and,
// where the parameters it leaves are valid, a scenario that passes checkAcceptedScenario. The
// README's "Fuzzing" section says how to run it.
#include "commandlineoptions.h"
#include "parametertable.h"
#include "presetlibrary.h"
#include "scenariochecks.h"
#include "scenarioeventrules.h"

#include <QList>

#include <cstddef>
#include <cstdint>

using namespace pledgecheck;

namespace {

const QList<Scenario> &presets()
{
    static const QList<Scenario> all = [] {
        QList<Scenario> loaded;
        for (const PresetInfo &info : presetlibrary::list()) {
            QString error;
            const auto scenario = presetlibrary::load(info.name, &error);
            fuzz::require(scenario.has_value(), "every preset loads");
            loaded << *scenario;
        }
        fuzz::require(!loaded.isEmpty(), "the presets are compiled in");
        return loaded;
    }();
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data),
                                           static_cast<qsizetype>(size));
    QStringList arguments{QStringLiteral("pledgecheck")};
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype eventLines = 0;
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const bool event = colon >= 0
            && (line.indexOf(QLatin1Char('=')) < 0 || colon < line.indexOf(QLatin1Char('=')));
        eventLines += event ? 1 : 0;
        arguments << (event ? QStringLiteral("--event") : QStringLiteral("--set")) << line;
    }

    QString error;
    const auto options = CommandLineOptions::parse(arguments, &error);
    if (!options) {
        fuzz::require(!error.isEmpty(), "a refused --set or --event comes with a message");
        return 0;
    }
    fuzz::require(options->overrides.size() == lines.size() - eventLines,
                  "every --set gives one override");
    fuzz::require(options->events.size() == eventLines, "every --event gives one event");
    for (const ParameterOverride &override : options->overrides)
        fuzz::require(!checkValue(descriptor(override.id), override.value),
                      "an accepted --set value is inside its parameter's range");

    for (Scenario scenario : presets()) {
        for (const ParameterOverride &override : options->overrides)
            scenario.setParameter(override.id, override.value);
        // Values valid one by one can still fail the checks across parameters (a logistic
        // market below its sellers); the command line refuses those with a message.
        if (scenario.parameters.validate())
            continue;
        // As the headless run adds them: after the preset's own, refused where the rules say.
        for (const CommandLineEvent &added : options->events)
            scenario.events.push_back(added.event);
        // The preset's reports too (what-happened): a --set horizon can leave one outside.
        if (eventrules::entriesProblem(scenario.events, scenario.observations, scenario.parameters))
            continue;
        fuzz::checkAcceptedScenario(scenario);
    }
    return 0;
}
