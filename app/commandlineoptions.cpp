#include "commandlineoptions.h"

#include "chartrenderer.h"
#include "fit.h"
#include "parametertable.h"
#include "printabletext.h"
#include "scenarioeventrules.h"
#include "uncertainty.h"

#include <QCommandLineParser>

#include <algorithm>

namespace pledgecheck {
namespace {

struct Flags {
    QCommandLineOption preset{QStringLiteral("preset"),
                              QStringLiteral("Start from the preset NAME (see --list-presets)."),
                              QStringLiteral("NAME")};
    QCommandLineOption scenario{QStringLiteral("scenario"),
                                QStringLiteral("Start from the scenario file FILE."),
                                QStringLiteral("FILE")};
    QCommandLineOption set{QStringLiteral("set"),
                           QStringLiteral("Override one parameter (see --list-parameters); "
                                          "repeatable. Rates are fractions: 0.5 = 50 %."),
                           QStringLiteral("ID=VALUE")};
    QCommandLineOption event{QStringLiteral("event"),
                             QStringLiteral("From the month YYYY-MM on, the parameter ID takes VALUE "
                                            "(after the scenario's own events and --set); "
                                            "repeatable. E.g. 2018-09:annual_growth_rate=0.05."),
                             QStringLiteral("YYYY-MM:ID=VALUE")};
    QCommandLineOption summary{QStringLiteral("summary"),
                               QStringLiteral("Print the key figures as one JSON object.")};
    QCommandLineOption csv{QStringLiteral("csv"),
                           QStringLiteral("Write the monthly series to FILE as CSV."),
                           QStringLiteral("FILE")};
    QCommandLineOption frontierCsv{QStringLiteral("frontier-csv"),
                                   QStringLiteral("Write the frontier to FILE as CSV: for each hires per "
                                                  "hiring seller, the yearly growth that meets the pledge."),
                                   QStringLiteral("FILE")};
    QCommandLineOption compare{QStringLiteral("compare"),
                               QStringLiteral("Compare the scenario with the preset NAME, or else the "
                                              "scenario file FILE; repeatable. --chart compare draws "
                                              "them, --compare-csv writes the table; the window "
                                              "opens them in its Compare tab."),
                               QStringLiteral("NAME|FILE")};
    QCommandLineOption compareCsv{QStringLiteral("compare-csv"),
                                  QStringLiteral("Write the comparison to FILE as CSV: a row per "
                                                 "scenario (this one first, then each --compare), "
                                                 "its key figures and every parameter."),
                                  QStringLiteral("FILE")};
    QCommandLineOption save{QStringLiteral("save"),
                            QStringLiteral("Write the scenario, overrides applied, to FILE."),
                            QStringLiteral("FILE")};
    QCommandLineOption png{QStringLiteral("png"),
                           QStringLiteral("Render a chart to FILE with no display: PNG, or SVG "
                                          "when FILE ends in .svg."),
                           QStringLiteral("FILE")};
    QCommandLineOption chart{QStringLiteral("chart"),
                             QStringLiteral("The chart --png renders, or without an output flag the "
                                            "chart the window opens on: %1.").arg(chartHelp()),
                             QStringLiteral("NAME")};
    QCommandLineOption jobsAxis{QStringLiteral("jobs-axis"),
                                QStringLiteral("The jobs chart's count axis: auto (default: "
                                               "logarithmic where the projection would be a flat "
                                               "line under the pledge), linear or log."),
                                QStringLiteral("SCALE")};
    QCommandLineOption footer{QStringLiteral("footer"),
                              QStringLiteral("The source line under the --png chart (the scenario, "
                                             "the version, the defaults' sources): on (default) "
                                             "or off."),
                              QStringLiteral("on|off")};
    QCommandLineOption theme{QStringLiteral("theme"),
                             QStringLiteral("The --png chart's colours: light (default: on white) "
                                            "or dark."),
                             QStringLiteral("light|dark")};
    QCommandLineOption size{QStringLiteral("size"),
                            QStringLiteral("The --png image size in pixels (default 1920x1080)."),
                            QStringLiteral("WxH")};
    QCommandLineOption samples{QStringLiteral("samples"),
                               QStringLiteral("Monte Carlo draws for the summary's probability "
                                              "and range (1 to 1000000; default the scenario's)."),
                               QStringLiteral("N")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            QStringLiteral("Seed of the Monte Carlo draws (default the "
                                           "scenario's); the same seed gives the same figures."),
                            QStringLiteral("S")};
    QCommandLineOption fit{QStringLiteral("fit"),
                           QStringLiteral("Fit the real-valued parameters ID,... to the scenario's "
                                          "reported figures (observations) and use the fitted "
                                          "values for everything printed."),
                           QStringLiteral("ID[,ID...]")};
    QCommandLineOption listPresets{QStringLiteral("list-presets"),
                                   QStringLiteral("List the presets: name, then title.")};
    QCommandLineOption listParameters{
        QStringLiteral("list-parameters"),
        QStringLiteral("List the parameters: id, unit, range, default, source.")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QStringLiteral("Show this help.")};
    QCommandLineOption version{QStringLiteral("version"), QStringLiteral("Show the version.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QStringLiteral("PledgeCheck: test a job-creation pledge against its assumptions.\n"
                           "Without --summary, --csv, --frontier-csv, --compare-csv, --save, --png or "
                           "a --list flag "
                           "it opens the "
                           "window."));
        parser.addOptions({preset, scenario, set, summary, csv, frontierCsv, compare, compareCsv, save, png, chart, jobsAxis, footer, theme, size,
                            samples,
                           seed, fit, listPresets, listParameters, help, version});
        parser.addOption(event); // after the others: a line of its own merges with theirs
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QStringLiteral("A scenario file to open (the window opens "
                                                    "several, each in a window of its own)."),
                                     QStringLiteral("[FILE...]"));
    }
};

