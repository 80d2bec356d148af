#pragma once

#include "chartkind.h"
#include "charttheme.h"
#include "jobsaxis.h"
#include "parameterdescriptor.h"
#include "scenarioevents.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace pledgecheck {

/// One --set ID=VALUE, already checked against the parameter's range.
struct ParameterOverride {
    ParameterId id;
    double value;
};

/// One --event YYYY-MM:ID=VALUE, read but not yet checked against the scenario: its month
/// against the start and horizon, whether the parameter may change, the value's range
/// (eventrules, once the file and --set have given the scenario).
struct CommandLineEvent {
    ScenarioEvent event;
    QString text; ///< as given, for the message that refuses it
};

/// What the command line asks for. See parse() for the flags.
struct CommandLineOptions {
    QString preset;       ///< --preset NAME
    QString scenarioFile; ///< --scenario FILE, or the (first) FILE argument
    /// The FILE arguments after the first: the window's only (the desktop's Exec=pledgecheck %F
    /// hands over every file chosen), each opened in a window of its own.
    QStringList moreScenarioFiles;
    QList<ParameterOverride> overrides;
    QList<CommandLineEvent> events; ///< --event, in the order given
    bool summary = false; ///< --summary
    QString csvFile;      ///< --csv FILE
    QString frontierCsvFile; ///< --frontier-csv FILE
    QStringList compared;    ///< --compare NAME|FILE, each a preset or a scenario file, in order
    QString compareCsvFile;  ///< --compare-csv FILE
    QString saveFile;     ///< --save FILE
    QString pngFile;      ///< --png FILE
    ChartKind chart = ChartKind::Jobs; ///< --chart NAME: the chart --png renders, or the window's tab
    JobsAxis jobsAxis = JobsAxis::Auto; ///< --jobs-axis auto|linear|log
    QSize imageSize{1920, 1080};       ///< --size WxH
    bool footer = true;                ///< --footer on|off: the source line under the chart
    ChartThemeName theme = ChartThemeName::Light; ///< --theme light|dark
    std::optional<int> samples;        ///< --samples N: Monte Carlo draws
    std::optional<std::uint64_t> seed; ///< --seed S
    /// --fit ID[,ID...]: real parameters fitted to the scenario's observations, none when empty.
    std::vector<ParameterId> fit;
    bool listPresets = false;
    bool listParameters = false;
    bool help = false;
    bool version = false;

    /// True when the command runs without a window: any output flag or --list flag.
    bool headless() const;
    /// True when the command draws a chart, which needs a (possibly offscreen) QApplication.
    bool rendersChart() const { return !pngFile.isEmpty(); }

    /// Reads @p arguments (argv, program name first). Returns none on bad input and sets
    /// @p error to one line naming the problem.
    static std::optional<CommandLineOptions> parse(const QStringList &arguments, QString *error);

    /// The --help text.
    static QString helpText();
};

} // namespace pledgecheck