std::optional<ParameterOverride> parseOverride(const QString &text, QString *error)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        *error = QStringLiteral("--set %1: expected ID=VALUE, e.g. --set hires_per_seller=2")
                     .arg(printableText(text));
        return std::nullopt;
    }
    const QByteArray key = text.left(equals).trimmed().toUtf8();
    const QByteArray value = text.mid(equals + 1).trimmed().toUtf8();
    const auto id = findParameter(std::string_view(key.constData(), key.size()));
    if (!id) {
        *error = QStringLiteral("--set %1: unknown parameter \"%2\" (--list-parameters lists them)")
                     .arg(printableText(text), printableText(QString::fromUtf8(key)));
        return std::nullopt;
    }
    const ParameterDescriptor &d = descriptor(*id);
    const auto number = parseValue(d, std::string_view(value.constData(), value.size()));
    if (!number) {
        *error = QStringLiteral("--set %1: \"%2\" is not a value of %3; the valid range is %4")
                     .arg(printableText(text), printableText(QString::fromUtf8(value)), QString::fromUtf8(key),
                          QString::fromStdString(describeRange(d)));
        return std::nullopt;
    }
    if (const auto problem = checkValue(d, *number)) {
        *error = QStringLiteral("--set %1: %2").arg(printableText(text), QString::fromStdString(problem->text()));
        return std::nullopt;
    }
    return ParameterOverride{*id, *number};
}

std::optional<CommandLineEvent> parseEvent(const QString &text, QString *error)
{
    const auto fail = [&](const QString &problem) {
        *error = QStringLiteral("--event %1: %2").arg(printableText(text), problem);
        return std::nullopt;
    };
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const qsizetype equals = text.indexOf(QLatin1Char('='), colon + 1);
    if (colon < 0 || equals < 0)
        return fail(QStringLiteral(
            "expected YYYY-MM:ID=VALUE, e.g. --event 2018-09:annual_growth_rate=0.05"));
    const QByteArray month = text.left(colon).trimmed().toUtf8();
    const QByteArray key = text.mid(colon + 1, equals - colon - 1).trimmed().toUtf8();
    const QByteArray value = text.mid(equals + 1).trimmed().toUtf8();
    CommandLineEvent event{{}, text};
    const auto parsedMonth
        = YearMonth::parse(std::string_view(month.constData(), static_cast<std::size_t>(month.size())));
    if (!parsedMonth)
        return fail(QStringLiteral("\"%1\" is not a month YYYY-MM")
                        .arg(printableText(QString::fromUtf8(month))));
    event.event.month = *parsedMonth;
    const auto id
        = findParameter(std::string_view(key.constData(), static_cast<std::size_t>(key.size())));
    if (!id)
        return fail(QStringLiteral("unknown parameter \"%1\"; an event may change %2")
                        .arg(printableText(QString::fromUtf8(key)),
                             QString::fromStdString(eventrules::changeableParameterKeys())));
    event.event.parameter = *id;
    const ParameterDescriptor &d = descriptor(*id);
    const auto number
        = parseValue(d, std::string_view(value.constData(), static_cast<std::size_t>(value.size())));
    if (!number)
        return fail(QStringLiteral("\"%1\" is not a value of %2; the valid range is %3")
                        .arg(printableText(QString::fromUtf8(value)), QString::fromUtf8(key),
                             QString::fromStdString(describeRange(d))));
    event.event.value = *number;
    return event;
}

std::optional<std::vector<ParameterId>> parseFit(const QString &text, QString *error)
{
    std::vector<ParameterId> ids;
    for (const QString &key : text.split(QLatin1Char(','))) {
        const QByteArray utf8 = key.trimmed().toUtf8();
        const auto id = findParameter(std::string_view(utf8.constData(), utf8.size()));
        if (!id) {
            *error = QStringLiteral("--fit %1: unknown parameter \"%2\" (--list-parameters lists them)")
                         .arg(printableText(text), printableText(key.trimmed()));
            return std::nullopt;
        }
        ids.push_back(*id);
    }
    if (const auto problem = fitParametersProblem(ids)) {
        *error = QStringLiteral("--fit %1: %2").arg(printableText(text), QString::fromStdString(problem->text()));
        return std::nullopt;
    }
    return ids;
}

// Seeds a scenario file can hold exactly (as a JSON number).
constexpr std::uint64_t kLargestSeed = (std::uint64_t{1} << 53) - 1;

std::optional<std::uint64_t> parseWholeNumber(const QString &text, std::uint64_t lowest,
                                              std::uint64_t highest)
{
    // Digits only: QString::toULongLong would also take a sign and spaces around the number.
    const bool digits = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    bool ok = false;
    const qulonglong value = digits ? text.toULongLong(&ok) : 0;
    if (!ok || value < lowest || value > highest)
        return std::nullopt;
    return value;
}

constexpr int kSmallestSide = kSmallestChartSide;
constexpr int kLargestSide = kLargestChartSide;

std::optional<QSize> parseSize(const QString &text, QString *error)
{
    const QStringList sides = text.split(QLatin1Char('x'), Qt::KeepEmptyParts, Qt::CaseInsensitive);
    const auto width = sides.size() == 2 ? parseWholeNumber(sides[0], kSmallestSide, kLargestSide)
                                         : std::nullopt;
    const auto height = sides.size() == 2 ? parseWholeNumber(sides[1], kSmallestSide, kLargestSide)
                                          : std::nullopt;
    if (!width || !height) {
        *error = QStringLiteral("--size %1: width and height must be whole numbers from %2 to %3, "
                                "e.g. 1920x1080")
                     .arg(printableText(text))
                     .arg(kSmallestSide)
                     .arg(kLargestSide);
        return std::nullopt;
    }
    return QSize(static_cast<int>(*width), static_cast<int>(*height));
}

} // namespace

bool CommandLineOptions::headless() const
{
    return summary || !csvFile.isEmpty() || !frontierCsvFile.isEmpty() || !compareCsvFile.isEmpty()
           || !saveFile.isEmpty() || !pngFile.isEmpty()
           || listPresets || listParameters;
}

std::optional<CommandLineOptions> CommandLineOptions::parse(const QStringList &arguments,
                                                            QString *error)
{
    const Flags flags;
    QCommandLineParser parser;
    flags.addTo(parser);
    if (!parser.parse(arguments)) {
        *error = printableText(parser.errorText(), 300);
        return std::nullopt;
    }

    CommandLineOptions options;
    options.help = parser.isSet(flags.help);
    options.version = parser.isSet(flags.version);
    options.summary = parser.isSet(flags.summary);
    options.listPresets = parser.isSet(flags.listPresets);
    options.listParameters = parser.isSet(flags.listParameters);

    // A flag given twice would silently drop one of the values: refuse it instead.
    for (const QCommandLineOption *single : {&flags.preset, &flags.scenario, &flags.csv, &flags.frontierCsv,
                                             &flags.compareCsv,
                                             &flags.save,
                                             &flags.png, &flags.chart, &flags.jobsAxis, &flags.footer,
                                             &flags.theme, &flags.size, &flags.samples,
                                             &flags.seed, &flags.fit}) {
        const QStringList values = parser.values(*single);
        if (values.size() > 1) {
            *error = QStringLiteral("--%1 is given %2 times; give it once")
                         .arg(single->names().constFirst())
                         .arg(values.size());
            return std::nullopt;
        }
        for (const QString &value : values) {
            if (value.isEmpty()) {
                *error = QStringLiteral("--%1 needs a value").arg(single->names().constFirst());
                return std::nullopt;
            }
        }
    }
    options.preset = parser.value(flags.preset);
    options.scenarioFile = parser.value(flags.scenario);
    options.csvFile = parser.value(flags.csv);
    options.frontierCsvFile = parser.value(flags.frontierCsv);
    options.compareCsvFile = parser.value(flags.compareCsv);
    options.compared = parser.values(flags.compare);
    if (options.compared.contains(QString())) {
        *error = QStringLiteral("--compare needs a value: a preset name or a scenario file");
        return std::nullopt;
    }
    options.saveFile = parser.value(flags.save);
    options.pngFile = parser.value(flags.png);
    for (const QCommandLineOption *pngOnly : {&flags.chart, &flags.jobsAxis, &flags.footer, &flags.theme,
                                              &flags.size}) {
        // --chart alone chooses the tab the window opens on (tools/make-screenshots.sh uses it).
        const bool windowTab = pngOnly == &flags.chart && !options.headless();
        if (parser.isSet(*pngOnly) && options.pngFile.isEmpty() && !windowTab) {
            *error = QStringLiteral("--%1 needs --png").arg(pngOnly->names().constFirst());
            return std::nullopt;
        }
    }
    if (parser.isSet(flags.chart)) {
        const auto chart = chartNamed(parser.value(flags.chart));
        if (!chart) {
            *error = QStringLiteral("--chart %1: unknown chart; the charts are %2")
                         .arg(printableText(parser.value(flags.chart)), chartNames().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        options.chart = *chart;
    }
    if (parser.isSet(flags.jobsAxis)) {
        const auto axis = jobsAxisNamed(parser.value(flags.jobsAxis));
        if (!axis) {
            *error = QStringLiteral("--jobs-axis %1: unknown scale; the scales are %2")
                         .arg(printableText(parser.value(flags.jobsAxis)), jobsAxisNames().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        options.jobsAxis = *axis;
    }
    if (parser.isSet(flags.footer)) {
        const QString footer = parser.value(flags.footer);
        if (footer != QLatin1String("on") && footer != QLatin1String("off")) {
            *error = QStringLiteral("--footer %1: must be on or off").arg(printableText(footer));
            return std::nullopt;
        }
        options.footer = footer == QLatin1String("on");
    }
    if (parser.isSet(flags.theme)) {
        const auto theme = chartThemeNamed(parser.value(flags.theme));
        if (!theme) {
            *error = QStringLiteral("--theme %1: unknown theme; the themes are %2")
                         .arg(printableText(parser.value(flags.theme)), chartThemeKeys().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        options.theme = *theme;
    }
    if (parser.isSet(flags.size)) {
        const auto size = parseSize(parser.value(flags.size), error);
        if (!size)
            return std::nullopt;
        options.imageSize = *size;
    }

    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 && (options.headless() || parser.isSet(flags.set) || parser.isSet(flags.event))) {
        *error = QStringLiteral("more than one scenario file given (%1); give one (only the window "
                                "opens several, each as it is)")
                     .arg(printableText(files.join(QStringLiteral(", ")), 300));
        return std::nullopt;
    }
    if (!files.isEmpty()) {
        if (!options.scenarioFile.isEmpty()) {
            *error = QStringLiteral("give the scenario either as FILE or with --scenario, not both");
            return std::nullopt;
        }
        options.scenarioFile = files.constFirst();
        options.moreScenarioFiles = files.mid(1);
    }
    if (!options.preset.isEmpty() && !options.scenarioFile.isEmpty()) {
        *error = QStringLiteral("give either --preset or a scenario file, not both");
        return std::nullopt;
    }

    if (parser.isSet(flags.samples)) {
        const auto samples = parseWholeNumber(parser.value(flags.samples), 1, Uncertainty::kMaxSamples);
        if (!samples) {
            *error = QStringLiteral("--samples %1: must be a whole number from 1 to %2")
                         .arg(printableText(parser.value(flags.samples)))
                         .arg(Uncertainty::kMaxSamples);
            return std::nullopt;
        }
        options.samples = static_cast<int>(*samples);
    }
    if (parser.isSet(flags.seed)) {
        const auto seed = parseWholeNumber(parser.value(flags.seed), 0, kLargestSeed);
        if (!seed) {
            *error = QStringLiteral("--seed %1: must be a whole number from 0 to %2")
                         .arg(printableText(parser.value(flags.seed)))
                         .arg(kLargestSeed);
            return std::nullopt;
        }
        options.seed = *seed;
    }

    if (parser.isSet(flags.fit)) {
        const auto ids = parseFit(parser.value(flags.fit), error);
        if (!ids)
            return std::nullopt;
        options.fit = *ids;
    }
    for (const QString &text : parser.values(flags.set)) {
        const auto parsed = parseOverride(text, error);
        if (!parsed)
            return std::nullopt;
        options.overrides.append(*parsed);
    }
    for (const QString &text : parser.values(flags.event)) {
        const auto parsed = parseEvent(text, error);
        if (!parsed)
            return std::nullopt;
        options.events.append(*parsed);
    }
    return options;
}

QString CommandLineOptions::helpText()
{
    const Flags flags;
    QCommandLineParser parser;
    flags.addTo(parser);
    return parser.helpText();
}

} // namespace pledgecheck
